// CSV for spreadsheets and scripts (RFC 4180, UTF-8, "\n" line ends). The header
// uses stable ids, not translated labels, so scripts work in every language.
#include <string_view>
#include <vector>

#include "engine/report/number_format.hpp"
#include "engine/report/renderers.hpp"
#include "engine/report/year_view.hpp"

namespace chiso::report {
namespace {

std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';  // a quote is escaped by doubling it
        out += c;
    }
    out += '"';
    return out;
}

void append_row(std::string& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out += ',';
        out += csv_field(fields[i]);
    }
    out += '\n';
}

std::vector<std::string> header(const Definition& def, bool previous) {
    std::vector<std::string> h{"block", "rank", "id", "name", "points", "max", "index"};
    for (const auto& ladder : def.ladders) h.push_back("class:" + ladder.id);
    if (previous) {
        for (const char* column : {"previous_status", "previous_ids", "previous_rank", "rank_change", "previous_index",
                                   "index_change"})
            h.emplace_back(column);
    }
    return h;
}

// Last year's columns; numbers with an ASCII sign, empty when not known.
void append_previous(std::vector<std::string>& row, const UnitChange& change, int places) {
    std::string ids;
    for (const PreviousUnit* p : change.predecessors) ids += (ids.empty() ? "" : " ") + p->id;
    row.emplace_back(report::status_id(change.status));
    row.push_back(ids);
    row.push_back(change.previous_rank ? std::to_string(*change.previous_rank) : "");
    row.push_back(change.rank_change ? std::to_string(*change.rank_change) : "");
    row.push_back(change.previous_index ? format_index(*change.previous_index, places, Lang::En) : "");
    row.push_back(change.index_change ? format_index(*change.index_change, places, Lang::En) : "");
}

std::vector<std::string> unit_row(const Definition& def, const BlockResult& block, const UnitResult& unit) {
    const int places = def.places;
    std::vector<std::string> row{block.block->id,
                                 std::to_string(unit.rank),
                                 unit.id,
                                 unit.name,
                                 format_points(unit.points, places, Lang::En),
                                 format_points(unit.max, places, Lang::En),
                                 format_index(unit.published, places, Lang::En)};
    for (const auto& ladder : def.ladders) {
        auto it = unit.classes.find(ladder.id);
        row.push_back(it == unit.classes.end() ? std::string() : it->second);  // empty: no rung matched
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
        for (std::size_t u = 0; u < block.units.size(); ++u) {
            std::vector<std::string> row = unit_row(def, block, block.units[u]);
            if (previous) append_previous(row, previous->blocks[b].units[u], def.places);
            append_row(out, row);
        }
    }
    return out;
}

}  // namespace chiso::report
