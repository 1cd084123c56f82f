#!/usr/bin/env python3
"""The national-size PAR Index the way a data analyst computes it: pandas over the
CSV export of the scores and the table of sub-criteria (chiso_bench_gen writes both).

    pandas_reference.py RULES.csv SCORES.csv OUT.csv

OUT.csv has one row per unit: id, block, points, max, index, rank, xep_loai,
nguoi_dung_dau. The last line of standard output reports the time of each step:
    read_seconds=… score_seconds=… leaves=…
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
    return pd.to_numeric(col.str.rstrip("%"), errors="coerce")


def leaf_points(s, r):
    """Points of one sub-criterion for every unit (NaN where not entered)."""
    mx, code = r.max, r.code
    if r.kind == "yesno":
        return np.where(s[code] == "có", mx, np.where(s[code] == "", np.nan, 0.0))
    if r.kind == "levels":
        return s[code].map(LEVELS).to_numpy() * mx
    if r.kind in ("proportional", "rate"):
        return np.clip(number(s[code]).to_numpy() / 100 * mx, 0, mx)
    if r.kind == "bands":
        x = number(s[code]).to_numpy() / 100
        return np.where(np.isnan(x), np.nan, np.select([x >= 1, x >= 0.8], [mx, mx * 0.5], 0.0))
    if r.kind == "deduct":
        return np.clip(mx - number(s[code]).to_numpy() * 0.25 * mx, 0, mx)
    if r.kind in ("formula", "bands_of"):
        x = number(s[code + ":dat"]).to_numpy() / number(s[code + ":tong"]).to_numpy()
        if r.kind == "formula":
            return np.clip(mx * x, 0, mx)
        return np.where(np.isnan(x), np.nan, np.select([x >= 0.9, x >= 0.7], [mx, mx * 0.5], 0.0))
    if r.kind == "answers":
        counts = {a: number(s[f"{code}:{a}"]).to_numpy() for a in ANSWERS}
        total = sum(counts.values())
        return mx * sum(counts[a] * w for a, w in ANSWERS.items()) / total
    raise ValueError(r.kind)


def score(rules, s):
    """Points, applicable maximum, index, rank and classes of every unit."""
    n = len(s)
    area_na = {a: (s[a] == NA).to_numpy() if a in s else np.zeros(n, bool) for a in rules.area.unique()}
    points = np.zeros(n)
    maximum = np.zeros(n)
    for area, a_rules in rules.groupby("area", sort=False):
        na = area_na[area]
        crit = {c: sum(leaf_points(s, r) for r in g.itertuples()) for c, g in a_rules.groupby("criterion", sort=False)}
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
    bonus = np.minimum(number(s["9"]).fillna(0).to_numpy(), BONUS_CAP)
    deduction = np.minimum(number(s["10"]).fillna(0).to_numpy() * DEDUCTION_PER, DEDUCTION_CAP)
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
    t1 = time.perf_counter()
    out = score(rules, s)
    t2 = time.perf_counter()
    out.to_csv(out_path, index=False, float_format="%.6f")
    print(f"read_seconds={t1 - t0:.6f} score_seconds={t2 - t1:.6f} leaves={len(s) * len(rules)}")


if __name__ == "__main__":
    main()
