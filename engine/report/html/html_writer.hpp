#pragma once
// Writing HTML and inline SVG that is always well-formed and escaped. Unit names,
// titles and labels come from users' files: every piece of text and every
// attribute value goes through escape(); only the report's own constants (its
// style sheet and script) are written raw.
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace chiso::html {

// & < > " ' replaced by entities: safe in text and in quoted attribute values.
std::string escape(std::string_view text);

struct Attr {
    std::string_view name;  // a constant of the report, never user text
    std::string value;      // escaped when written
};
using Attrs = std::initializer_list<Attr>;

// Appends elements to a string; closes what it opened, in order.
class Writer {
public:
    Writer& open(std::string_view tag, Attrs attrs = {});
    Writer& open(std::string_view tag, const std::vector<Attr>& attrs);
    Writer& close();                                // the innermost open element
    Writer& text(std::string_view content);         // escaped
    Writer& leaf(std::string_view tag, Attrs attrs, std::string_view content);  // open, text, close
    Writer& leaf(std::string_view tag, std::string_view content) { return leaf(tag, {}, content); }
    Writer& empty(std::string_view tag, Attrs attrs = {});  // <line …/>, <meta …/>
    Writer& raw(std::string_view trusted);          // the report's own markup, CSS, script
    Writer& newline() { return raw("\n"); }

    // The markup; every element opened has been closed (throws otherwise: a bug).
    std::string finish() &&;

private:
    void start_tag(std::string_view tag, const Attr* begin, const Attr* end, bool self_closing);
    std::string out_;
    std::vector<std::string> open_;
};

}  // namespace chiso::html
