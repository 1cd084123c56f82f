#include "engine/core/diagnostics.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <algorithm>

#include "engine/core/control_chars.hpp"
#include "engine/core/core_messages.hpp"
#include "engine/core/utf8.hpp"

namespace chiso {
namespace {

std::size_t count_errors(const std::vector<Diagnostic>& items) {
    return static_cast<std::size_t>(
        std::count_if(items.begin(), items.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

}  // namespace

void Diagnostics::add(Severity severity, const SourceLoc& loc, const MessageDef& message, std::vector<std::string> args) {
    if (severity == Severity::Error) ++error_count_;
    last_dropped_ = full();
    if (last_dropped_) {
        ++dropped_;
        return;
    }
    items_.push_back(Diagnostic{severity, &message, std::move(args), loc, {}});
}

void Diagnostics::append(const Diagnostics& other) {
    for (const auto& d : other.items_) {
        add(d.severity, d.loc, *d.message, d.args);
        suggest(d.suggestion);
    }
    // What `other` only counted stays counted (its errors among them).
    dropped_ += other.dropped_;
    error_count_ += other.error_count_ - count_errors(other.items_);
}

void Diagnostics::suggest(const std::string& candidate) {
    if (!items_.empty() && !candidate.empty() && !last_dropped_) items_.back().suggestion = candidate;
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

// One character of an echoed source line: a valid UTF-8 sequence as it is, an
// invalid byte written `\xD2` (the line of a file in CP1258 or TCVN3), so that
// chiso's own output stays valid UTF-8, or a control character but the tab
// written `[U+202E]` (engine/core/control_chars.hpp), so that the echo of a line
// never drives the terminal nor reverses the line it shows.
struct EchoChar {
    std::size_t byte = 0;  // where it starts in the line
    std::string text;
    std::size_t width = 1;  // columns (1 for a character, 4 for an escaped byte)
};

std::vector<EchoChar> echo_chars(std::string_view line) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::vector<EchoChar> out;
    for (std::size_t i = 0; i < line.size();) {
        const std::size_t len = utf8_sequence_length(line, i);
        const std::size_t control = line[i] == '\t' ? 0 : control_char_length(line, i);
        if (control > 0) {
            std::string shown = escape_control_chars(std::string(line.substr(i, control)));
            const std::size_t width = shown.size();
            out.push_back({i, std::move(shown), width});
            i += control;
        } else if (len == 0) {
            const auto b = static_cast<unsigned char>(line[i]);
            out.push_back({i, {'\\', 'x', kHex[b >> 4], kHex[b & 0x0F]}, 4});
            ++i;
        } else {
            out.push_back({i, std::string(line.substr(i, len)), 1});
            i += len;
        }
    }
    return out;
}

// At most this many characters of a long line are echoed, around the caret.
constexpr std::size_t kMaxEchoChars = 100;

// The source line and a caret under the character `prefix` bytes into it. Tabs are
// kept so the caret lines up in a terminal; a long line (a minified score file)
// is cut around the caret, with `…` on each side that was cut.
std::string echo_line(std::string_view line, std::size_t prefix) {
    const std::vector<EchoChar> chars = echo_chars(line);
    std::size_t caret = 0;
    while (caret < chars.size() && chars[caret].byte < prefix) ++caret;
    std::size_t first = 0;
    std::size_t last = chars.size();
    if (chars.size() > kMaxEchoChars) {
        first = caret > kMaxEchoChars / 2 ? caret - kMaxEchoChars / 2 : 0;
        last = std::min(chars.size(), first + kMaxEchoChars);
        first = last - kMaxEchoChars;
    }
    std::string out = "  ";
    if (first > 0) out += "…";
    for (std::size_t i = first; i < last; ++i) out += chars[i].text;
    if (last < chars.size()) out += "…";
    out += "\n  ";
    if (first > 0) out += ' ';
    for (std::size_t i = first; i < caret && i < last; ++i) {
        if (chars[i].text == "\t")
            out += '\t';
        else
            out.append(chars[i].width, ' ');
    }
    out += "^\n";
    return out;
}

}  // namespace

std::string render(const Diagnostic& d, const RenderOptions& options) {
    std::string out;
    // A released score file's line is read again first: if the file changed since it
    // was read, its column in characters is not known either (only the line is shown).
    const bool line_gone = d.loc.known() && (d.loc.file->line_text(d.loc.line), d.loc.file->changed_since_read());
    if (d.loc.file) {
        out += escape_control_chars(d.loc.file->path());  // a file may be named so too
        if (d.loc.line > 0 && line_gone) out += fmt::format(":{}", d.loc.line);
        else if (d.loc.line > 0) out += fmt::format(":{}:{}", d.loc.line, d.loc.char_col());
        out += ": ";
    }
    out += severity_word(d.severity);
    out += ": ";
    out += escape_control_chars(format_message(d, options.lang));  // a name quoted in it may hold one
    if (!d.suggestion.empty())
        out += options.lang == Lang::Vi ? " (có phải `" + d.suggestion + "`?)" : " (did you mean `" + d.suggestion + "`?)";
    if (options.show_ids) out += fmt::format(" [{}]", d.message->id);
    out += '\n';
    if (line_gone) out += "  " + format_text(msg::core::kSourceChanged, options, {}) + "\n";
    else if (d.loc.known()) out += echo_line(d.loc.file->line_text(d.loc.line), d.loc.bytes_before());
    return out;
}

std::string render_all(const Diagnostics& ds, const RenderOptions& options) {
    std::string out;
    for (const auto& d : ds.items()) out += render(d, options);
    if (ds.dropped() > 0)
        out += format_text(msg::core::kMoreNotShown, options,
                           {std::to_string(ds.dropped()), std::to_string(Diagnostics::kMaxKept)}) + "\n";
    return out;
}

}  // namespace chiso
