#!/usr/bin/env python3
"""Independent computation of examples/synthetic/pci-nguong-phan-bo (SYNTHETIC): each
province's PCI-style composite, the block's mean, sample standard deviation, median and
90th percentile (linear, R-7), the tier of every province, and the counts of the
statistics — with the standard library only (fractions, decimal, statistics), not chiso.

  tests/pci_distribution_expected.py                 prints the figures
  tests/pci_distribution_expected.py --check CASE    fails unless the test case's expected
                                                     classes and counts are these figures
"""
import math
import re
import statistics
import sys
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORES = ROOT / "examples/synthetic/pci-nguong-phan-bo.yaml"
WEIGHTS = {1: 5, 2: 5, 3: 20, 4: 5, 5: 10, 6: 5, 7: 5, 8: 20, 9: 20, 10: 5}  # percent


def units():
    # One unit a line: `- {id: x, name: "…", block: tinh, scores: {"1": 5.49, …}}`.
    for line in SCORES.read_text(encoding="utf-8").splitlines():
        m = re.match(r'\s*- \{id: ([^,]+),.*scores: \{(.*)\}\}\s*$', line)
        if not m:
            continue
        scores = {int(k): Fraction(v) for k, v in re.findall(r'"(\d+)": ([0-9.]+)', m.group(2))}
        yield m.group(1), scores


def composite(scores):
    # max 100 × Σ weight × (component ÷ 10) ÷ Σ weight, exactly.
    total = sum(Fraction(WEIGHTS[k]) * scores[k] / 10 for k in WEIGHTS)
    return Fraction(100) * total / sum(WEIGHTS.values())


def percentile_linear(sorted_values, p):
    h = (len(sorted_values) - 1) * Fraction(p, 100)
    lo = math.floor(h)
    if lo + 1 >= len(sorted_values):
        return sorted_values[lo]
    return sorted_values[lo] + (h - lo) * (sorted_values[lo + 1] - sorted_values[lo])


def ge_mean_plus(x, mean, k, var):
    """x >= mean + k × sqrt(var), exactly: d = x - mean against k × sd, squared with signs."""
    d = x - mean
    if k >= 0:
        return d >= 0 and d * d >= k * k * var
    return d >= 0 or d * d <= k * k * var


def tier(x, mean, var):
    if ge_mean_plus(x, mean, 1, var):
        return "Rất tốt"
    if ge_mean_plus(x, mean, Fraction(1, 2), var):
        return "Tốt"
    if ge_mean_plus(x, mean, Fraction(-1, 2), var):
        return "Khá"
    if ge_mean_plus(x, mean, -1, var):
        return "Trung bình"
    return "Thấp"


def figures():
    idx = {uid: composite(s) for uid, s in units()}
    comp3 = {uid: s[3] for uid, s in units()}
    values = sorted(idx.values())
    n = len(values)
    mean = statistics.mean(values)          # exact on Fractions
    var = statistics.variance(values)       # sample variance, exact on Fractions
    median = statistics.median(values)
    p90 = percentile_linear(values, 90)
    mean3 = statistics.mean(comp3.values())
    classes = {uid: tier(x, mean, var) for uid, x in idx.items()}
    ranks = {uid: 1 + sum(1 for y in idx.values() if y > x) for uid, x in idx.items()}
    top = math.ceil(Fraction(10, 100) * n)
    counts = {
        "dan_dau": sum(1 for r in ranks.values() if r <= top),
        "tren_p90": sum(1 for x in idx.values() if x >= p90),
        "tren_trung_vi": sum(1 for x in idx.values() if x > median),
        "minh_bach": sum(1 for x in comp3.values() if x > mean3),
    }
    return idx, classes, ranks, counts, dict(n=n, mean=mean, var=var, median=median, p90=p90, mean3=mean3)


def dec(q, places=2):
    return (Decimal(q.numerator) / Decimal(q.denominator)).quantize(Decimal(10) ** -places, rounding=ROUND_HALF_UP)


def sd_decimal(var, places=4):
    # sqrt of an exact Fraction to `places` decimals, rounded down, by integer square root.
    scale = 10 ** places
    return Decimal(math.isqrt(var.numerator * scale * scale // var.denominator)) / scale


def main():
    idx, classes, ranks, counts, s = figures()
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        text = Path(sys.argv[2]).read_text(encoding="utf-8")
        bad = 0
        for uid, cls in classes.items():
            m = re.search(r"^\s+%s: \{.*classes: \{nhom: \"([^\"]+)\"\}" % re.escape(uid), text, re.M)
            if not m or m.group(1) != cls:
                print(f"{uid}: the case expects {m.group(1) if m else 'nothing'}, computed {cls}")
                bad += 1
        for stat, count in counts.items():
            if not re.search(r"\b%s: %d\b" % (stat, count), text):
                print(f"stat {stat}: computed {count}, not in the case")
                bad += 1
        print("ok" if not bad else f"{bad} difference(s)")
        return 1 if bad else 0
    print(f"n = {s['n']}; mean = {dec(s['mean'], 4)}; sd(sample) ≈ {sd_decimal(s['var'])} (rounded down); "
          f"median = {dec(s['median'], 4)}; percentile(90, linear) = {dec(s['p90'], 4)}; mean(points(3)) = {dec(s['mean3'], 4)}")
    for k in (1, Fraction(1, 2), Fraction(-1, 2), -1):
        print(f"cut-off mean {'+' if k > 0 else '-'} {abs(k)} × sd ≈ {dec(s['mean'] + k * Fraction(sd_decimal(s['var'], 8)), 2)}")
    for uid in sorted(idx, key=lambda u: ranks[u]):
        print(f"{uid}: index {dec(idx[uid])} ({idx[uid]}), rank {ranks[uid]}, {classes[uid]}")
    print("counts:", counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
