#!/usr/bin/env python3
"""Independent figures for examples/synthetic/sipas-phieu-khao-sat.* (SYNTHETIC).

Reads the answer sheet with the standard library only (csv, fractions, decimal) and
computes, per unit and question, the valid forms, the share and its 95% interval —
Wilson for the four satisfied-share questions, the percentile bootstrap (seed 2025,
1000 resamples, SplitMix64 as docs/language.md specifies it) for the 1–5 question —
then each unit's index (the rated leaves' points over their maxima, a leaf
with fewer than 50 forms not rated). Nothing here shares code with chiso.

    python3 tests/survey_reference.py                 # prints the figures
    python3 tests/survey_reference.py --check build/chiso
        # runs `chiso explain --lang en` for every unit and compares forms, shares,
        # bounds and the index with these figures (CTest `survey.reference`)
"""
import csv
import math
import re
import subprocess
import sys
import tempfile
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
SEED = 2025
RESAMPLES = 1000
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


MASK = (1 << 64) - 1


def splitmix64(state):
    """SplitMix64 (docs/language.md "The bootstrap"): yields its outputs."""
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


def fnv1a(data, h=0xCBF29CE484222325):
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & MASK
    return h


def bootstrap(uid, code, values):
    """The percentile bootstrap: RESAMPLES resamples of len(values) forms drawn with
    replacement (an index below n, outputs at or above 2^64 - 2^64 mod n drawn again),
    each resample's mean exact, the nearest-rank 2.5% and 97.5% of the sorted means."""
    state = SEED ^ fnv1a(code.encode(), fnv1a(b"\0", fnv1a(uid.encode())))
    stream = splitmix64(state)
    n = len(values)
    limit = (1 << 64) - (1 << 64) % n
    den = math.lcm(*(v.denominator for v in values))
    whole = [int(v * den) for v in values]  # the answers over one denominator: integer sums
    means = []
    for _ in range(RESAMPLES):
        total = 0
        for _ in range(n):
            x = next(stream)
            while x >= limit:
                x = next(stream)
            total += whole[x % n]
        means.append(Fraction(total, den * n))
    means.sort()
    alpha = 1 - Fraction(95, 100)
    low = -(-(alpha / 2 * RESAMPLES) // 1)           # ceil
    high = -(-((1 - alpha / 2) * RESAMPLES) // 1)
    return rounded(dec(means[low - 1])), rounded(dec(means[high - 1]))


def figures(dg5="bootstrap"):
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
            if code != "DG5":
                low, high = wilson(sum(values), n)
            elif dg5 == "bootstrap":
                low, high = bootstrap(uid, code, values)
            else:
                low, high = normal(values)
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


METHOD = {"bootstrap": f"bootstrap, {RESAMPLES} resamples, seed {SEED}", "normal": "normal approximation"}
BOOTSTRAP_LINE = f"interval bootstrap 95% seed {SEED} count {RESAMPLES}"


def compare(chiso, criteria, dg5):
    failures = 0
    the_figures = figures(dg5)
    for uid, (block, leaves, index) in the_figures.items():
        text = subprocess.run([chiso, "explain", str(criteria), str(SCORES), uid, "--lang", "en"],
                              capture_output=True, text=True, encoding="utf-8").stdout
        for code, (n, share, low, high) in leaves.items():
            if n >= MINIMUM:
                method = METHOD[dg5] if code == "DG5" else "Wilson"
                want = f"{n} valid forms, {pct(share)}%, 95% confidence interval: {low}–{high}% ({method})"
            else:
                want = f"{n} valid forms, fewer than the minimum of {MINIMUM}: not rated"
            if want not in text:
                print(f"{uid} {code} ({dg5}): expected «{want}» in chiso explain's output")
                failures += 1
        want_index = f"{pct(index / 100)}"
        if want_index not in text:
            print(f"{uid}: expected the index {want_index} in chiso explain's output")
            failures += 1
    print(f"{len(the_figures)} units compared ({dg5} for DG5), {failures} differences")
    return failures


def check(chiso):
    """The example as it is (DG5 by the bootstrap), then the same criteria with DG5's
    interval declared `normal` (a copy in a temporary directory; the score file names
    the sheet, so it is read from the same place)."""
    failures = compare(chiso, CRITERIA, "bootstrap")
    text = CRITERIA.read_text(encoding="utf-8")
    if BOOTSTRAP_LINE not in text:
        print(f"expected «{BOOTSTRAP_LINE}» in {CRITERIA}")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        variant = Path(tmp) / CRITERIA.name
        variant.write_text(text.replace(BOOTSTRAP_LINE, "interval normal 95%"), encoding="utf-8")
        failures += compare(chiso, variant, "normal")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        sys.exit(check(sys.argv[2]))
    show()
