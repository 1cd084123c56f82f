#!/usr/bin/env python3
"""Independent computation of examples/synthetic/ddci-chuan-hoa-z.chiso (SYNTHETIC).

Reads the score file, applies the z-score normalisation of docs/language.md §15d —
points = 5 + (x − mean) ÷ sd × 2 (lower better: mean − x), the sd of the sample or of
the population, limited to [0, 10], `if equal -> 5` when sd = 0 — and prints every
unit's node points, index and rank, as tests/cases/ddci-chuan-hoa-z.yaml expects them.
Mean and variance are exact fractions; the square roots are taken with 60 significant
digits (decimal), far finer than the 2 published decimals. Only the standard library.
With --check FILE, compares the `index`/`rank` (and node points written) of the case.

    python3 tests/ddci_chuan_hoa_z_expected.py [--check tests/cases/ddci-chuan-hoa-z.yaml]
"""
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP, getcontext
from fractions import Fraction as F
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
# The score file is read as the min–max reference reads its own (the same flow-style
# units); the arithmetic below is this script's.
from ddci_chuan_hoa_expected import read_units

getcontext().prec = 60
ROOT = Path(__file__).resolve().parent.parent
EX = ROOT / "examples" / "synthetic"


def dec(f):
    return D(f.numerator) / D(f.denominator)


def zscore(x, values, sample, lower_better, if_equal=None):
    """5 + z × 2 limited to [0, 10]; an exact Fraction where it is rational."""
    n = len(values)
    mean = sum(values, F(0)) / n
    squares = sum(((v - mean) ** 2 for v in values), F(0))
    if squares == 0:
        return F(if_equal)
    variance = squares / (n - 1 if sample else n)
    d = (mean - x) if lower_better else (x - mean)
    if d == 0:
        return F(5)
    points = D(5) + dec(d) / dec(variance).sqrt() * 2
    return min(max(points, D(0)), D(10))


def main():
    units = read_units(EX / "ddci-chuan-hoa-z.yaml")
    every = [u["scores"]["2"] for u in units]  # item 2: over blocks so, huyen
    results = {}
    for block in ("so", "huyen"):
        own = [u for u in units if u["block"] == block]
        v1 = [u["scores"]["1"] for u in own]
        v3 = [u["scores"]["3"] for u in own]
        for u in own:
            s = u["scores"]
            p = {"1": zscore(s["1"], v1, True, False),
                 "2": zscore(s["2"], every, False, True),
                 "3": zscore(s["3"], v3, True, True, if_equal=5)}
            total = sum(D(w) / 100 * (p[c] if isinstance(p[c], D) else dec(p[c])) * 10  # 100 × Σ w × p ÷ 10
                        for c, w in (("1", 40), ("2", 35), ("3", 25)))
            results[u["id"]] = {"block": block, "nodes": p, "points": total}
    for r in results.values():
        r["index"] = r["points"].quantize(D("0.01"), rounding=ROUND_HALF_UP)
    # `ranking by index rounded ties shared`: by the published index, equal ones share.
    for r in results.values():
        same = [o for o in results.values() if o["block"] == r["block"]]
        r["rank"] = 1 + sum(1 for o in same if o["index"] > r["index"])
    return results


def check(results, case_file):
    text = Path(case_file).read_text(encoding="utf-8")
    bad = 0
    for uid, r in results.items():
        m = re.search(r"\n\s+" + re.escape(uid) + r": \{index: ([\d.]+), rank: (\d+)(, nodes: \{(.*)\})?\}", text)
        if not m:
            print(f"{case_file}: no expectation for {uid}")
            bad += 1
            continue
        if D(m.group(1)) != r["index"] or int(m.group(2)) != r["rank"]:
            print(f"{uid}: the case says index {m.group(1)} rank {m.group(2)}, computed {r['index']} {r['rank']}")
            bad += 1
        for code, value in re.findall(r'"(\d+)": \{points: ([\d.]+)\}', m.group(4) or ""):
            # Only exact points are written in the case (a unit at the mean, a rational
            # root, a limit, `if equal`): equal to the digit.
            got = r["nodes"][code]
            if D(value) != (got if isinstance(got, D) else dec(got)):
                print(f"{uid}: node {code}: the case says {value}, computed {got}")
                bad += 1
    return bad


if __name__ == "__main__":
    res = main()
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        sys.exit(1 if check(res, sys.argv[2]) else 0)
    for uid, r in res.items():
        nodes = ", ".join(f"{c}: {float(v):.6f}" for c, v in r["nodes"].items())
        print(f"{uid}: {nodes}; points {r['points']:.8f}, index {r['index']}, rank {r['rank']}")
