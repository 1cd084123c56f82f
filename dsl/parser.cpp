// The parser driver: validates the text, then parses it one top-level statement at
// a time so that a syntax error costs only the rest of its statement. This is the
// only translation unit that includes PEGTL.
#include "dsl/parser.hpp"

#include <tao/pegtl.hpp>

#include "dsl/grammar.hpp"
#include "dsl/parse_actions.hpp"
#include "dsl/parse_errors.hpp"
#include "dsl/parse_messages.hpp"
#include "dsl/parse_state.hpp"
#include "dsl/syntax_error.hpp"
#include "dsl/text_utils.hpp"
#include "engine/core/utf8.hpp"

namespace chiso::dsl {

namespace {

namespace g = grammar;
namespace pegtl = tao::pegtl;
using Input = pegtl::memory_input<pegtl::tracking_mode::eager, pegtl::eol::lf_crlf, std::string>;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

SourceLoc loc_of_offset(const SourceFile& file, std::size_t offset) {
    const auto [line, column] = file.line_col(offset);
    return SourceLoc{&file, line, column};
}

bool statement_starts_at(const std::string& text, std::size_t offset) {
    pegtl::memory_input<> in(text.data() + offset, text.data() + text.size(), "");
    return pegtl::parse<pegtl::at<g::statement_start>>(in);
}

std::size_t first_word(const std::string& text, std::size_t line_start) {
    std::size_t word = line_start;
    while (word < text.size() && (text[word] == ' ' || text[word] == '\t')) ++word;
    return word;
}

// Where to go on after a syntax error at `error` in the statement that began at
// `start`: the first line, from the error's own line on, whose first word starts a
// statement (the error's line counts when the error is at its first word, which is
// where a forgotten `}` is noticed). Always after `start`, so the parser makes
// progress; a keyword in the middle of a line is not trusted as a new statement.
std::size_t resume_offset(const std::string& text, std::size_t start, std::size_t error) {
    std::size_t line = error == 0 ? 0 : text.rfind('\n', error - 1) + 1;  // npos + 1 == 0
    while (line < text.size()) {
        const std::size_t word = first_word(text, line);
        if (word >= error && word > start && statement_starts_at(text, word)) return word;
        const std::size_t end_of_line = text.find('\n', line);
        if (end_of_line == std::string::npos) break;
        line = end_of_line + 1;
    }
    return text.size();
}

bool node_starts_at(const std::string& text, std::size_t offset) {
    pegtl::memory_input<> in(text.data() + offset, text.data() + text.size(), "");
    return pegtl::parse<pegtl::at<g::node_kind>>(in);
}

bool tree_statement_at(const std::string& text, std::size_t offset) {
    pegtl::memory_input<> in(text.data() + offset, text.data() + text.size(), "");
    return pegtl::parse<pegtl::at<g::st_tree>>(in);
}

bool edit_tree_statement_at(const std::string& text, std::size_t offset) {
    pegtl::memory_input<> in(text.data() + offset, text.data() + text.size(), "");
    return pegtl::parse<pegtl::at<g::edit_tree_ahead>>(in);
}

bool tree_edit_starts_at(const std::string& text, std::size_t offset) {
    pegtl::memory_input<> in(text.data() + offset, text.data() + text.size(), "");
    return pegtl::parse<pegtl::at<g::tree_edit_word>>(in);
}

std::string hex_byte(unsigned char byte) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    return {kDigits[byte >> 4], kDigits[byte & 0x0F]};
}

class Driver {
public:
    Driver(const SourceFile& file, Diagnostics& diags) : file_(file), diags_(diags), state_(file, diags) {}

    void run(std::size_t offset) {
        // Once this file's messages are full (Diagnostics::kMaxKept) and include an error,
        // so the file is refused anyway, parsing the rest of a file made of mistakes
        // would only cost time.
        while (offset < file_.text().size() && !(diags_.full() && diags_.has_errors())) offset = parse_from(offset);
        state_.finish();
    }

    ast::File take() { return std::move(state_.file); }

private:
    // Parses statements from `offset` until the end (returns the text size) or
    // until a syntax error (returns where to resume).
    std::size_t parse_from(std::size_t offset) {
        const std::string& text = file_.text();
        const auto [line, column] = file_.line_col(offset);
        Input in(text.data() + offset, text.data() + text.size(), file_.path(), offset, line, column);
        pegtl::parse<g::leading_space>(in);
        while (!in.empty()) {
            const std::size_t start = state_.offset(in.current());
            state_.begin_statement();
            try {
                pegtl::parse<pegtl::must<g::statement>, build::action, errors::control>(in, state_);
            } catch (const SyntaxError& error) {
                state_.report(*error.message, loc_of_offset(file_, error.offset), error.args);
                const std::size_t resume = resume_offset(text, start, error.offset);
                if (tree_statement_at(text, start)) check_node_lines(error.offset, resume);
                if (edit_tree_statement_at(text, start)) check_edit_lines(error.offset, resume);
                return resume;
            }
        }
        return text.size();
    }

    // After an error inside a tree the rest of the tree is skipped, but each later
    // line that starts a node is still checked on its own (its children aside), so
    // one run reports the mistakes of every node, not only the first.
    void check_node_lines(std::size_t error, std::size_t resume) {
        const std::string& text = file_.text();
        std::size_t line = text.find('\n', error);
        while (line != std::string::npos && line + 1 < resume) {
            const std::size_t word = first_word(text, line + 1);
            if (word < resume && node_starts_at(text, word)) check_node_header(word);
            line = text.find('\n', line + 1);
        }
    }

    // The same inside `edit tree`: each later line that starts a change (or a node,
    // in the children of an added node) is checked on its own.
    void check_edit_lines(std::size_t error, std::size_t resume) {
        const std::string& text = file_.text();
        std::size_t line = text.find('\n', error);
        while (line != std::string::npos && line + 1 < resume) {
            const std::size_t word = first_word(text, line + 1);
            if (word < resume && tree_edit_starts_at(text, word)) check_line<g::tree_edit_line>(word, true);
            if (word < resume && node_starts_at(text, word)) check_line<g::node_header>(word, true);
            line = text.find('\n', line + 1);
        }
    }

    void check_node_header(std::size_t offset) { check_line<g::node_header>(offset, false); }

    template <typename Rule>
    void check_line(std::size_t offset, bool in_tree_edit) {
        const std::string& text = file_.text();
        const auto [line, column] = file_.line_col(offset);
        Input in(text.data() + offset, text.data() + text.size(), file_.path(), offset, line, column);
        // A throwaway state with a tree (or a tree edit) to hang the node on: what it
        // builds is dropped, what it reports (syntax errors, repeated attributes) is kept.
        build::State probe(file_, diags_);
        probe.open_tree(loc_of_offset(file_, offset));
        if (in_tree_edit) probe.open_tree_edit(loc_of_offset(file_, offset));
        try {
            pegtl::parse<Rule, build::action, errors::control>(in, probe);
        } catch (const SyntaxError& error) {
            probe.report(*error.message, loc_of_offset(file_, error.offset), error.args);
        }
    }

    const SourceFile& file_;
    Diagnostics& diags_;
    build::State state_;
};

}  // namespace

std::optional<ast::File> parse(const SourceFile& file, Diagnostics& diags) {
    Diagnostics found;
    const std::string& text = file.text();
    if (auto bad = first_invalid_utf8(text)) {
        const auto byte = static_cast<unsigned char>(text[*bad]);
        found.error(loc_of_offset(file, *bad), kInvalidUtf8, hex_byte(byte));
        diags.append(found);
        return std::nullopt;
    }
    Driver driver(file, found);
    driver.run(text.starts_with(kBom) ? kBom.size() : 0);
    found.sort_by_position();
    diags.append(found);
    if (found.has_errors()) return std::nullopt;
    return driver.take();
}

}  // namespace chiso::dsl
