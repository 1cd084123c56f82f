// CSV for spreadsheets and scripts (RFC 4180, UTF-8, "\n" line ends). The header
// uses stable ids, not translated labels, so scripts work in every language.
// Points, maxima and indices are the published values; the exact ones are in the
// last three columns, points_exact, max_exact, index_exact (docs/reports.md).
#include <string_view>
#include <vector>

#include "engine/report/text/csv_cells.hpp"
#include "engine/report/text/text_writers.hpp"

namespace chiso::report {
namespace {

void append_row(std::string& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out += ',';
        out += csv_field(fields[i]);
    }
    out += '\n';
}

// One header for every block: a column for every ladder of the criteria; the cells
// of a ladder that does not apply to a block are empty (build/block_facts.hpp).
std::vector<std::string> header(const CriteriaView& criteria, bool previous) {
    std::vector<std::string> h{"block", "rank", "id", "name", "points", "max", "index"};
    for (const auto& ladder : criteria.ladders) h.push_back("class:" + ladder);
    if (previous) {
        for (const char* column : {"previous_status", "previous_ids", "previous_rank", "rank_change", "previous_index",
                                   "index_change"})
            h.emplace_back(column);
    }
    for (const char* column : {"points_exact", "max_exact", "index_exact"}) h.emplace_back(column);
    return h;
}

// Last year's columns; numbers with an ASCII sign, empty when not known.
void append_previous(std::vector<std::string>& row, const UnitChangeView& change, const Publication& pub) {
    std::string ids;
    for (const std::string& id : change.ids) ids += (ids.empty() ? "" : " ") + id;
    row.push_back(change.status);
    row.push_back(ids);
    row.push_back(change.rank ? std::to_string(*change.rank) : "");
    row.push_back(change.rank_change ? std::to_string(*change.rank_change) : "");
    row.push_back(change.index ? pub.text(*change.index, Lang::En) : "");
    row.push_back(change.index_change ? pub.text(*change.index_change, Lang::En) : "");
}

std::vector<std::string> unit_row(const BlockReportView& block, const UnitView& unit, const Publication& pub) {
    std::vector<std::string> row{block.id,
                                 std::to_string(unit.rank),
                                 unit.id,
                                 unit.name,
                                 pub.text(unit.points, Lang::En),
                                 pub.text(unit.max, Lang::En),
                                 pub.text(unit.published, Lang::En)};
    // empty: no rung matched, or the ladder does not apply
    for (const auto& label : unit.classes) row.push_back(label ? *label : std::string());
    return row;
}

}  // namespace

std::string render_csv(const ReportView& view) {
    const Publication& pub = view.criteria.pub;
    std::string out;
    append_row(out, header(view.criteria, view.previous.has_value()));
    for (const BlockReportView& block : view.blocks) {
        for (const UnitView& unit : block.units) {
            std::vector<std::string> row = unit_row(block, unit, pub);
            if (view.previous && unit.previous) append_previous(row, *unit.previous, pub);
            for (const Rational* exact : {&unit.points, &unit.max, &unit.index}) row.push_back(pub.exact_text(*exact));
            append_row(out, row);
        }
    }
    return out;
}

}  // namespace chiso::report
