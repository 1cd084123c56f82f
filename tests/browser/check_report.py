#!/usr/bin/env python3
"""The HTML report in a real browser: generates the acceptance reports, loads each
in headless Chromium (Debian's /usr/bin/chromium) and checks that the charts were
drawn — per block as many bars and explanations as units, the cut-off lines, a
heat-map cell per unit and area, a slope line per comparable unit — with no
console error, no script error and no network request. Saves a screenshot (PNG)
and the print version (PDF) of each report under ARTIFACTS as report-NAME.*.

Fails, never skips, when Chromium is missing: scripts/deps.sh installs it.
Expected counts of units come from `chiso eval --format json`; the counts of
areas and cut-offs are written here from the criteria files, so a change to
either shows up as a failure to look at.
"""
import argparse
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser, BrowserError, Page  # noqa: E402

HAIPHONG = ["criteria/haiphong/par-2019.chiso", "examples/haiphong/par-2019.yaml"]
HAIPHONG_PREVIOUS = ["--previous", "examples/haiphong/par-2018-ket-qua.yaml"]
DEMO = ["examples/demo/par-demo.chiso", "examples/demo/scores-2024.yaml"]

# Per block: areas of the heat map (0: totals only), vertical cut-off lines, rank cut-off lines.
CASES = [
    {"name": "haiphong-2019", "args": HAIPHONG + HAIPHONG_PREVIOUS, "lang": "vi", "previous": True,
     # Both blocks: the statistics "Trên 80/90 điểm" (2 lines) and the heads' rung "rank <= 5".
     "blocks": {"so": {"areas": 0, "cuts": 2, "rank_cuts": 1}, "huyen": {"areas": 0, "cuts": 2, "rank_cuts": 1}}},
    {"name": "demo", "args": DEMO, "lang": "vi", "previous": False,
     # so: xep_loai 50/70/80/90, the head's 70 and 90 (partial), statistics 70 and 90; areas 1–4, bonus 5, deduction 6.
     # tw: Nhóm I ≥ 85 (Nhóm II < 85 is the same line), the head's 70 and 90, statistics 70 and 90.
     "blocks": {"so": {"areas": 6, "cuts": 8, "rank_cuts": 0}, "tw": {"areas": 2, "cuts": 5, "rank_cuts": 0}}},
    {"name": "demo-en", "args": DEMO, "lang": "en", "previous": False,
     "blocks": {"so": {"areas": 6, "cuts": 8, "rank_cuts": 0}, "tw": {"areas": 2, "cuts": 5, "rank_cuts": 0}}},
    # Last year named by the score file: a merged, a renamed, a new unit, one no longer
    # assessed and one from another block (tests/fixtures/years).
    {"name": "demo-years", "args": ["examples/demo/par-demo.chiso", "tests/fixtures/years/scores-2024-sap-nhap.yaml"],
     "lang": "vi", "previous": True,
     "blocks": {"so": {"areas": 6, "cuts": 8, "rank_cuts": 0}, "tw": {"areas": 2, "cuts": 5, "rank_cuts": 0}}},
]

# What the page shows, per block section, in document order.
PAGE_FACTS = """
Array.from(document.querySelectorAll('section.block')).map(function (s) {
  function n(selector) { return s.querySelectorAll(selector).length; }
  var bars = Array.from(s.querySelectorAll('svg.bar-chart rect.bar')).map(function (r) { return r.getBBox().width; });
  var chart = s.querySelector('svg.bar-chart');
  return {
    heading: s.querySelector('h2').textContent,
    bars: bars,
    bar_labels: n('svg.bar-chart text.bar-name'),
    chart_width: chart ? chart.getBoundingClientRect().width : 0,
    cuts: n('svg.bar-chart line.cut'),
    cut_labels: n('svg.bar-chart text.cut-label'),
    rank_cuts: n('svg.bar-chart line.rank-cut'),
    heat_cells: n('svg.heat-map rect.heat:not(.swatch)'),
    no_areas: n('p.no-areas'),
    slope_lines: n('svg.slope-chart line.slope'),
    ranking_rows: n('table.ranking tbody tr'),
    units_explained: n('details.unit'),
  };
})
"""


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, timeout=60, **kwargs)


def expected_units(chiso, case):
    """Units per block id, and the slope lines: units whose rank change is known."""
    result = run([chiso, "eval", *case["args"], "--format", "json"])
    if result.returncode != 0:
        raise AssertionError("chiso eval failed:\n" + result.stderr)
    data = json.loads(result.stdout)
    blocks = []
    for block in data["blocks"]:
        units = block["units"]
        # A line per known rank change, and one per predecessor of a merged unit.
        moves = 0
        for unit in units:
            previous = unit.get("previous", {})
            if previous.get("status") == "merged":
                moves += len(previous["ids"])
            elif previous.get("rank_change") is not None:
                moves += 1
        blocks.append((block["id"], len(units), moves))
    return blocks


def check_block(name, facts, block_id, units, moves, expected, previous):
    problems = []

    def expect(what, actual, wanted):
        if actual != wanted:
            problems.append("%s, block %s: %s = %s, expected %s" % (name, block_id, what, actual, wanted))

    bars = facts["bars"]
    expect("bars", len(bars), units)
    expect("bar labels", facts["bar_labels"], units)
    expect("ranking rows", facts["ranking_rows"], units)
    expect("explanations", facts["units_explained"], units)
    expect("cut-off lines", facts["cuts"], expected["cuts"])
    expect("cut-off labels", facts["cut_labels"], expected["cuts"] + expected["rank_cuts"])
    expect("rank cut-off lines", facts["rank_cuts"], expected["rank_cuts"])
    if any(width <= 0 for width in bars) or bars != sorted(bars, reverse=True):
        problems.append("%s, block %s: bars not drawn in rank order: %s" % (name, block_id, bars))
    if facts["chart_width"] < 600:
        problems.append("%s, block %s: bar chart only %s px wide" % (name, block_id, facts["chart_width"]))
    if expected["areas"]:
        expect("heat-map cells", facts["heat_cells"], units * expected["areas"])
    else:
        expect("note 'no areas'", facts["no_areas"], 1)
    expect("slope lines", facts["slope_lines"], moves if previous else 0)
    return problems


def check_case(browser, chiso, artifacts, case):
    base = os.path.join(artifacts, "report-" + case["name"])
    generated = run([chiso, "report", *case["args"], "--lang", case["lang"], "-o", base + ".html"])
    if generated.returncode != 0:
        return ["%s: chiso report failed (%d):\n%s" % (case["name"], generated.returncode, generated.stderr)]
    blocks = expected_units(chiso, case)
    page = Page(browser)
    page.load(base + ".html")
    problems = ["%s: %s" % (case["name"], p) for p in page.problems()]
    if page.evaluate("document.documentElement.lang") != case["lang"]:
        problems.append("%s: <html lang> is not %s" % (case["name"], case["lang"]))
    sections = page.evaluate(PAGE_FACTS)
    if len(sections) != len(blocks):
        problems.append("%s: %d block sections, expected %d" % (case["name"], len(sections), len(blocks)))
    for facts, (block_id, units, moves) in zip(sections, blocks):
        problems += check_block(case["name"], facts, block_id, units, moves, case["blocks"][block_id],
                                case["previous"])
    page.screenshot(base + ".png")
    page.pdf(base + ".pdf")
    with open(base + ".pdf", "rb") as pdf:
        if not pdf.read(5).startswith(b"%PDF"):
            problems.append("%s: the print version is not a PDF" % case["name"])
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chiso", required=True)
    parser.add_argument("--artifacts", required=True)
    parser.add_argument("--chromium", default=os.environ.get("CHISO_CHROMIUM", "/usr/bin/chromium"))
    args = parser.parse_args()
    if not os.access(args.chromium, os.X_OK):
        print("FAIL: no Chromium at %s (scripts/deps.sh installs Debian's chromium)" % args.chromium)
        return 1
    os.makedirs(args.artifacts, exist_ok=True)
    started = time.monotonic()
    passed, failed = 0, 0
    try:
        with Browser(args.chromium) as browser:
            for case in CASES:
                problems = check_case(browser, os.path.abspath(args.chiso), args.artifacts, case)
                for problem in problems:
                    print("FAIL: " + problem)
                if problems:
                    failed += 1
                else:
                    passed += 1
                    print("ok: %s (report-%s.png)" % (case["name"], case["name"]))
    except BrowserError as error:
        print("FAIL: " + str(error))
        return 1
    print("artifacts in %s (%.1f s)" % (args.artifacts, time.monotonic() - started))
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
