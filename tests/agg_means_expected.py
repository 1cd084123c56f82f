#!/usr/bin/env python3
"""Independent figures for tests/cases/trung-binh-nhan-synthetic.yaml (SYNTHETIC data,
examples/synthetic/trung-binh-nhan.*): the weighted geometric and harmonic means
computed with Python's fractions (exact shares and weights) and decimal (50 digits,
the geometric mean's roots through exp/ln), then rounded half up to 2 places as the
criteria say. Standard library only; prints the expectations as YAML lines."""
from decimal import Decimal, getcontext, ROUND_HALF_UP
from fractions import Fraction as F

getcontext().prec = 50


def dec(x):
    return Decimal(x.numerator) / Decimal(x.denominator)


def geometric(parts, maxi):
    """maxi × Π sᵢ^(wᵢ/W) over the applicable parts (share, weight)."""
    total = sum(w for _, w in parts)
    if any(s == 0 and w > 0 for s, w in parts):
        return Decimal(0)
    log = sum(dec(w / total) * dec(s).ln() for s, w in parts if w > 0)
    return dec(F(maxi)) * log.exp()


def harmonic(parts, maxi):
    """maxi × W ÷ Σ wᵢ/sᵢ: exact."""
    total = sum(w for _, w in parts)
    if any(s == 0 and w > 0 for s, w in parts):
        return F(0)
    return F(maxi) * total / sum(w / s for s, w in parts if w > 0)


def rounded(x):
    return (x if isinstance(x, Decimal) else dec(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


third = F(1, 3)
huyen = {
    "huyen-a": {"1": 8, "2.1": 7, "2.2": 6, "3": 9},
    "huyen-b": {"1": 9, "2.1": 8, "2.2": 5, "3": 8},
    "huyen-c": {"1": F(17, 2), "2.1": 9, "2.2": 9, "3": None},
    "huyen-d": {"1": 8, "2.1": 8, "2.2": 8, "3": 8},
    "huyen-e": {"1": 7, "2.1": 6, "2.2": 6, "3": 0},
}
for unit, s in huyen.items():
    dim2 = F(10) * (F(s["2.1"], 10) * F(1, 2) + F(s["2.2"], 10) * F(1, 2))
    parts = [(F(s["1"]) / 10, third), (dim2 / 10, third)]
    if s["3"] is not None:
        parts.append((F(s["3"]) / 10, third))
    points = geometric(parts, 10)
    index = points * 10  # publish percent: points ÷ 10 × 100
    print(f"{unit}: points {points:.12f} index {rounded(index)} node 2 = {dim2}")

ninth = F(1, 9)
xa = {
    "xa-a": [9, 8, 7, 9, 8, 7, 9, 8, 3],
    "xa-b": [6] * 9,
    "xa-c": [10] * 8 + [0],
}
for unit, values in xa.items():
    points = harmonic([(F(v, 10), ninth) for v in values], 100)
    print(f"{unit}: points {points} = {float(points):.12f} index {rounded(points)}")
