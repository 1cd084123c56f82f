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
// `population`: some block declared a partial publication or units not ranked; then
// two columns after `rank` say what it is a rank among (rank_basis, rank_of).
std::vector<std::string> header(const CriteriaView& criteria, bool previous, bool population) {
    std::vector<std::string> h{"block", "rank", "id", "name", "points", "max", "index"};
    if (population) h.insert(h.begin() + 2, {"rank_basis", "rank_of"});
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

// published | among-listed | among-ranked, and the count of that population;
// not-ranked and empty for a unit not ranked.
void append_population(std::vector<std::string>& row, const BlockReportView& block, const UnitView& unit) {
    if (!unit.ranked) {
        row.insert(row.begin() + 2, {"not-ranked", ""});
        return;
    }
    if (!block.population) {
        row.insert(row.begin() + 2, {"", ""});
        return;
    }
    const PopulationView& p = *block.population;
    const std::size_t of = p.ranks == "published" ? static_cast<std::size_t>(p.of) : p.ranked;
    row.insert(row.begin() + 2, {p.ranks, std::to_string(of)});
}

std::vector<std::string> unit_row(const BlockReportView& block, const UnitView& unit, const Publication& pub) {
    std::vector<std::string> row{block.id,
                                 unit.ranked ? std::to_string(unit.rank) : std::string(),
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
    bool population = false;
    for (const BlockReportView& block : view.blocks) population = population || block.population.has_value();
    append_row(out, header(view.criteria, view.previous.has_value(), population));
    for (const BlockReportView& block : view.blocks) {
        for (const UnitView& unit : block.units) {
            std::vector<std::string> row = unit_row(block, unit, pub);
            if (population) append_population(row, block, unit);
            if (view.previous && unit.previous) append_previous(row, *unit.previous, pub);
            for (const Rational* exact : {&unit.points, &unit.max, &unit.index}) row.push_back(pub.exact_text(*exact));
            append_row(out, row);
        }
    }
    return out;
}

}  // namespace chiso::report
