#!/usr/bin/env python3
"""SYNTHETIC partial publication (docs/language.md, "Partial publications").

Writes the example score files and the `chiso test` case of a publication that lists
21 of 63 provinces (20 with their published rank, one not ranked), and last year's
scores of all 63, with every expected figure computed here, independently of chiso:
Python's fractions for exact sums, ROUND_HALF_UP for the criteria's `rounding 2
half_up`, ranks under `ties shared` counted by hand.

    python3 tests/partial_publication.py          # (re)write the files
    python3 tests/partial_publication.py --check  # fail if a file differs from what it would write

Standard library only. Every figure is invented.
"""
import sys
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
N = 63
MAXIMA = (30, 40, 30)  # areas 1, 2, 3 of examples/synthetic/cong-bo-mot-phan.chiso
LISTED = [2, 5, 7, 10, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 50, 53, 55, 58, 60, 62]  # provinces listed
UNRANKED = 33  # listed, not ranked
REASON = "Không đủ số phiếu khảo sát hợp lệ"


def lcg(seed):
    """A fixed pseudo-random sequence (no dependence on Python's random module)."""
    state = seed
    while True:
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        yield state >> 33


def scores(seed):
    """Per province 1..N its three area points, in tenths, below each maximum."""
    gen = lcg(seed)
    out = {}
    for p in range(1, N + 1):
        out[p] = tuple(Fraction(m * 4 + next(gen) % (m * 6), 10) for m in MAXIMA)  # 40%..99.7% of the maximum
    return out


def fixed(year_scores):
    # Two listed provinces with the same total, to show a shared rank.
    a, b = LISTED[8], LISTED[9]
    year_scores[b] = year_scores[a]
    return year_scores


def index(points):
    return sum(points)  # max 100, `publish percent`: the index is the total


def rounded(x):
    return Decimal(x.numerator) / Decimal(x.denominator)


def r2(x):
    return (Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def shared_ranks(values):
    """Ranks under `ties shared` (1 + the number of units strictly above)."""
    return {k: 1 + sum(1 for w in values.values() if w > v) for k, v in values.items()}


def ladder(idx):
    if idx >= 70:
        return "Rất tốt"
    if idx >= 60:
        return "Tốt"
    return "Khá"


def num(x):
    s = format(rounded(x).normalize(), "f")
    return s


def pid(p):
    return f"tinh-{p:02d}"


def pname(p):
    return f"Tỉnh Minh Họa {p:02d}"


def score_file(year, units, header):
    lines = ["# SYNTHETIC: invented scores of 63 invented provinces (tests/partial_publication.py writes this file).",
             "index: cbmp", "locality: vn", f"year: {year}"] + header + ["units:"]
    for u in units:
        lines.append(f"  - id: {pid(u['p'])}")
        lines.append(f"    name: \"{pname(u['p'])}\"")
        lines.append("    block: tinh")
        for key in ("published_rank", "ranked", "reason"):
            if key in u:
                value = u[key]
                lines.append(f"    {key}: \"{value}\"" if key == "reason" else f"    {key}: {value}")
        lines.append("    scores:")
        for code, pts in zip(("1", "2", "3"), u["scores"]):
            lines.append(f"      \"{code}\": {num(pts)}")
    return "\n".join(lines) + "\n"


def build():
    s2023 = scores(2023)
    s2024 = fixed(scores(2024))
    # This year's true ranks among all 63 (rounded index, ties shared): what the
    # publication prints for the provinces it lists.
    idx2024 = {p: r2(index(s2024[p])) for p in s2024}
    ranked_all = {p: v for p, v in idx2024.items() if p != UNRANKED}
    true_rank = shared_ranks(ranked_all)
    idx2023 = {p: r2(index(s2023[p])) for p in s2023}
    rank2023 = shared_ranks(idx2023)

    units = []
    for p in sorted(LISTED + [UNRANKED]):
        u = {"p": p, "scores": s2024[p]}
        if p == UNRANKED:
            u["ranked"] = "false"
            u["reason"] = REASON
        else:
            u["published_rank"] = true_rank[p]
        units.append(u)
    files = {
        "examples/synthetic/cong-bo-mot-phan-2024.yaml": score_file(
            2024, units, ["listed: {of: 63}"]),
        "examples/synthetic/cong-bo-mot-phan-2023.yaml": score_file(
            2023, [{"p": p, "scores": s2023[p]} for p in range(1, N + 1)], []),
    }

    listed = [p for p in LISTED]
    vals = [idx2024[p] for p in listed]
    mean = (sum(vals) / len(vals)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    share_rank = Fraction(20, 100) * 63  # `rank <= 20%` of the 63 assessed
    classes = {"Rất tốt": 0, "Tốt": 0, "Khá": 0}
    for p in listed:
        classes[ladder(idx2024[p])] += 1
    case = ["# SYNTHETIC partial publication: 21 of 63 provinces listed, 20 with their published",
            "# rank, one not ranked. Written by tests/partial_publication.py, which computes every",
            "# figure below with Python's fractions and decimal (ROUND_HALF_UP), not with chiso.",
            "cases:",
            "  - name: \"Công bố một phần — hạng công bố, thống kê của 20 đơn vị được công bố [synthetic]\"",
            "    criteria: ../../examples/synthetic/cong-bo-mot-phan.chiso",
            "    scores: ../../examples/synthetic/cong-bo-mot-phan-2024.yaml",
            "    expect:",
            "      units:"]
    for p in listed:
        r = true_rank[p]
        lead = "Mười tỉnh đầu" if r <= 10 else ("Nhóm 20% đầu" if r <= share_rank else None)
        cls = f"nhom: \"{ladder(idx2024[p])}\", dan_dau: " + (f"\"{lead}\"" if lead else "null")
        points = index(s2024[p])
        case.append(f"        # {' + '.join(num(x) for x in s2024[p])} = {num(points)}; rank {r} of 63 (2023: {rank2023[p]})")
        case.append(f"        {pid(p)}: {{index: {idx2024[p]}, rank: {r}, classes: {{{cls}}}}}")
    u = UNRANKED
    case.append(f"        # not ranked: classified on its index, no class that needs a rank")
    case.append(f"        {pid(u)}: {{index: {idx2024[u]}, classes: {{nhom: \"{ladder(idx2024[u])}\", dan_dau: null}}}}")
    case += ["      blocks:",
             f"        # the 20 listed and ranked; {pid(UNRANKED)} is in none of these",
             f"        tinh: {{count: 20, mean: {mean}, min: {min(vals)}, max: {max(vals)}, "
             f"classes: {{nhom: {{\"Rất tốt\": {classes['Rất tốt']}, \"Tốt\": {classes['Tốt']}, \"Khá\": {classes['Khá']}}}}}}}"]
    files["tests/cases/cong-bo-mot-phan.yaml"] = "\n".join(case) + "\n"
    return files


def main():
    check = "--check" in sys.argv[1:]
    bad = 0
    for rel, text in build().items():
        path = ROOT / rel
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                print(f"{rel}: differs from what tests/partial_publication.py computes")
                bad += 1
        else:
            path.write_text(text, encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
