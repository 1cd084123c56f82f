#!/usr/bin/env python3
"""A picture of part of an HTML report, for the documentation: from the top of the
first element matching --from to the bottom of the first matching --to, in a
window --width pixels wide. docs/img/report-demo.png is made with:

    build/chiso report examples/demo/par-demo.chiso examples/demo/scores-2024.yaml -o /tmp/demo.html
    python3 tests/browser/screenshot.py /tmp/demo.html docs/img/report-demo.png \\
        --from 'section.block h2' --to 'section.block figure.heat-figure'
"""
import argparse
import base64
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser, Page  # noqa: E402

BOX = """(function (selector) {
  var r = document.querySelector(selector).getBoundingClientRect();
  return [r.left + window.scrollX, r.top + window.scrollY, r.right + window.scrollX, r.bottom + window.scrollY];
})(%s)"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("html")
    parser.add_argument("png")
    parser.add_argument("--from", dest="start", default="body")
    parser.add_argument("--to", dest="end", default="body")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--margin", type=int, default=12)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    with Browser(args.chromium) as browser:
        page = Page(browser, width=args.width)
        page.load(args.html)
        top = page.evaluate(BOX % json.dumps(args.start))
        bottom = page.evaluate(BOX % json.dumps(args.end))
        x, y = max(0, min(top[0], bottom[0]) - args.margin), max(0, top[1] - args.margin)
        clip = {"x": x, "y": y, "width": max(top[2], bottom[2]) + args.margin - x,
                "height": bottom[3] + args.margin - y, "scale": 1}
        shot = page.call("Page.captureScreenshot", {"format": "png", "clip": clip, "captureBeyondViewport": True})
        with open(args.png, "wb") as out:
            out.write(base64.b64decode(shot["data"]))
        for problem in page.problems():
            print("warning: " + problem)


if __name__ == "__main__":
    sys.exit(main())
