#include "engine/report/html/html_writer.hpp"

#include <stdexcept>

namespace chiso::html {

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

void Writer::start_tag(std::string_view tag, const Attr* begin, const Attr* end, bool self_closing) {
    out_ += '<';
    out_ += tag;
    for (const Attr* a = begin; a != end; ++a) {
        out_ += ' ';
        out_ += a->name;
        out_ += "=\"";
        out_ += escape(a->value);
        out_ += '"';
    }
    out_ += self_closing ? "/>" : ">";
}

Writer& Writer::open(std::string_view tag, Attrs attrs) {
    start_tag(tag, attrs.begin(), attrs.end(), false);
    open_.emplace_back(tag);
    return *this;
}

Writer& Writer::open(std::string_view tag, const std::vector<Attr>& attrs) {
    start_tag(tag, attrs.data(), attrs.data() + attrs.size(), false);
    open_.emplace_back(tag);
    return *this;
}

Writer& Writer::close() {
    if (open_.empty()) throw std::logic_error("html::Writer: close() with nothing open");
    out_ += "</" + open_.back() + ">";
    open_.pop_back();
    return *this;
}

Writer& Writer::text(std::string_view content) {
    out_ += escape(content);
    return *this;
}

Writer& Writer::leaf(std::string_view tag, Attrs attrs, std::string_view content) {
    return open(tag, attrs).text(content).close();
}

Writer& Writer::empty(std::string_view tag, Attrs attrs) {
    start_tag(tag, attrs.begin(), attrs.end(), true);
    return *this;
}

Writer& Writer::raw(std::string_view trusted) {
    out_ += trusted;
    return *this;
}

std::string Writer::finish() && {
    if (!open_.empty()) throw std::logic_error("html::Writer: <" + open_.back() + "> left open");
    return std::move(out_);
}

}  // namespace chiso::html
