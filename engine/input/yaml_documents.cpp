#include "engine/input/yaml_documents.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

#include "engine/core/control_chars.hpp"
#include "engine/input/input_messages.hpp"

namespace chiso::input {
namespace {

// Looks at the raw text the way a YAML reader does, only as far as needed to find
// the quote of load_documents (yaml_documents.hpp): where tokens start, quoted
// texts, comments, block texts (`|`, `>`) and `[ ]`/`{ }` nesting (where a token
// may start after `,`).
class PreScan {
public:
    explicit PreScan(const std::string& text) : text_(text) {
        if (text_.starts_with("\xEF\xBB\xBF")) bom_ = 3;
    }

    void run() {
        std::size_t i = bom_;
        while (i < text_.size()) i = line(i);
    }

private:
    // One line from `start` (or the rest of a quoted text that spans lines); returns
    // where the next line starts.
    std::size_t line(std::size_t start) {
        std::size_t i = start;
        while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t')) ++i;
        const std::size_t indent = i - start;
        if (block_indent_ && (i >= text_.size() || text_[i] == '\n' || text_[i] == '\r' || indent > *block_indent_)) {
            return next_line(i);  // inside a block text: not YAML
        }
        block_indent_.reset();
        bool token_start = true;  // at the start of a value: after indentation, `- `, `: `, `[`, `{`, `,`
        char last = '\0';
        while (i < text_.size() && text_[i] != '\n') {
            const char c = text_[i];
            if (c == ' ' || c == '\t' || c == '\r') {
                if (depth_ > 0 || last == ':' || last == '-' || last == '?') token_start = true;
                last = c;
                ++i;
                continue;
            }
            if (c == '#' && (last == ' ' || last == '\t' || last == '\0')) return next_line(i);
            if (token_start && c == '"') {
                i = double_quoted(i);
            } else if (token_start && c == '\'') {
                i = single_quoted(i);
            } else if ((c == '[' || c == '{') && (token_start || depth_ > 0)) {
                ++depth_;
                ++i;
            } else if ((c == ']' || c == '}') && depth_ > 0) {
                --depth_;
                ++i;
            } else if ((c == '|' || c == '>') && token_start && depth_ == 0) {
                block_indent_ = indent;
                return next_line(i);
            } else {
                ++i;
            }
            last = i > 0 ? text_[i - 1] : '\0';
            token_start = depth_ > 0 && (c == '[' || c == '{' || c == ',');
        }
        return i < text_.size() ? i + 1 : i;
    }

    std::size_t next_line(std::size_t i) const {
        const std::size_t end = text_.find('\n', i);
        return end == std::string::npos ? text_.size() : end + 1;
    }

    // From the opening `"`: returns the position after the closing one. A text that
    // runs over a line end into a line that looks like `key:` or `- ` was not closed
    // there: the `"` that libyaml would take as its end belongs to a later text.
    // (A text closed nowhere is left to the loader, which reports it at its quote.)
    std::size_t double_quoted(std::size_t open) {
        bool runs_into_entry = false;
        for (std::size_t i = open + 1; i < text_.size(); ++i) {
            if (text_[i] == '\\') {
                ++i;
            } else if (text_[i] == '"') {
                if (runs_into_entry) {
                    throw DocumentProblem{YamlMark{open}, &msg::input::kUnclosedQuote, {}};
                }
                return i + 1;
            } else if (text_[i] == '\n' && looks_like_new_entry(i + 1)) {
                runs_into_entry = true;
            }
        }
        return text_.size();
    }

    std::size_t single_quoted(std::size_t open) const {
        for (std::size_t i = open + 1; i < text_.size(); ++i) {
            if (text_[i] != '\'') continue;
            if (i + 1 < text_.size() && text_[i + 1] == '\'') {
                ++i;  // '' is a quote inside the text
                continue;
            }
            return i + 1;
        }
        return text_.size();
    }

    // `  name: x`, `  "1.1": x` or `  - id: x`: the start of a new entry, not the
    // continuation of a text.
    bool looks_like_new_entry(std::size_t i) const {
        while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t')) ++i;
        if (i + 1 < text_.size() && text_[i] == '-' && (text_[i + 1] == ' ' || text_[i + 1] == '\n')) return true;
        std::size_t k = i;
        while (k < text_.size()) {
            const auto c = static_cast<unsigned char>(text_[k]);
            if (std::isalnum(c) == 0 && c != '_' && c != '-' && c != '.' && c < 0x80) break;
            ++k;
        }
        if (k == i || k >= text_.size() || text_[k] != ':') return false;
        return k + 1 >= text_.size() || text_[k + 1] == ' ' || text_[k + 1] == '\n' || text_[k + 1] == '\r';
    }

    const std::string& text_;
    std::size_t bom_ = 0;
    int depth_ = 0;
    std::optional<std::size_t> block_indent_;
};

// The first U+0085, U+2028 or U+2029 (input.yaml-line-break): a line break to libyaml,
// invisible in an editor. Found anywhere, comments included: a file has no use for them.
// The text is valid UTF-8 by now, so their byte sequences can only be those characters.
void refuse_yaml_only_line_breaks(const std::string& text) {
    struct Break {
        std::string_view bytes;
        char32_t code;
    };
    constexpr Break kBreaks[] = {{"\xC2\x85", 0x85}, {"\xE2\x80\xA8", 0x2028}, {"\xE2\x80\xA9", 0x2029}};
    std::size_t first = std::string::npos;
    char32_t code = 0;
    for (const Break& b : kBreaks) {
        const std::size_t at = std::string_view(text).find(b.bytes);
        if (at < first) {
            first = at;
            code = b.code;
        }
    }
    if (code != 0) throw DocumentProblem{YamlMark{first}, &msg::input::kYamlLineBreak, {describe_control_char(code)}};
}

}  // namespace

std::shared_ptr<const YamlTree> load_documents(const std::string& text) {
    refuse_yaml_only_line_breaks(text);
    PreScan(text).run();
    return YamlTree::parse(text);
}

}  // namespace chiso::input
