#!/usr/bin/env python3
"""Independent computation of examples/synthetic/ddci-chuan-hoa.chiso (SYNTHETIC).

Reads the three score files (2024, and 2022/2023 pooled by `over years`), applies the
normalisation formulas of docs/language.md §15d with exact fractions, and prints every
unit's points, index and rank, as tests/cases/ddci-chuan-hoa.yaml expects them.
Only the standard library: fractions, re. With --check FILE, compares those figures
with the `points`/`index`/`rank` written in the case file and fails on a difference.

    python3 tests/ddci_chuan_hoa_expected.py [--check tests/cases/ddci-chuan-hoa.yaml]
"""
import re
import sys
from fractions import Fraction as F
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EX = ROOT / "examples" / "synthetic"


def number(text):
    text = text.strip()
    if text.endswith("%"):
        return F(text[:-1]) / 100
    return F(text)


def read_units(path):
    """The units of a flow-style score file: id, block, and the scores by code."""
    units = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r'\s*- \{id: ([^,]+), name: "[^"]*", block: (\w+), scores: \{(.*)\}\}\s*$', line)
        if not m:
            continue
        scores = {}
        for code, value in re.findall(r'"([\d.]+)": (\{[^}]*\}|[^,{}]+)', m.group(3)):
            if value.startswith("{"):
                scores[code] = {k: F(v) for k, v in re.findall(r"(\w+): ([\d.]+)", value)}
            else:
                scores[code] = number(value)
        units.append({"id": m.group(1), "block": m.group(2), "scores": scores})
    return units


def minmax(x, values, lower_better, lo=1, hi=10):
    a, b = min(values), max(values)
    if a == b:
        return None
    d = (b - x) if lower_better else (x - a)
    return lo + d / (b - a) * (hi - lo)


def rank_score(x, values, lo, hi):
    n = len(values)
    r = 1 + sum(1 for v in values if v > x)  # higher is better, ties share the best rank
    return lo + F(n - r, n - 1) * (hi - lo)


def goalposts(x, low, high, lo, hi):
    low, high = F(low), F(high)
    x = min(max(x, low), high)
    return lo + (x - low) / (high - low) * (hi - lo)


def main():
    current = read_units(EX / "ddci-chuan-hoa.yaml")
    pooled = read_units(EX / "ddci-chuan-hoa-2022.yaml") + read_units(EX / "ddci-chuan-hoa-2023.yaml")
    results = {}
    for block in ("so", "huyen"):
        units = [u for u in current if u["block"] == block]
        every_year = units + [u for u in pooled if u["block"] == block]
        v11 = [u["scores"]["1.1"] for u in every_year]
        v12 = [u["scores"]["1.2"] for u in every_year]
        v2 = [u["scores"]["2"] for u in units]
        v32 = [u["scores"]["3.2"] for u in units]
        raw3 = {}
        partial = {}
        for u in units:
            s = u["scores"]
            p11 = minmax(s["1.1"], v11, False)
            p12 = minmax(s["1.2"], v12, True)
            p2 = minmax(s["2"], v2, True)
            if p2 is None:
                p2 = F(11, 2)  # `if equal -> 5.5`
            ratio = s["3.1"]["giai_quyet"] / s["3.1"]["tiep_nhan"] * 100
            p31 = goalposts(ratio, 20, 80, 0, 5)
            p32 = rank_score(s["3.2"], v32, 0, 5)
            raw3[u["id"]] = p31 + p32  # area 3 is a plain sum of its two items, then normalised
            area1 = 10 * (F(1, 2) * p11 / 10 + F(1, 2) * p12 / 10) / 1
            partial[u["id"]] = (area1, p2)
        for u in units:
            area1, p2 = partial[u["id"]]
            p3 = minmax(raw3[u["id"]], list(raw3.values()), False)
            total = 100 * (F(40, 100) * area1 / 10 + F(35, 100) * p2 / 10 + F(25, 100) * p3 / 10) / 1
            results[u["id"]] = {"block": block, "points": total}
    # Ranks per block by the exact index (= points: the tree's maximum is 100), ties shared.
    for uid, r in results.items():
        same = [o for o in results.values() if o["block"] == r["block"]]
        r["rank"] = 1 + sum(1 for o in same if o["points"] > r["points"])
    return results


def rounded(x, places=2):
    q = F(1, 10**places)
    n = x / q
    whole = n.numerator // n.denominator
    if n - whole >= F(1, 2):
        whole += 1
    return F(whole) * q


def check(results, case_file):
    text = Path(case_file).read_text(encoding="utf-8")
    bad = 0
    for uid, r in results.items():
        m = re.search(r"\n\s+" + re.escape(uid) + r": \{(points: ([\d.]+), )?index: ([\d.]+), rank: (\d+)\}", text)
        if not m:
            print(f"{case_file}: no expectation for {uid}")
            bad += 1
            continue
        if m.group(2) is not None and F(m.group(2)) != r["points"]:
            print(f"{uid}: the case says points {m.group(2)}, computed {r['points']}")
            bad += 1
        if F(m.group(3)) != rounded(r["points"]) or int(m.group(4)) != r["rank"]:
            print(f"{uid}: the case says index {m.group(3)} rank {m.group(4)}, computed {rounded(r['points'])} {r['rank']}")
            bad += 1
    return bad


if __name__ == "__main__":
    res = main()
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        sys.exit(1 if check(res, sys.argv[2]) else 0)
    for uid, r in res.items():
        print(f"{uid}: points {float(r['points']):.6f} (= {r['points']}), index {rounded(r['points'])}, rank {r['rank']}")
