#include "engine/report/build/charts.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "engine/report/build/block_view.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/view/chart_geometry.hpp"
#include "engine/report/build/year_view.hpp"

namespace chiso::report {
namespace {

constexpr double kPad = 12;
constexpr double kFont = 15;
constexpr double kRow = 28;
constexpr double kSlopeWidth = 280;
constexpr double kRankColumn = 40;
constexpr double kTitleHeight = 30;

std::string name_of(const PreviousUnit& p) { return p.name.empty() ? p.id : p.name; }

const char* move_css(int change) { return change > 0 ? "up" : change < 0 ? "down" : "same"; }

// Why a unit has no line: the status the ranking table also shows.
std::string status_tag(PreviousStatus status, Lang lang) {
    switch (status) {
        case PreviousStatus::New: return labels::text(labels::yr_new, lang);
        case PreviousStatus::Merged: return labels::text(labels::yr_merged, lang);
        case PreviousStatus::OtherBlock: return labels::text(labels::yr_other_block, lang);
        default: return labels::text(labels::yr_unknown, lang);
    }
}

// Last year's units on the left, at the row of their rank; several at one rank
// (a tie last year) take the next free rows, in this year's order.
struct LeftAxis {
    double top;
    std::map<const PreviousUnit*, std::size_t> index;  // into chart.left
    std::set<int> taken;

    double y_of_slot(int slot) const { return top + (static_cast<double>(slot) + 0.5) * kRow; }

    std::size_t add(SlopeChart& chart, const PreviousUnit& p, std::string tag, std::string css) {
        if (auto it = index.find(&p); it != index.end()) return it->second;
        int slot = std::max(0, *p.rank - 1);
        while (taken.count(slot)) ++slot;
        taken.insert(slot);
        chart.left.push_back({std::to_string(*p.rank), name_of(p), std::move(tag), std::move(css), y_of_slot(slot)});
        index.emplace(&p, chart.left.size() - 1);
        return chart.left.size() - 1;
    }
    int rows() const { return taken.empty() ? 0 : *taken.rbegin() + 1; }
};

bool rank_comparable(const PreviousUnit* p, const BlockResult& block) {
    return p != nullptr && p->rank && p->block == block.block->id;
}

void add_unit(SlopeChart& chart, LeftAxis& left, const UnitResult& unit, const UnitChange& change, double y,
              const BlockResult& block, Lang lang) {
    SlopeEnd end{rank_text(unit, lang), unit.name, {}, "alone", y};  // "—": not ranked
    if (change.status == PreviousStatus::Merged) {
        end.tag = status_tag(change.status, lang);
        for (const PreviousUnit* p : change.predecessors) {
            if (!rank_comparable(p, block)) continue;
            const double from = chart.left[left.add(chart, *p, {}, "merged")].y;
            chart.lines.push_back({from, y, "slope merged", name_of(*p) + " → " + unit.name});
            end.css = "merged";
        }
    } else if (change.rank_change && change.predecessors.size() == 1 && rank_comparable(change.predecessors[0], block)) {
        const PreviousUnit& p = *change.predecessors[0];
        const char* css = move_css(*change.rank_change);
        const double from = chart.left[left.add(chart, p, {}, css)].y;
        end.tag = signed_whole(*change.rank_change);
        end.css = css;
        chart.lines.push_back({from, y, std::string("slope ") + css,
                               name_of(p) + ": " + std::to_string(*p.rank) + " → " + std::to_string(unit.rank)});
    } else {
        end.tag = status_tag(change.status, lang);
    }
    chart.right.push_back(std::move(end));
}

double widest(const std::vector<SlopeEnd>& ends, bool with_tag) {
    double w = 0;
    for (const auto& e : ends)
        w = std::max(w, svg::text_width(e.label + (with_tag ? "  " + e.tag : std::string()), kFont));
    return w;
}

}  // namespace

SlopeChart layout_slope_chart(const BlockResult& block, const BlockChange& change, int previous_year, int year,
                              Lang lang) {
    SlopeChart chart;
    chart.top = kPad + kTitleHeight;
    chart.title_y = kPad + 16;
    chart.name_gap = kRankColumn;
    chart.left_title = labels::format(labels::yr_col_rank, lang, previous_year);
    chart.right_title = labels::format(labels::yr_col_rank, lang, year);
    chart.aria_label = labels::format(labels::html_slope_title, lang, previous_year);
    LeftAxis left{chart.top, {}, {}};
    for (std::size_t i = 0; i < block.units.size() && i < change.units.size(); ++i)
        add_unit(chart, left, block.units[i], change.units[i], chart.top + (static_cast<double>(i) + 0.5) * kRow, block,
                 lang);
    for (const PreviousUnit* p : change.vanished)
        if (p->rank) left.add(chart, *p, labels::text(labels::html_vanished, lang), "vanished");
    const double rows = static_cast<double>(std::max<std::size_t>(block.units.size(), static_cast<std::size_t>(left.rows())));
    chart.bottom = chart.top + rows * kRow;
    chart.left_x = kPad + widest(chart.left, true) + 10 + kRankColumn;
    chart.right_x = chart.left_x + kSlopeWidth;
    chart.tag_x = chart.right_x + kRankColumn + widest(chart.right, false) + 14;
    double tags = 0;
    for (const auto& end : chart.right) tags = std::max(tags, svg::text_width(end.tag, kFont));
    chart.width = chart.tag_x + tags + kPad;
    chart.height = chart.bottom + kPad;
    return chart;
}

}  // namespace chiso::report
