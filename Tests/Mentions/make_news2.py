#!/usr/bin/env python3
"""Build news2.jsonl beside this script (8 long news cases, ids news2-1 .. news2-8), the second blind news suite.

Same inline-markup approach as make_news.py: each article (news2_articles.py) is written with
inline annotations  {{span|KIND|value|unit|alt1;alt2}}  (unit and alts optional; KIND codes below). The markup is
stripped to get the plain text; every annotated span is then located by searching the plain text from the end of the
previous annotation (word-boundary checked), the search must land exactly on the marked position (so an identical,
unannotated figure earlier in the text is caught), and text[start:end] == span is asserted.
Conventions: CONVENTIONS.md plus CONVENTIONS-ADDENDUM.md here.

  python3 make_news2.py            # writes news2.jsonl
  python3 make_news2.py --review   # also lists figure-like tokens left unannotated, for a manual check
"""
import json, re, os, sys, datetime as dt

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from news2_articles import ARTICLES  # noqa: E402

KINDS = {"D": "date", "T": "time", "DUR": "duration", "SET": "set", "N": "number", "ORD": "ordinal",
         "P": "percent", "M": "money", "Q": "quantity", "A": "age"}
TIME_FAMILY = {"date", "time", "duration", "set"}
MARK = re.compile(r"\{\{([^{}|]+)\|([A-Z]+)\|([^{}|]*)(?:\|([^{}|]*))?(?:\|([^{}|]*))?\}\}")


def parse(body):
    """Strip markup; return plain text and annotations with their marked positions."""
    out, anns, pos, plain_len = [], [], 0, 0
    for m in MARK.finditer(body):
        chunk = body[pos:m.start()]
        out.append(chunk)
        plain_len += len(chunk)
        span, code, value, unit, alts = m.groups()
        anns.append({"text": span, "marked_start": plain_len, "kind": KINDS[code], "value": value,
                     "unit": unit or None, "alts": [a for a in (alts or "").split(";") if a]})
        out.append(span)
        plain_len += len(span)
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    assert "{{" not in text and "}}" not in text and "|" not in text, "unparsed markup"
    return text, anns


def boundary_ok(text, start, end):
    if text[start].isalnum() and start > 0 and text[start - 1].isalnum():
        return False
    if text[end - 1].isalnum() and end < len(text) and text[end].isalnum():
        return False
    return True


def locate(text, span, cursor):
    i = text.find(span, cursor)
    while i != -1 and not boundary_ok(text, i, i + len(span)):
        i = text.find(span, i + 1)
    return i


def numval(s):
    f = float(s)
    return int(f) if f.is_integer() and "." not in s else f


def resolution(kind, value, alts):
    vals = list(alts)
    if kind == "percent":
        vals.append(f"{value}%")
    if kind == "time":
        m = re.match(r"^(.*T\d\d):00$", value)
        if m and m.group(1) not in vals:
            vals.append(m.group(1))
    if kind == "date":
        m = re.match(r"^(\d{4})-Q([1-4])$", value)
        if m:
            y, q = int(m.group(1)), int(m.group(2))
            s = dt.date(y, 3 * q - 2, 1)
            e = dt.date(y + (q == 4), 1 if q == 4 else 3 * q + 1, 1)
            vals.append(f"({s},{e},P3M)")
    return [{"value": v} for v in vals]


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


def build():
    cases = []
    for cid, ref, body in ARTICLES:
        dt.date.fromisoformat(ref)
        text, anns = parse(body)
        expected, cursor = [], 0
        for a in anns:
            start = locate(text, a["text"], cursor)
            assert start == a["marked_start"], (cid, a["text"], start, a["marked_start"], text[cursor:a["marked_start"] + 20])
            end = start + len(a["text"])
            assert text[start:end] == a["text"]
            assert a["text"] == a["text"].strip(), (cid, a["text"])
            check_value(cid, ref, a)
            cursor = end
            kind = a["kind"]
            value = a["value"] if kind in TIME_FAMILY else numval(a["value"])
            item = {"text": a["text"], "start": start, "end": end, "kind": kind, "value": value, "unit": a["unit"]}
            res = resolution(kind, a["value"], a["alts"])
            if res:
                item["resolution"] = res
            expected.append(item)
        cases.append({"id": cid, "text": text, "reference_date": ref, "expected": expected})
    return cases


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


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    cases = build()
    assert [c["id"] for c in cases] == [f"news2-{i}" for i in range(1, 9)]
    with open(os.path.join(here, "news2.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    for c in cases:
        print(c["id"], c["reference_date"], len(c["text"].split()), "words", len(c["expected"]), "mentions")
    if "--review" in sys.argv:
        review(cases)
