#!/usr/bin/env python3
"""Runs score_mentions.py per suite (and on Recognizers-Text's default-behaviour subset), prints a Markdown table,
checks the floors of issue 3, and with --readme rewrites the table between the README's markers."""
import json, os, re, subprocess, sys, tempfile

eval_dir, work = sys.argv[1], sys.argv[2]
readme = "--readme" in sys.argv[3:]
show = os.environ.get("SHOW")
scorer = os.path.join(eval_dir, "score_mentions.py")


def default_behaviour(case):
    """Recognizers-Text cases of the default behaviour: `*Model` specs and the parsers, not the mode-specific specs."""
    return case["mode"] == "parser" or case["spec"].endswith("Model")


def resolved_values(case):
    """Default cases whose expected values are written as this tool writes them: resolved dates, not year-less
    `XXXX` values nor `(start,end,duration)` tuples for ranges."""
    values = [str(e.get("value")) for e in case["expected"] if e.get("value") is not None]
    return default_behaviour(case) and all(not v.startswith("(") and "X" not in v for v in values)


def score(suite, predictions, ids=None):
    args = [sys.executable, scorer, suite, predictions, "--json"] + (["--ids", ids] if ids else [])
    if show:
        subprocess.run([sys.executable, scorer, suite, predictions, "--show", show] + (["--ids", ids] if ids else []))
    return json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout)


rows, floors = [], []
# The shared suites, then our own: long news articles annotated blind (Tests/Mentions), the kind of text the
# held-back suites are made of.
own = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Tests", "Mentions")
suites = [(f[:-6], os.path.join(eval_dir, "external", f), f[:-6]) for f in sorted(os.listdir(os.path.join(eval_dir, "external"))) if f.endswith(".jsonl")]
suites += [("own-" + f[:-6], os.path.join(own, f), f[:-6] + " (own, blind)") for f in sorted(os.listdir(own)) if f.endswith(".jsonl")]
for name, suite, title in suites:
    predictions = os.path.join(work, name + ".predictions.jsonl")
    subsets = [(title, None)]
    if name.startswith("recognizers_text"):
        for label, keep, tag in [("default: *Model, parsers", default_behaviour, "default"),
                                 ("default, values in this tool's conventions", resolved_values, "resolved")]:
            ids = os.path.join(work, f"{name}.{tag}-ids.txt")
            with open(suite, encoding="utf-8") as f, open(ids, "w", encoding="utf-8") as out:
                for line in f:
                    case = json.loads(line)
                    if keep(case):
                        out.write(case["id"] + "\n")
            subsets.append((f"{name} ({label})", ids))
    for label, ids in subsets:
        result = score(suite, predictions, ids)
        for family, s in sorted(result["families"].items()):
            rows.append((label, result["cases"], family, s))
        fams = result["families"]
        if ids and label.endswith("parsers)"):
            floors += [(f"{label} {f} value F1", fams[f]["value_f1"], 0.85) for f in ("time", "numeric")]
        elif name == "duckling":
            floors += [(f"{label} {f} value F1", fams[f]["value_f1"], 0.80) for f in ("time", "numeric")]
        elif name == "quantulum3":
            floors.append((f"{label} numeric relaxed F1", fams["numeric"]["relaxed_f1"], 0.85))

table = ["| suite | cases | family | expected | predicted | strict F1 | relaxed F1 | value F1 |", "|---|---:|---|---:|---:|---:|---:|---:|"]
for label, cases, family, s in rows:
    table.append(f"| {label} | {cases} | {family} | {s['expected']} | {s['predicted']} | {s['strict_f1']:.3f} | {s['relaxed_f1']:.3f} | {s['value_f1']:.3f} |")
print("\n".join(table))
print()
failed = 0
for label, got, floor in floors:
    ok = got >= floor
    failed += not ok
    print(f"{'ok  ' if ok else 'FAIL'} {label}: {got:.3f} (floor {floor:.2f})")

if readme:
    path = "README.md"
    text = open(path, encoding="utf-8").read()
    begin, end = "<!-- mention-table:begin -->", "<!-- mention-table:end -->"
    if begin not in text:
        sys.exit("README.md has no mention-table markers")
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    open(path, "w", encoding="utf-8").write(head + begin + "\n" + "\n".join(table) + "\n" + end + tail)
sys.exit(1 if failed else 0)
