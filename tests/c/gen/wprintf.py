#!/usr/bin/env python3
"""Random `swprintf` calls: printf.py's conversions, flags, widths,
precisions and length modifiers in a wide format, plus wide strings and
characters (`%ls`, `%lc`, non-ASCII included) beside narrow ones, into wide
buffers large and small.

    python3 tests/c/gen/wprintf.py SEED > prog.c

Run against gcc by tests/difftest.sh.
"""
import os, sys
sys.argv[2:] = ["wide"]
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "printf.py")).read())
