#!/usr/bin/env python3
"""Prints the QTest::newRow lines for tst_scenarioloader.cpp from what saskati-cli reports for each broken file.

Usage: tests/data/broken/expectations.py BUILD/bin/saskati-cli
Review every line before pasting: the diagnostic must point at the defect and say how to fix it.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from generate import CASES  # noqa: E402

cli = sys.argv[1]
for stem, words, _ in CASES:
    out = subprocess.run([cli, "validate", "--json", "--catalog", os.path.join(HERE, "..", "catalog"),
                          os.path.join(HERE, stem + ".json")], capture_output=True, text=True)
    found = [d for d in json.loads(out.stdout) if words in d["message"]]
    if not found:
        print(f"// MISSING {stem}: {words!r} not in {out.stdout}")
        continue
    d = found[0]
    sev = "Error" if d["severity"] == "error" else "Warning"
    w = words.replace('"', '\\"')
    print(f'    QTest::newRow("{stem}") << u"{stem}.json"_s << {d["line"]} << {d["column"]} << Diagnostic::Severity::{sev} << u"{w}"_s;')
