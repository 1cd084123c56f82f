// CSV for spreadsheets and scripts (RFC 4180, UTF-8, "\n" line ends). The header
// uses stable ids, not translated labels, so scripts work in every language.
#include <string_view>
#include <vector>

#include "engine/report/number_format.hpp"
#include "engine/report/renderers.hpp"

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

std::vector<std::string> header(const Definition& def) {
    std::vector<std::string> h{"block", "rank", "id", "name", "points", "max", "index"};
    for (const auto& ladder : def.ladders) h.push_back("class:" + ladder.id);
    return h;
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

std::string render_csv(const Results& results) {
    const Definition& def = *results.definition;
    std::string out;
    append_row(out, header(def));
    for (const auto& block : results.blocks)
        for (const auto& unit : block.units) append_row(out, unit_row(def, block, unit));
    return out;
}

}  // namespace chiso::report
