#include "engine/report/replay_report.hpp"

#include <nlohmann/json.hpp>

#include "engine/report/labels.hpp"

namespace chiso {
namespace {

using Json = nlohmann::ordered_json;

std::string heading(const std::string& rules_path, const ReplayedSheet& sheet, Lang lang) {
    const Definition& def = *sheet.results->definition;
    return labels::format(labels::replay_heading, lang, sheet.year, sheet.scores_path, rules_path, def.year);
}

// CSV: every row of every file, with the file and its year in front.
std::string replay_csv(const std::vector<ReplayedSheet>& sheets) {
    std::string out;
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        const std::string csv = render_results(*sheets[i].results, ReportOptions{Format::Csv, Lang::En});
        const std::size_t header_end = csv.find('\n') + 1;
        if (i == 0) out += "scores_year," + csv.substr(0, header_end);
        for (std::size_t at = header_end; at < csv.size();) {
            const std::size_t end = csv.find('\n', at) + 1;
            out += std::to_string(sheets[i].year) + "," + csv.substr(at, end - at);
            at = end;
        }
    }
    return out;
}

std::string replay_json(const std::string& rules_path, const std::vector<ReplayedSheet>& sheets) {
    Json root = Json::object();
    root["rules"] = rules_path;
    Json replays = Json::array();
    for (const auto& sheet : sheets) {
        Json r = Json::object();
        r["scores"] = sheet.scores_path;
        r["scores_year"] = sheet.year;
        r["results"] = Json::parse(render_results(*sheet.results, ReportOptions{Format::Json, Lang::En}));
        replays.push_back(std::move(r));
    }
    root["replays"] = std::move(replays);
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string render_replay(const std::string& rules_path, const std::vector<ReplayedSheet>& sheets,
                          const ReportOptions& options) {
    if (options.format == Format::Csv) return replay_csv(sheets);
    if (options.format == Format::Json) return replay_json(rules_path, sheets);
    std::string out;
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        if (i > 0) out += "\n";
        const std::string title = heading(rules_path, sheets[i], options.lang);
        out += options.format == Format::Markdown ? "# " + title + "\n\n" : title + "\n\n";
        out += render_results(*sheets[i].results, options);
    }
    return out;
}

}  // namespace chiso
