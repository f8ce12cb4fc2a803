#!/usr/bin/env python3
"""Build a blind news suite beside this script (8 long news cases, ids NAME-1 .. NAME-8): news2.jsonl by default, or
news3.jsonl and news4.jsonl, each from its articles file (news2_articles.py, news3_articles.py, news4_articles.py).

Same inline-markup approach as make_news.py: each article (news2_articles.py) is written with
inline annotations  {{span|KIND|value|unit|alt1;alt2}}  (unit and alts optional; KIND codes below). The markup is
stripped to get the plain text; every annotated span is then located by searching the plain text from the end of the
previous annotation (word-boundary checked), the search must land exactly on the marked position (so an identical,
unannotated figure earlier in the text is caught), and text[start:end] == span is asserted.
Conventions: CONVENTIONS.md plus CONVENTIONS-ADDENDUM.md here.

  python3 make_news2.py                  # writes news2.jsonl
  python3 make_news2.py news4 --review   # writes news4.jsonl and lists figure-like tokens left unannotated
"""
import importlib, json, re, os, sys, datetime as dt

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

# The markup, its parser and the value helpers are the first suite's (make_news.py).
import make_news  # noqa: E402
from make_news import TIME_FAMILY  # noqa: E402


TIMEX = re.compile(r"^(\d{3,4}(-(\d\d|W\d\d|Q[1-4]|SP|SU|FA|WI)(-(\d\d|WE))?)?(T(\d\d:\d\d|MO|AF|EV|NI))?|T\d\d:\d\d"
                   r"|XXXX-WXX-[1-7]|P(\d+(\.\d+)?[YMWD])+|PT(\d+(\.\d+)?[HMS])+|P\d+(\.\d+)?[YMWD]T(\d+[HMS])+|TNI)$")


def check_value(cid, ref, a):
    v = a["value"]
    if a["kind"] in TIME_FAMILY:
        assert TIMEX.match(v), (cid, a["text"], v)
        m = re.match(r"^(\d{4})-(\d\d)-(\d\d)", v)
        if m:
            dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))  # a real calendar day
            # a weekday name in the span must agree with the resolved date
            for wd in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"):
                if wd.lower() in a["text"].lower():
                    got = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).strftime("%A")
                    assert got == wd, (cid, a["text"], v, got)
    else:
        float(v)
        if a["kind"] in ("money", "quantity", "age"):
            assert a["unit"], (cid, a["text"], "unit missing")


def build(articles):
    def check(cid, ref, a):
        dt.date.fromisoformat(ref)
        assert a["text"] == a["text"].strip(), (cid, a["text"])
        check_value(cid, ref, a)

    return make_news.build(articles, check=check)


FIGURE_LIKE = re.compile(
    r"\d[\d,.:]*\w*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|quarter|double|twice|once|first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|today|tonight|tomorrow|yesterday|week|weekly|"
    r"month|monthly|year|years|annual|daily|day|days|hour|hours|minute|minutes|decade|season|spring|summer|autumn|"
    r"winter|morning|afternoon|evening|night|noon|midnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b", re.I)


def review(cases):
    for c in cases:
        covered = [(e["start"], e["end"]) for e in c["expected"]]
        left = []
        for m in FIGURE_LIKE.finditer(c["text"]):
            if not any(s <= m.start() < e for s, e in covered):
                left.append(c["text"][max(0, m.start() - 25):m.end() + 15].replace("\n", " "))
        print(f"== {c['id']}: {len(left)} unannotated figure-like tokens")
        for l in left:
            print("   ", l)


def main(name, articles):
    """Writes NAME.jsonl beside this script from `articles` (ids NAME-1 .. NAME-8) and prints a line per case."""
    here = os.path.dirname(os.path.abspath(__file__))
    cases = build(articles)
    assert [c["id"] for c in cases] == [f"{name}-{i}" for i in range(1, 9)]
    with open(os.path.join(here, f"{name}.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    for c in cases:
        print(c["id"], c["reference_date"], len(c["text"].split()), "words", len(c["expected"]), "mentions")
    if "--review" in sys.argv:
        review(cases)


if __name__ == "__main__":
    suite = next((arg for arg in sys.argv[1:] if not arg.startswith("--")), "news2")
    main(suite, importlib.import_module(f"{suite}_articles").ARTICLES)
