#!/usr/bin/env python3
"""Build news3.jsonl beside this script (8 long news cases, ids news3-1 .. news3-8), the third blind news suite:
articles in news3_articles.py, written and checked as the second suite was (make_news2.py; conventions in
CONVENTIONS.md and CONVENTIONS-ADDENDUM.md).

  python3 make_news3.py            # writes news3.jsonl
  python3 make_news3.py --review   # also lists figure-like tokens left unannotated, for a manual check
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from news3_articles import ARTICLES  # noqa: E402
import make_news2  # noqa: E402

if __name__ == "__main__":
    make_news2.main("news3", ARTICLES)
