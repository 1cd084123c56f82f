// CSV for spreadsheets and scripts (RFC 4180, UTF-8, "\n" line ends). The header
// uses stable ids, not translated labels, so scripts work in every language.
// Points, maxima and indices are the published values; the exact ones are in the
// last three columns, points_exact, max_exact, index_exact (docs/reports.md).
#include <string_view>
#include <vector>

#include "engine/report/text/csv_cells.hpp"
#include "engine/report/view/block_facts.hpp"
#include "engine/report/view/number_format.hpp"
#include "engine/report/renderers.hpp"
#include "engine/report/view/year_view.hpp"

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
// of a ladder that does not apply to a block are empty (view/block_facts.hpp).
std::vector<std::string> header(const Definition& def, bool previous) {
    std::vector<std::string> h{"block", "rank", "id", "name", "points", "max", "index"};
    for (const auto& ladder : def.ladders) h.push_back("class:" + ladder.id);
    if (previous) {
        for (const char* column : {"previous_status", "previous_ids", "previous_rank", "rank_change", "previous_index",
                                   "index_change"})
            h.emplace_back(column);
    }
    for (const char* column : {"points_exact", "max_exact", "index_exact"}) h.emplace_back(column);
    return h;
}

// Last year's columns; numbers with an ASCII sign, empty when not known.
void append_previous(std::vector<std::string>& row, const UnitChange& change, const Publication& pub) {
    std::string ids;
    for (const PreviousUnit* p : change.predecessors) ids += (ids.empty() ? "" : " ") + p->id;
    row.emplace_back(report::status_id(change.status));
    row.push_back(ids);
    row.push_back(change.previous_rank ? std::to_string(*change.previous_rank) : "");
    row.push_back(change.rank_change ? std::to_string(*change.rank_change) : "");
    row.push_back(change.previous_index ? pub.text(*change.previous_index, Lang::En) : "");
    row.push_back(change.index_change ? pub.text(*change.index_change, Lang::En) : "");
}

std::vector<std::string> unit_row(const Definition& def, const BlockFacts& facts, std::size_t u) {
    const BlockResult& block = *facts.block;
    const UnitResult& unit = block.units[u];
    const Publication pub = Publication::of(def);
    std::vector<std::string> row{block.block->id,
                                 std::to_string(unit.rank),
                                 unit.id,
                                 unit.name,
                                 pub.text(unit.points, Lang::En),
                                 pub.text(unit.max, Lang::En),
                                 pub.text(unit.published, Lang::En)};
    for (const auto& ladder : def.ladders) {
        const std::string* label = facts.class_of(u, ladder);
        row.push_back(label ? *label : std::string());  // empty: no rung matched, or the ladder does not apply
    }
    return row;
}

}  // namespace

std::string render_csv(const Results& results, const YearComparison* previous) {
    const Definition& def = *results.definition;
    std::string out;
    append_row(out, header(def, previous != nullptr));
    for (std::size_t b = 0; b < results.blocks.size(); ++b) {
        const BlockResult& block = results.blocks[b];
        const BlockFacts facts = block_facts(def, block);
        for (std::size_t u = 0; u < block.units.size(); ++u) {
            std::vector<std::string> row = unit_row(def, facts, u);
            const UnitResult& unit = block.units[u];
            if (previous) append_previous(row, previous->blocks[b].units[u], Publication::of(def));
            for (const Rational* exact : {&unit.points, &unit.max, &unit.index})
                row.push_back(Publication::of(def).exact_text(*exact));
            append_row(out, row);
        }
    }
    return out;
}

}  // namespace chiso::report
