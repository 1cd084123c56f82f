#include "engine/report/html/html_style.hpp"

namespace chiso::report {

std::string_view page_style() {
    return R"css(
:root { --ink: #111; --muted: #444; --rule: #bbb; --bar: #1f4e8c; --accent: #b00020; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 18px/1.45 "DejaVu Sans", "Noto Sans", "Segoe UI", Arial, sans-serif; }
header.page, main { max-width: 1320px; margin: 0 auto; padding: 0 24px; }
header.page { padding-top: 20px; border-bottom: 3px solid var(--bar); }
h1 { font-size: 30px; margin: 0 0 8px; color: var(--bar); }
h2 { font-size: 26px; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--rule); }
h3 { font-size: 21px; margin: 24px 0 8px; }
h4 { font-size: 18px; margin: 16px 0 6px; }
p, ul { margin: 6px 0; }
.bases, .compared { color: var(--muted); }
nav.blocks ul { display: flex; flex-wrap: wrap; gap: 8px 24px; padding: 0; list-style: none; }
nav.blocks a { color: var(--bar); font-weight: bold; }
figure { margin: 16px 0 24px; }
figcaption h3 { margin-bottom: 2px; }
figcaption p, .note, .table-notes { color: var(--muted); font-size: 16px; }
/* As wide as the page, for the back of the room, but never more than a third
   above the natural size (each chart sets its max-width): a two-column heat map
   must not grow to the page's width. */
svg.chart { display: block; width: 100%; height: auto; }
svg.shared-defs { position: absolute; width: 0; height: 0; }
svg text { font-family: "DejaVu Sans", "Noto Sans", "Segoe UI", Arial, sans-serif; fill: var(--ink); }
.bar { fill: var(--bar); }
.bar-name, .slope-name { font-size: 15px; }
.bar-value { font-size: 15px; font-weight: bold; }
/* A white halo keeps labels readable where cut-off lines cross them. */
.bar-value, .cut-label { paint-order: stroke; stroke: #fff; stroke-width: 4px; stroke-linejoin: round; }
.tick, .legend-text, .heat-subtitle { font-size: 13px; fill: var(--muted); }
.axis-title { font-size: 14px; font-weight: bold; }
.axis { stroke: var(--ink); stroke-width: 1.5; }
.gridline { stroke: #e3e3e3; stroke-width: 1; }
.lane-name { font-size: 13px; font-style: italic; fill: var(--muted); }
.cut-label { font-size: 13px; font-weight: bold; }
.cut, .rank-cut { stroke-width: 2; }
.cut.lane-0, .rank-cut.lane-0 { stroke: #b00020; } .cut-label.lane-0 { fill: #b00020; }
.cut.lane-1, .rank-cut.lane-1 { stroke: #6a1b9a; stroke-dasharray: 8 4; } .cut-label.lane-1 { fill: #6a1b9a; }
.cut.lane-2, .rank-cut.lane-2 { stroke: #00695c; stroke-dasharray: 3 3; } .cut-label.lane-2 { fill: #00695c; }
.cut.lane-3, .rank-cut.lane-3 { stroke: #8d5a00; stroke-dasharray: 12 3 3 3; } .cut-label.lane-3 { fill: #8d5a00; }
.heat { stroke: #fff; stroke-width: 1; }
.heat.h0 { fill: #d73027; } .heat.h1 { fill: #f46d43; } .heat.h2 { fill: #fdae61; } .heat.h3 { fill: #fee090; }
.heat.h4 { fill: #e0f3f8; } .heat.h5 { fill: #abd9e9; } .heat.h6 { fill: #4575b4; }
.heat.na { fill: url(#chiso-hatch); stroke: #999; }
.heat.none, .heat.adj-zero { fill: #fff; stroke: #ccc; }
.heat.adj-plus { fill: #e6f2e6; stroke: #ccc; } .heat.adj-minus { fill: #fbe3e3; stroke: #ccc; }
.heat.swatch { stroke: #888; }
.hatch-bg { fill: #eee; } .hatch-line { stroke: #999; stroke-width: 3; }
.heat-text { font-size: 15px; font-weight: bold; }
.heat-text.on-dark { fill: #fff; }
.heat-title { font-size: 13px; font-weight: bold; }
.legend-title { font-size: 13px; font-weight: bold; }
.slope { stroke-width: 2.5; fill: none; }
.slope.up { stroke: #1f5fa8; } .slope.down { stroke: #c62828; } .slope.same { stroke: #777; }
.slope.merged { stroke: #6a1b9a; stroke-dasharray: 6 4; }
.dot { fill: #fff; stroke: var(--ink); stroke-width: 1.5; }
.dot.up { fill: #1f5fa8; } .dot.down { fill: #c62828; } .dot.same { fill: #777; } .dot.merged { fill: #6a1b9a; }
.slope-rank { font-size: 15px; font-weight: bold; }
.slope-tag { font-size: 15px; font-weight: bold; fill: var(--muted); }
.slope-tag.alone, .slope-tag.merged { font-weight: normal; font-style: italic; }
.slope-tag.up { fill: #1f5fa8; } .slope-tag.down { fill: #c62828; }
.slope-name.vanished { fill: var(--muted); font-style: italic; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: 17px; }
th, td { padding: 5px 10px; border-bottom: 1px solid #d0d0d0; vertical-align: top; }
thead th { background: #e8eef7; border-bottom: 2px solid var(--bar); text-align: left; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.ranking tbody tr:nth-child(even) { background: #f5f7fa; }
table.stats th { text-align: left; font-weight: normal; }
.explain-tools button { font: inherit; font-size: 16px; padding: 4px 14px; margin-right: 8px; }
details.unit { border: 1px solid var(--rule); border-radius: 4px; margin: 6px 0; padding: 4px 10px; }
details.unit > summary { font-weight: bold; cursor: pointer; }
ul.explain-head { list-style: none; padding: 0; color: var(--muted); font-size: 16px; }
ul.tree, ul.tree ul { list-style: none; padding-left: 22px; margin: 2px 0; }
ul.tree { padding-left: 0; font-size: 16px; }
ul.tree summary { cursor: pointer; }
.node .code { font-weight: bold; }
.node .points { font-weight: bold; font-variant-numeric: tabular-nums; }
.node.lost .points { color: var(--accent); }
.node.na { color: var(--muted); }
.node .notes { color: var(--muted); }
.formula, .standing { font-weight: bold; }
.print-note { display: none; }
@page { size: A4 landscape; margin: 10mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 10pt; }
  header.page, main { max-width: none; padding: 0; }
  nav.blocks, .explain-body, .explain-tools { display: none; }
  .print-note { display: block; }
  section.block + section.block { break-before: page; }
  h2 { margin-top: 0; }
  h2, h3, h4, figcaption { break-after: avoid; }
  figure { break-inside: avoid; }
  /* The block's heading, the chart's title and the chart fit on one A4 landscape page. */
  svg.chart { width: auto; max-width: 100% !important; max-height: 145mm; }
  table { font-size: 9pt; }
  tr { break-inside: avoid; }
}
)css";
}

std::string_view page_script() {
    return R"js(
document.querySelectorAll('.explain-tools').forEach(function (tools) {
  tools.hidden = false;
  tools.querySelectorAll('button').forEach(function (button) {
    button.addEventListener('click', function () {
      var open = button.getAttribute('data-expand') === '1';
      tools.parentElement.querySelectorAll('details').forEach(function (d) { d.open = open; });
    });
  });
});
)js";
}

}  // namespace chiso::report
