#!/usr/bin/env python3
"""Independent figures for examples/synthetic/sipas-phieu-khao-sat.* (SYNTHETIC).

Reads the answer sheet with the standard library only (csv, fractions, decimal) and
computes, per unit and question, the valid forms, the share and its 95% interval —
Wilson for the four satisfied-share questions, the normal approximation for the 1–5
question — then each unit's index (the rated leaves' points over their maxima, a leaf
with fewer than 50 forms not rated). Nothing here shares code with chiso.

    python3 tests/survey_reference.py                 # prints the figures
    python3 tests/survey_reference.py --check build/chiso
        # runs `chiso explain --lang en` for every unit and compares forms, shares,
        # bounds and the index with these figures (CTest `survey.reference`)
"""
import csv
import re
import subprocess
import sys
import unicodedata
from decimal import Decimal, ROUND_HALF_UP, getcontext
from fractions import Fraction
from pathlib import Path

getcontext().prec = 60
ROOT = Path(__file__).resolve().parent.parent
SHEET = ROOT / "examples/synthetic/sipas-phieu-khao-sat.csv"
CRITERIA = ROOT / "examples/synthetic/sipas-phieu-khao-sat.chiso"
SCORES = ROOT / "examples/synthetic/sipas-phieu-khao-sat.yaml"
Z = Decimal("1.96")
MINIMUM = 50
SHARE = {"rất hài lòng": 1, "hài lòng": 1, "bình thường": 0, "không hài lòng": 0, "rất không hài lòng": 0}
QUESTIONS = [("cau_1", "HL1"), ("cau_2", "HL2"), ("cau_3", "HL3"), ("cau_4", "HL4")]


def key(text):
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def units():
    out = []
    for line in SCORES.read_text(encoding="utf-8").splitlines():
        m = re.match(r'\s*- \{id: ([^,]+), name: "([^"]+)", block: (\w+)\}', line)
        if m:
            out.append(m.groups())
    return out


def dec(f):
    return Decimal(f.numerator) / Decimal(f.denominator)


def rounded(x):
    x = min(max(x * 100, Decimal(0)), Decimal(100))
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def wilson(s, n):
    p = Fraction(s, n)
    z2 = Z * Z
    denom = 1 + z2 / n
    centre = (dec(p) + z2 / (2 * n)) / denom
    half = Z / denom * (dec(p * (1 - p)) / n + z2 / (4 * n * n)).sqrt()
    return rounded(centre - half), rounded(centre + half)


def normal(values):
    n = len(values)
    p = sum(values, Fraction(0)) / n
    var = sum((v * v for v in values), Fraction(0)) / n - p * p
    se = (dec(var) / n).sqrt()
    return rounded(dec(p) - Z * se), rounded(dec(p) + Z * se)


def figures():
    the_units = units()
    by_key = {}
    for uid, name, _ in the_units:
        by_key[key(uid)] = uid
        by_key[key(name)] = uid
    answers = {uid: {code: [] for _, code in QUESTIONS + [("cau_5", "DG5")]} for uid, _, _ in the_units}
    with SHEET.open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            uid = by_key[key(row["don_vi"])]
            for column, code in QUESTIONS:
                a = key(row[column])
                if a and a != "không trả lời":
                    answers[uid][code].append(Fraction(SHARE[a]))
            if row["cau_5"].strip():
                answers[uid]["DG5"].append(Fraction(int(row["cau_5"]) - 1, 4))
    out = {}
    for uid, name, block in the_units:
        leaves = {}
        for code, values in answers[uid].items():
            n = len(values)
            share = sum(values, Fraction(0)) / n
            low, high = wilson(sum(values), n) if code != "DG5" else normal(values)
            leaves[code] = (n, share, low, high)
        points = sum(20 * v[1] for v in leaves.values() if v[0] >= MINIMUM)
        maximum = sum(20 for v in leaves.values() if v[0] >= MINIMUM)
        out[uid] = (block, leaves, points / maximum * 100)
    return out


def pct(f):
    return dec(f * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def show():
    for uid, (block, leaves, index) in figures().items():
        print(f"{uid} ({block}): index {dec(index)} -> {pct(index / 100)}")
        for code, (n, share, low, high) in leaves.items():
            print(f"  {code}: {n} forms, {pct(share)}%, [{low}, {high}]" + ("" if n >= MINIMUM else " (not rated)"))


def check(chiso):
    failures = 0
    for uid, (block, leaves, index) in figures().items():
        text = subprocess.run([chiso, "explain", str(CRITERIA), str(SCORES), uid, "--lang", "en"],
                              capture_output=True, text=True, encoding="utf-8").stdout
        for code, (n, share, low, high) in leaves.items():
            if n >= MINIMUM:
                want = f"{n} valid forms, {pct(share)}%, 95% confidence interval: {low}–{high}%"
            else:
                want = f"{n} valid forms, fewer than the minimum of {MINIMUM}: not rated"
            if want not in text:
                print(f"{uid} {code}: expected «{want}» in chiso explain's output")
                failures += 1
        want_index = f"{pct(index / 100)}"
        if want_index not in text:
            print(f"{uid}: expected the index {want_index} in chiso explain's output")
            failures += 1
    print(f"{len(figures())} units compared, {failures} differences")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        sys.exit(check(sys.argv[2]))
    show()
