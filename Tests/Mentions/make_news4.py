#!/usr/bin/env python3
"""Build news4.jsonl beside this script (8 long news cases, ids news4-1 .. news4-8), the fourth blind news suite:
articles in news4_articles.py, written and checked as the second suite was (make_news2.py; conventions in
CONVENTIONS.md and CONVENTIONS-ADDENDUM.md).

  python3 make_news4.py            # writes news4.jsonl
  python3 make_news4.py --review   # also lists figure-like tokens left unannotated, for a manual check
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from news4_articles import ARTICLES  # noqa: E402
import make_news2  # noqa: E402

if __name__ == "__main__":
    make_news2.main("news4", ARTICLES)
