#include "engine/core/diagnostics.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <algorithm>

namespace chiso {

void Diagnostics::add(Severity severity, const SourceLoc& loc, const MessageDef& message, std::vector<std::string> args) {
    if (severity == Severity::Error) ++error_count_;
    items_.push_back(Diagnostic{severity, &message, std::move(args), loc, {}});
}

void Diagnostics::append(const Diagnostics& other) {
    for (const auto& d : other.items_) {
        add(d.severity, d.loc, *d.message, d.args);
        items_.back().suggestion = d.suggestion;
    }
}

void Diagnostics::suggest(const std::string& candidate) {
    if (!items_.empty() && !candidate.empty()) items_.back().suggestion = candidate;
}

void Diagnostics::sort_by_position() {
    // Files keep the order in which they first reported; within a file, source order.
    std::vector<const SourceFile*> files;
    for (const auto& d : items_)
        if (std::find(files.begin(), files.end(), d.loc.file) == files.end()) files.push_back(d.loc.file);
    auto file_rank = [&](const SourceFile* f) { return std::find(files.begin(), files.end(), f) - files.begin(); };
    std::stable_sort(items_.begin(), items_.end(), [&](const Diagnostic& a, const Diagnostic& b) {
        if (a.loc.file != b.loc.file) return file_rank(a.loc.file) < file_rank(b.loc.file);
        if (a.loc.line != b.loc.line) return a.loc.line < b.loc.line;
        return a.loc.byte_col < b.loc.byte_col;
    });
}

std::string format_message(const Diagnostic& d, Lang lang) {
    const char* pattern = lang == Lang::Vi ? d.message->vi : d.message->en;
    fmt::dynamic_format_arg_store<fmt::format_context> store;
    for (const auto& a : d.args) store.push_back(a);
    try {
        return fmt::vformat(pattern, store);
    } catch (const fmt::format_error&) {
        return pattern;  // a catalogue mistake must not hide the user's problem
    }
}

std::string format_text(const MessageDef& message, const RenderOptions& options, std::vector<std::string> args) {
    Diagnostic d{Severity::Note, &message, std::move(args), SourceLoc{}, {}};
    std::string out = format_message(d, options.lang);
    if (options.show_ids) out += fmt::format(" [{}]", message.id);
    return out;
}

namespace {

const char* severity_word(Severity s) {
    switch (s) {
        case Severity::Error: return "error";
        case Severity::Warning: return "warning";
        case Severity::Note: return "note";
    }
    return "error";
}

}  // namespace

std::string render(const Diagnostic& d, const RenderOptions& options) {
    std::string out;
    if (d.loc.file) {
        out += d.loc.file->path();
        if (d.loc.line > 0) out += fmt::format(":{}:{}", d.loc.line, d.loc.char_col());
        out += ": ";
    }
    out += severity_word(d.severity);
    out += ": ";
    out += format_message(d, options.lang);
    if (!d.suggestion.empty())
        out += options.lang == Lang::Vi ? " (có phải `" + d.suggestion + "`?)" : " (did you mean `" + d.suggestion + "`?)";
    if (options.show_ids) out += fmt::format(" [{}]", d.message->id);
    out += '\n';
    if (d.loc.known()) {
        std::string_view line = d.loc.file->line_text(d.loc.line);
        out += "  ";
        out += line;
        out += "\n  ";
        // Keep tabs so the caret lines up with the source line in a terminal.
        const std::size_t prefix = d.loc.bytes_before();
        std::size_t i = 0;
        while (i < prefix) {
            unsigned char c = static_cast<unsigned char>(line[i]);
            if ((c & 0xC0) != 0x80) out += (c == '\t' ? '\t' : ' ');
            ++i;
        }
        out += "^\n";
    }
    return out;
}

std::string render_all(const Diagnostics& ds, const RenderOptions& options) {
    std::string out;
    for (const auto& d : ds.items()) out += render(d, options);
    return out;
}

}  // namespace chiso
