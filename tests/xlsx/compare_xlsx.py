#!/usr/bin/env python3
"""Compares the sheets of a chiso workbook, as LibreOffice exported them to CSV,
with the JSON output of the same evaluation (docs/excel.md).

Annex sheets (one per block): every unit's name, points per area, total,
applicable maximum, index, rank, classes and last year's rank, index and changes.
Summary sheet: every block's count, mean, lowest, highest, counts and shares per
class and per counted statistic, with last year's figures.

Numbers are compared as numbers: the index, the points and the maxima exactly,
since the workbook and the JSON output both hold the published decimal (the
criteria's `rounding`, docs/reports.md); a workbook cell with more decimals than
`places` is a mismatch, so a cell holding an unrounded value cannot pass. Shares
at the two decimals of their percent format. Standard library only.
"""
import argparse
import csv
import json
import pathlib
import re
import sys
from decimal import Decimal, InvalidOperation

LABELS = {
    "vi": {
        "number": "STT", "unit": "Đơn vị", "total": "Tổng điểm", "max": "Điểm tối đa áp dụng",
        "index": ("Chỉ số (%)", "Chỉ số"), "rank": "Hạng", "id": "Mã", "na": "không áp dụng",
        "rank_before": re.compile(r"^Hạng (\d{4})$"), "rank_change": "Tăng/giảm hạng",
        "index_before": re.compile(r"^Chỉ số (\d{4})$"), "index_change": "Tăng/giảm",
        "block": "Khối", "measure": "Chỉ tiêu", "count": "Số đơn vị", "mean": "Trung bình",
        "min": "Thấp nhất", "max_stat": "Cao nhất",
    },
    "en": {
        "number": "No.", "unit": "Unit", "total": "Total points", "max": "Applicable maximum",
        "index": ("Index (%)", "Index"), "rank": "Rank", "id": "Id", "na": "not applicable",
        "rank_before": re.compile(r"^Rank (\d{4})$"), "rank_change": "Rank change",
        "index_before": re.compile(r"^Index (\d{4})$"), "index_change": "Change",
        "block": "Block", "measure": "Measure", "count": "Units", "mean": "Mean",
        "min": "Lowest", "max_stat": "Highest",
    },
}


class Checker:
    def __init__(self, places):
        self.places = places
        self.checked = 0
        self.failures = []

    def fail(self, where, message):
        self.failures.append(f"{where}: {message}")

    def equal(self, where, actual, expected):
        self.checked += 1
        if actual != expected:
            self.fail(where, f"workbook {actual!r}, JSON {expected!r}")

    def number(self, where, cell, expected, tolerance):
        """`cell` (text from the CSV) holds `expected` within `tolerance`."""
        self.checked += 1
        value = parse_number(cell)
        if expected is None:
            if cell != "":
                self.fail(where, f"workbook {cell!r}, JSON has no value")
            return
        if value is None:
            self.fail(where, f"workbook {cell!r} is not a number, JSON {expected}")
            return
        if abs(value - Decimal(repr(expected))) > tolerance:
            self.fail(where, f"workbook {value}, JSON {expected}")

    def index(self, where, cell, expected):
        """A published figure: the same decimal in both files, and no more than
        `places` decimals in the workbook's raw value."""
        self.number(where, cell, expected, Decimal(10) ** -(self.places + 6))
        value = parse_number(cell)
        if value is not None and value != value.quantize(Decimal(10) ** -self.places):
            self.fail(where, f"workbook {value} has more than {self.places} decimals")

    def points(self, where, cell, expected):
        """Points and maxima are published like the index (docs/reports.md)."""
        self.index(where, cell, expected)

    def whole(self, where, cell, expected):
        self.number(where, cell, expected, Decimal(0))

    def share(self, where, cell, expected):
        """A percent cell exported as shown ("66,67%") against JSON's fraction."""
        self.checked += 1
        if not cell.endswith("%"):
            self.fail(where, f"workbook {cell!r} is not a percent, JSON {expected}")
            return
        shown = parse_number(cell[:-1])
        wanted = (Decimal(repr(expected)) * 100).quantize(Decimal("0.01"))
        if shown is None or shown != wanted:
            self.fail(where, f"workbook {cell!r}, JSON {expected} ({wanted}%)")


def parse_number(text):
    """LibreOffice writes the raw value with the separator of the cell's locale
    tag: "91,93" for [$-42A], "91.93" for [$-409]; the minus may be U+2212."""
    text = text.strip().replace("\u2212", "-").replace(",", ".").lstrip("+")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def read_sheets(directory):
    sheets = {}
    for path in sorted(pathlib.Path(directory).glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as f:
            sheets[path.name] = list(csv.reader(f))
    return sheets


def header_at(rows, first_label):
    """(row of the header, labels per column, first data row): two header rows when
    the second starts empty (the first column merged over both)."""
    for r, row in enumerate(rows):
        if row and row[0] == first_label:
            if r + 1 < len(rows) and rows[r + 1] and rows[r + 1][0] == "":
                second = rows[r + 1]
                labels = [second[c] if c < len(second) and second[c] else row[c] for c in range(len(row))]
                return r, labels, r + 2
            return r, list(row), r + 1
    return None


def annex_rows(rows, start):
    out = []
    for row in rows[start:]:
        if not row or not row[0].isdigit():
            break
        out.append(row)
    return out


def check_unit(check, where, row, col, unit, words):
    cell = lambda label: row[col[label]]  # noqa: E731
    check.equal(f"{where} {words['unit']}", cell(words["unit"]), unit["name"])
    for label, c in col.items():
        code = area_code(label, col, words)
        if code is None:
            continue
        node = unit["nodes"].get(code)
        at = f"{where} area {code}"
        if node is None:
            check.equal(at, row[c], "")
        elif node.get("not_applicable") and node["max"] == 0:
            check.equal(at, row[c], words["na"])
        else:
            check.points(at, row[c], node["points"])
    check.points(f"{where} total", cell(words["total"]), unit["points"])
    if words["max"] in col:
        check.points(f"{where} max", cell(words["max"]), unit["max"])
    index_label = next(label for label in words["index"] if label in col)
    check.index(f"{where} index", cell(index_label), unit["index"])
    check.whole(f"{where} rank", cell(words["rank"]), unit["rank"])
    shown = [row[c] for c in class_columns(col, words) if row[c] != ""]
    check.equal(f"{where} classes", shown, list(unit["classes"].values()))
    if "previous" in unit:
        check_previous(check, where, row, col, unit["previous"], words)


def area_code(label, col, words):
    """Area columns lie between the unit's name and the total: "1. Title (10 điểm)"."""
    c = col[label]
    if not (col[words["unit"]] < c < col[words["total"]]):
        return None
    return label.split(". ", 1)[0]


def class_columns(col, words):
    """Ladder columns: after the rank, before last year's columns and the id."""
    first = col[words["rank"]] + 1
    ends = [c for label, c in col.items() if c > first - 1 and (label == words["id"] or words["rank_before"].match(label))]
    return range(first, min(ends))


def check_previous(check, where, row, col, previous, words):
    for label, c in col.items():
        if words["rank_before"].match(label):
            check.whole(f"{where} {label}", row[c], previous["rank"])
        elif words["index_before"].match(label):
            check.index(f"{where} {label}", row[c], previous["index"])
    change = row[col[words["rank_change"]]]
    if previous["rank_change"] is None:
        check.equal(f"{where} rank change is a word", parse_number(change) is None and change != "", True)
    else:
        check.whole(f"{where} rank change", change, previous["rank_change"])
    if words["index_change"] in col:
        check.index(f"{where} index change", row[col[words["index_change"]]], previous["index_change"])


def check_annex(check, name, rows, units_by_id, words):
    found = header_at(rows, words["number"])
    if not found:
        return None
    _, labels, start = found
    col = {label: c for c, label in enumerate(labels) if label}
    data = annex_rows(rows, start)
    blocks = {units_by_id[row[col[words["id"]]]][0]["id"] for row in data if row[col[words["id"]]] in units_by_id}
    if len(blocks) > 1:
        check.fail(name, f"units of several blocks: {sorted(blocks)}")
        return None
    if not blocks:
        return set()
    block = units_by_id[data[0][col[words["id"]]]][0]
    expected_ids = [u["id"] for u in block["units"]]
    check.equal(f"{name} units in rank order", [row[col[words["id"]]] for row in data], expected_ids)
    for n, row in enumerate(data, start=1):
        check.whole(f"{name} row {n} STT", row[0], n)
        unit_id = row[col[words["id"]]]
        if unit_id in units_by_id:
            check_unit(check, f"{name} {unit_id}", row, col, units_by_id[unit_id][1], words)
    return blocks


def summary_measures(block, words):
    """The rows the summary sheet must have for `block`, in order:
    (label or suffix, kind, count or value, share, last year's value)."""
    stats = block["stats"]
    before = block.get("previous", {})
    out = [(words["count"], "count", stats["count"], None, before.get("count"))]
    if stats["count"] > 0:
        for key, word in (("mean", "mean"), ("min", "min"), ("max", "max_stat")):
            out.append((words[word], "index", stats[key], None, before.get(key)))
        for classes in stats["classes"].values():
            for label, entry in classes.items():
                out.append((" — " + label, "class", entry["count"], entry["share"], None))
        for entry in stats["counted"].values():
            out.append((entry["label"], "counted", entry["count"], entry["share"], None))
    return out


def check_summary(check, name, rows, data, words):
    found = header_at(rows, words["block"])
    if not found:
        return False
    _, labels, start = found
    col = {label: c for c, label in enumerate(labels) if label}
    body = [row for row in rows[start:] if row and row[0]]
    for block in data["blocks"]:
        mine = [row for row in body if row[0] == block["name"]]
        expected = summary_measures(block, words)
        check.equal(f"{name} {block['id']} rows", len(mine), len(expected))
        for row, (label, kind, value, share, before) in zip(mine, expected):
            at = f"{name} {block['id']} {row[1]}"
            matches = row[1].endswith(label) if kind == "class" else row[1] == label
            check.equal(f"{at} label", matches, True)
            if kind == "index":
                check.index(at, row[2], value)
                if before is not None:
                    check.index(f"{at} last year", row[4], before)
                    check.number(f"{at} change", row[6], value - before, Decimal(10) ** -check.places)
            else:
                check.whole(at, row[2], value)
                if kind == "count" and before is not None:
                    check.whole(f"{at} last year", row[4], before)
            if share is not None:
                check.share(f"{at} share", row[3], share)
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", required=True)
    parser.add_argument("--csv-dir", required=True)
    parser.add_argument("--places", type=int, required=True, help="the criteria's declared decimal places")
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    args = parser.parse_args()
    words = LABELS[args.lang]
    with open(args.json, encoding="utf-8") as f:
        data = json.load(f)
    units_by_id = {u["id"]: (b, u) for b in data["blocks"] for u in b["units"]}
    sheets = read_sheets(args.csv_dir)
    check = Checker(args.places)
    seen_blocks, summaries = set(), 0
    for name, rows in sheets.items():
        blocks = check_annex(check, name, rows, units_by_id, words)
        if blocks is not None:
            seen_blocks |= blocks
        elif check_summary(check, name, rows, data, words):
            summaries += 1
    with_units = {b["id"] for b in data["blocks"] if b["units"]}
    check.equal("blocks with an annex sheet", sorted(seen_blocks), sorted(with_units))
    check.equal("summary sheets", summaries, 1)
    check.equal("sheets (blocks, summary, criteria)", len(sheets), len(data["blocks"]) + 2)
    for failure in check.failures:
        print("MISMATCH", failure)
    print(f"{len(sheets)} sheets, {len(units_by_id)} units, {check.checked} values compared, "
          f"{len(check.failures)} mismatches")
    return 1 if check.failures else 0


if __name__ == "__main__":
    sys.exit(main())
