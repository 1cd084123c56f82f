#include "engine/report/replay_report.hpp"

#include <nlohmann/json.hpp>

#include "engine/core/control_chars.hpp"
#include "engine/report/labels/labels.hpp"

namespace chiso {
namespace {

using Json = nlohmann::ordered_json;

std::string heading(const std::string& rules_path, const ReplayedSheet& sheet, Lang lang) {
    const Definition& def = *sheet.results->definition;
    return labels::format(labels::replay_heading, lang, sheet.year, sheet.scores_path, rules_path, def.year);
}

// CSV: every row of every file, with the file's year in front.
void add_csv(std::string& out, const ReplayedSheet& sheet, bool first) {
    const std::string csv = render_results(*sheet.results, ReportOptions{Format::Csv, Lang::En});
    const std::size_t header_end = csv.find('\n') + 1;
    if (first) out += "scores_year," + csv.substr(0, header_end);
    const std::string year = std::to_string(sheet.year) + ",";
    for (std::size_t at = header_end; at < csv.size();) {
        const std::size_t end = csv.find('\n', at) + 1;
        out += year;
        out.append(csv, at, end - at);
        at = end;
    }
}

Json json_replay(const ReplayedSheet& sheet) {
    Json r = Json::object();
    r["scores"] = sheet.scores_path;
    r["scores_year"] = sheet.year;
    r["results"] = Json::parse(render_results(*sheet.results, ReportOptions{Format::Json, Lang::En}));
    return r;
}

void add_text(std::string& out, const std::string& rules_path, const ReplayedSheet& sheet, bool first,
              const ReportOptions& options) {
    if (!first) out += "\n";
    const std::string title = heading(rules_path, sheet, options.lang);
    out += options.format == Format::Markdown ? "# " + title + "\n\n" : title + "\n\n";
    out += render_results(*sheet.results, options);
}

}  // namespace

struct ReplayWriter::JsonParts {
    Json replays = Json::array();
};

ReplayWriter::ReplayWriter(std::string rules_path, ReportOptions options)
    : rules_path_(std::move(rules_path)), options_(options), json_(std::make_unique<JsonParts>()) {}

ReplayWriter::~ReplayWriter() = default;

void ReplayWriter::add(const ReplayedSheet& sheet) {
    const bool first = count_++ == 0;
    if (options_.format == Format::Json) return json_->replays.push_back(json_replay(sheet));
    std::string part;
    if (options_.format == Format::Csv) {
        add_csv(part, sheet, first);
    } else {
        add_text(part, rules_path_, sheet, first, options_);
    }
    // No control character reaches the screen or a file (engine/core/control_chars.hpp).
    // Escaped a year at a time, as the year is added (in replay, while the next years
    // are evaluated), not all at the end: the same bytes, since a year's part ends
    // with a line feed and escaping looks at one character at a time.
    text_ += escape_control_chars(std::move(part));
}

std::string ReplayWriter::finish() {
    if (options_.format != Format::Json) return std::move(text_);
    Json root = Json::object();
    root["rules"] = rules_path_;
    root["replays"] = std::move(json_->replays);
    return escape_control_chars(root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n", ControlEscape::Json);
}

}  // namespace chiso
