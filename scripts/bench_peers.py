"""Times Microsoft Recognizers-Text (DateTime, Number, NumberWithUnit) and quantulum3 on the texts of a JSON-lines
file, excluding import and model-load time; prints one JSON object: {"peer": seconds, ...}. Run inside the venv that
scripts/bench makes."""
import json, sys, time, datetime

texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
which = sys.argv[2]
out = {}
if which == "recognizers-text":
    from recognizers_text import Culture
    from recognizers_number import NumberRecognizer
    from recognizers_date_time import DateTimeRecognizer
    from recognizers_number_with_unit import NumberWithUnitRecognizer
    units = NumberWithUnitRecognizer(Culture.English)
    models = [NumberRecognizer(Culture.English).get_number_model(), units.get_currency_model(), units.get_dimension_model(),
              units.get_age_model(), units.get_temperature_model()]
    dates = DateTimeRecognizer(Culture.English).get_datetime_model()
    reference = datetime.datetime(2021, 7, 26)
    for m in models:
        m.parse("warm up 3 km on Monday")  # first calls build caches; not timed
    dates.parse("warm up on Monday", reference)
    start = time.perf_counter()
    for t in texts:
        try:
            for m in models:
                m.parse(t)
            dates.parse(t, reference)
        except Exception:  # counted, as for quantulum3
            out["failures"] = out.get("failures", 0) + 1
    out[which] = time.perf_counter() - start
elif which == "quantulum3":
    from quantulum3 import parser
    parser.parse("warm up 3 km")
    start = time.perf_counter()
    for t in texts:
        try:
            parser.parse(t)
        except Exception:  # quantulum3 raises on some inputs; the time until it gives up is still its time
            out["failures"] = out.get("failures", 0) + 1
    out[which] = time.perf_counter() - start
print(json.dumps(out))
