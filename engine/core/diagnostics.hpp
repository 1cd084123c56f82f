#pragma once
// Issues as data: every phase appends Diagnostics instead of throwing, so a run
// reports all problems of a file at once. Rendering (language, caret) is separate.
#include <string>
#include <vector>

#include "engine/core/messages.hpp"
#include "engine/core/source.hpp"

namespace chiso {

enum class Severity { Error, Warning, Note };

struct Diagnostic {
    Severity severity = Severity::Error;
    const MessageDef* message = nullptr;
    std::vector<std::string> args;
    SourceLoc loc;
    std::string suggestion;  // rendered as "(có phải `x`?)" / "(did you mean `x`?)"
};

class Diagnostics {
public:
    template <typename... Args>
    void error(const SourceLoc& loc, const MessageDef& message, Args&&... args) {
        add(Severity::Error, loc, message, {to_arg(std::forward<Args>(args))...});
    }
    template <typename... Args>
    void warning(const SourceLoc& loc, const MessageDef& message, Args&&... args) {
        add(Severity::Warning, loc, message, {to_arg(std::forward<Args>(args))...});
    }
    template <typename... Args>
    void note(const SourceLoc& loc, const MessageDef& message, Args&&... args) {
        add(Severity::Note, loc, message, {to_arg(std::forward<Args>(args))...});
    }
    void add(Severity severity, const SourceLoc& loc, const MessageDef& message, std::vector<std::string> args);
    void append(const Diagnostics& other);
    // Attaches a "did you mean" suggestion to the last diagnostic (no-op if empty).
    void suggest(const std::string& candidate);

    // A run keeps at most this many messages; later ones are only counted. A file of
    // 256 MiB could otherwise hold tens of millions of mistakes, each kept in memory
    // and printed; a thousand is more than anyone reads before fixing the first.
    static constexpr std::size_t kMaxKept = 1000;
    bool full() const { return items_.size() >= kMaxKept; }
    std::size_t dropped() const { return dropped_; }  // counted, not kept

    bool has_errors() const { return error_count_ > 0; }
    std::size_t error_count() const { return error_count_; }
    const std::vector<Diagnostic>& items() const { return items_; }
    // Orders by file, line, column (stable for equal positions) for deterministic output.
    void sort_by_position();

private:
    static std::string to_arg(std::string s) { return s; }
    static std::string to_arg(const char* s) { return s; }
    static std::string to_arg(std::string_view s) { return std::string(s); }
    template <typename T>
    static std::string to_arg(T v) requires std::is_arithmetic_v<T> { return std::to_string(v); }

    std::vector<Diagnostic> items_;
    std::size_t error_count_ = 0;
    std::size_t dropped_ = 0;
    bool last_dropped_ = false;  // a suggestion then belongs to the dropped message
};

struct RenderOptions {
    Lang lang = Lang::Vi;
    bool show_ids = false;  // append "[message-id]", used by golden coverage tests
};

// "file:line:col: error: message", then the source line and a caret under the
// character column. Severity words stay English ("error", "warning") in both
// languages so editors' problem matchers recognise them; the message is localised.
std::string render(const Diagnostic& d, const RenderOptions& options);
std::string render_all(const Diagnostics& ds, const RenderOptions& options);
std::string format_message(const Diagnostic& d, Lang lang);

// A message on its own (summaries, report lines): localised, with its id when asked.
std::string format_text(const MessageDef& message, const RenderOptions& options, std::vector<std::string> args);
template <typename... Args>
std::string localize(const MessageDef& message, const RenderOptions& options, Args&&... args) {
    Diagnostics tmp;
    tmp.note(SourceLoc{}, message, std::forward<Args>(args)...);
    return format_text(message, options, tmp.items()[0].args);
}

}  // namespace chiso
