#!/usr/bin/env python3
"""The national-size PAR Index the way a data analyst computes it: pandas over the
CSV export of the scores and the table of sub-criteria (chiso_bench_gen writes both).

    pandas_reference.py RULES.csv SCORES.csv OUT.csv

OUT.csv has one row per unit: id, block, points, max, index, rank, xep_loai,
nguoi_dung_dau. The last line of standard output reports the time of each step:
    read_seconds=… score_seconds=… leaves=…
Reading includes turning the text cells into numbers; scoring is numpy on numbers.
bench/README.md explains how the suite compares this with chiso.
"""
import sys
import time

import numpy as np
import pandas as pd

LEVELS = {"xuất sắc": 1.0, "tốt": 0.75, "đạt": 0.5, "không đạt": 0.0}
ANSWERS = {"A": 1.0, "B": 0.6, "C": 0.2, "D": 0.0}
BONUS_CAP, DEDUCTION_CAP, DEDUCTION_PER = 2.0, 3.0, 1.0
NA = "không áp dụng"


def number(col):
    return pd.to_numeric(col.str.rstrip("%"), errors="coerce").to_numpy()


def prepare(rules, s):
    """The text cells as numbers, once: yes/no and levels as shares of the maximum,
    percentages and counts as floats (NaN where nothing is entered). Part of reading."""
    cols = {}
    for r in rules.itertuples():
        code = r.code
        if r.kind == "yesno":
            cols[code] = np.where(s[code] == "có", 1.0, np.where(s[code] == "", np.nan, 0.0))
        elif r.kind == "levels":
            cols[code] = s[code].map(LEVELS).to_numpy(dtype=float)
        elif r.kind in ("formula", "bands_of"):
            cols[code + ":dat"], cols[code + ":tong"] = number(s[code + ":dat"]), number(s[code + ":tong"])
        elif r.kind == "answers":
            for a in ANSWERS:
                cols[f"{code}:{a}"] = number(s[f"{code}:{a}"])
        else:
            cols[code] = number(s[code])
    for code in ("9", "10"):
        cols[code] = np.nan_to_num(number(s[code]))
    na = {a: (s[a] == NA).to_numpy() if a in s else np.zeros(len(s), bool) for a in rules.area.unique()}
    return cols, na


def leaf_points(c, r):
    """Points of one sub-criterion for every unit (NaN where not entered)."""
    mx, code = r.max, r.code
    if r.kind in ("yesno", "levels"):
        return c[code] * mx
    if r.kind in ("proportional", "rate"):
        return np.clip(c[code] / 100 * mx, 0, mx)
    if r.kind == "bands":
        x = c[code] / 100
        return np.where(np.isnan(x), np.nan, np.select([x >= 1, x >= 0.8], [mx, mx * 0.5], 0.0))
    if r.kind == "deduct":
        return np.clip(mx - c[code] * 0.25 * mx, 0, mx)
    if r.kind in ("formula", "bands_of"):
        x = c[code + ":dat"] / c[code + ":tong"]
        if r.kind == "formula":
            return np.clip(mx * x, 0, mx)
        return np.where(np.isnan(x), np.nan, np.select([x >= 0.9, x >= 0.7], [mx, mx * 0.5], 0.0))
    if r.kind == "answers":
        counts = {a: c[f"{code}:{a}"] for a in ANSWERS}
        return mx * sum(counts[a] * w for a, w in ANSWERS.items()) / sum(counts.values())
    raise ValueError(r.kind)


def score(rules, s, cols, area_na):
    """Points, applicable maximum, index, rank and classes of every unit."""
    n = len(s)
    points = np.zeros(n)
    maximum = np.zeros(n)
    for area, a_rules in rules.groupby("area", sort=False):
        na = area_na[area]
        crit = {c: sum(leaf_points(cols, r) for r in g.itertuples()) for c, g in a_rules.groupby("criterion", sort=False)}
        area_max = a_rules.area_max.iloc[0]
        if a_rules.area_weighted.iloc[0]:
            g = a_rules.groupby("criterion", sort=False)
            weights = g.weight.first()
            cmax = g["max"].sum()
            value = area_max * sum(weights[c] * crit[c] / cmax[c] for c in crit) / weights.sum()
        else:
            value = sum(crit.values())
        points += np.where(na, 0.0, np.nan_to_num(value))
        maximum += np.where(na, 0.0, area_max)
    bonus = np.minimum(cols["9"], BONUS_CAP)
    deduction = np.minimum(cols["10"] * DEDUCTION_PER, DEDUCTION_CAP)
    points = np.clip(points + bonus - deduction, 0, maximum)
    index = points / maximum * 100
    cents = np.floor(index * 100 + 0.5 + 1e-9)  # rounded half up to 2 decimals
    out = pd.DataFrame({"id": s["id"], "block": s["block"], "points": points, "max": maximum, "cents": cents})
    out["rank"] = out.groupby("block")["cents"].rank(method="min", ascending=False).astype(int)
    out["xep_loai"] = np.select(
        [cents >= 9000, cents >= 8000, cents >= 7000, cents >= 5000], ["Xuất sắc", "Tốt", "Khá", "Trung bình"], "Yếu")
    disciplined = s["flags"].str.contains("kỷ luật").to_numpy()
    out["nguoi_dung_dau"] = np.select(
        [disciplined, (cents >= 9000) & (out["rank"].to_numpy() <= 10), cents >= 7000],
        ["Không hoàn thành nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ"],
        "Hoàn thành nhiệm vụ")
    out["index"] = cents / 100
    return out.drop(columns="cents")


def main():
    rules_path, scores_path, out_path = sys.argv[1:4]
    t0 = time.perf_counter()
    rules = pd.read_csv(rules_path, dtype={"code": str, "area": str, "criterion": str})
    s = pd.read_csv(scores_path, skiprows=3, dtype=str, keep_default_na=False)
    cols, area_na = prepare(rules, s)
    t1 = time.perf_counter()
    out = score(rules, s, cols, area_na)
    t2 = time.perf_counter()
    out.to_csv(out_path, index=False, float_format="%.6f")
    print(f"read_seconds={t1 - t0:.6f} score_seconds={t2 - t1:.6f} leaves={len(s) * len(rules)}")


if __name__ == "__main__":
    main()
