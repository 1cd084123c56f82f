#include "engine/input/fast_scores.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <functional>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "engine/core/control_chars.hpp"
#include "engine/core/normalise.hpp"
#include "engine/core/utf8.hpp"
#include "engine/input/value_parsing.hpp"
#include "engine/input/yaml_loader.hpp"

namespace chiso::input {
namespace {

// Thrown at the first thing the fast reader does not handle; caught once, at the top.
struct Decline {};

[[noreturn]] void decline() { throw Decline{}; }

// The first `c` in `s` from `from` on, or npos. string_view::find calls memchr, whose
// call costs more than the search on the few bytes of a key, a value or a flow map.
std::size_t find_char(std::string_view s, char c, std::size_t from = 0) {
    for (std::size_t i = from; i < s.size(); ++i)
        if (s[i] == c) return i;
    return std::string_view::npos;
}

// The first byte that is not a space, from `from` on, or npos.
std::size_t skip_spaces(std::string_view s, std::size_t from = 0) {
    while (from < s.size() && s[from] == ' ') ++from;
    return from < s.size() ? from : std::string_view::npos;
}

// The first ": " in `s` from `from` on, or npos (string_view::find of two
// characters is a memchr call and a compare for each colon).
std::size_t find_colon_space(std::string_view s, std::size_t from) {
    for (std::size_t i = find_char(s, ':', from); i != std::string_view::npos; i = find_char(s, ':', i + 1))
        if (i + 1 < s.size() && s[i + 1] == ' ') return i;
    return std::string_view::npos;
}

// Equal texts, compared inline: values are a few bytes, less than a memcmp call.
bool same_text(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i]) return false;
    return true;
}

// An ASCII letter, digit or sign: a character tidy_text keeps as it is.
bool has_visible_ascii(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c > 0x20 && c < 0x7F; });
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Nested brackets, quotes or a comment inside a one-line `[…]` or `{…}`.
// (std::string_view::find_first_of calls memchr once per character.)
// (One table lookup a byte rather than seven comparisons.)
constexpr std::array<bool, 256> kFlowIndicator = [] {
    std::array<bool, 256> flow{};
    for (char c : std::string_view("[]{}\"'#")) flow[static_cast<unsigned char>(c)] = true;
    return flow;
}();

bool has_flow_indicator(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return kFlowIndicator[static_cast<unsigned char>(c)]; });
}

bool blank(std::string_view s) { return skip_spaces(s) == std::string_view::npos; }

// Printable ASCII without blanks or capitals (`1.1.1`, most codes) is its own tidy
// form and its own key (engine/core/normalise.hpp): neither needs computing.
bool own_key(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c > 0x20 && c < 0x7F && !(c >= 'A' && c <= 'Z');
    });
}

// `12`, `-3.25`, `8.` as m / 10^s with the least s (trailing zeros of the fraction
// dropped), as SheetPool::pack stores the Rational that read_scalar gives for them:
// an optional minus, a digit first, at most one point, at most 18 digits (so that
// m < 10^18 and 10^s hold in 64 bits and parse_decimal cannot refuse it as too long).
// Anything else (`+8`, `.5`, `1e3`, more digits) is left to read_scalar.
bool short_decimal(std::string_view s, std::int64_t& m, std::uint8_t& scale) {
    const bool negative = !s.empty() && s[0] == '-';
    if (negative) s.remove_prefix(1);
    if (s.empty() || s[0] < '0' || s[0] > '9') return false;
    std::int64_t n = 0;
    int digits = 0, fraction = -1;  // fraction: digits after the point, -1: no point
    for (const char c : s) {
        if (c == '.' && fraction < 0) {
            fraction = 0;
            continue;
        }
        if (c < '0' || c > '9' || ++digits > 18) return false;
        n = n * 10 + (c - '0');
        if (fraction >= 0) ++fraction;
    }
    for (; fraction > 0 && n % 10 == 0; --fraction) n /= 10;
    m = negative ? -n : n;
    scale = static_cast<std::uint8_t>(fraction > 0 ? fraction : 0);
    return true;
}

// A scalar as written: its text (without quotes) and its 1-based byte column.
struct Scalar {
    std::string_view text;
    std::uint32_t col = 0;
};

// One line of the file without its newline.
struct Line {
    std::string_view text;
    std::uint32_t number = 0;
    std::uint32_t indent = 0;
};

class Cursor {
public:
    explicit Cursor(std::string_view text) : text_(text) { advance(); }

    bool done() const { return done_; }
    const Line& line() const { return line_; }
    // Moves to the next line that holds something (comments and blank lines skipped).
    void advance() {
        while (pos_ < text_.size()) {
            const std::size_t end = std::min(text_.find('\n', pos_), text_.size());
            std::string_view t = text_.substr(pos_, end - pos_);
            pos_ = end + 1;
            ++number_;
            // A document marker: several documents, or a directive's end. (A first
            // line `...` is no top-level key either: declined there or here alike.)
            if (t.size() >= 3 && (t[0] == '-' || t[0] == '.') && t[1] == t[0] && t[2] == t[0]) throw Decline{};
            const std::size_t first = skip_spaces(t);
            if (first == std::string_view::npos || t[first] == '#') continue;
            line_ = Line{t, number_, static_cast<std::uint32_t>(first)};
            return;
        }
        done_ = true;
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
    std::uint32_t number_ = 0;
    bool done_ = false;
    Line line_;
};

bool only_comment(std::string_view rest) {
    const std::size_t first = skip_spaces(rest);
    return first == std::string_view::npos || (rest[first] == '#' && first > 0);
}

// What plain words, numbers and names of a score file are made of. Anything else
// (`?`, `&`, `*`, `!`, `|`, quotes …) has a meaning somewhere in YAML, and a YAML
// reader reads some of it in its own way (`{c?ong_khai: 45}` was an error for
// yaml-cpp, found by fuzz_fast_scores), so a file with it goes to the full reader.
// (One table lookup per byte: every key and value of a national file passes here.)
constexpr std::array<bool, 256> kPlain = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x80; c < 256; ++c) plain[static_cast<std::size_t>(c)] = true;
    for (char c = '0'; c <= '9'; ++c) plain[static_cast<unsigned char>(c)] = true;
    for (char c = 'a'; c <= 'z'; ++c) plain[static_cast<unsigned char>(c)] = true;
    for (char c = 'A'; c <= 'Z'; ++c) plain[static_cast<unsigned char>(c)] = true;
    for (char c : std::string_view(" _.-+/%(),;:")) plain[static_cast<unsigned char>(c)] = true;
    return plain;
}();

// kPlain but for the space and the colon, which plain_value looks past.
constexpr std::array<bool, 256> kPlainWord = [] {
    std::array<bool, 256> word = kPlain;
    word[static_cast<unsigned char>(' ')] = word[static_cast<unsigned char>(':')] = false;
    return word;
}();

bool plain_characters(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char ch) { return kPlain[static_cast<unsigned char>(ch)]; });
}

// What may not start a plain value, and a plain key (YAML's indicators).
constexpr std::array<bool, 256> indicators(std::string_view chars) {
    std::array<bool, 256> table{};
    for (char c : chars) table[static_cast<unsigned char>(c)] = true;
    return table;
}
constexpr std::array<bool, 256> kValueIndicator = indicators("&*!|>%@`,?:[]{}#");
constexpr std::array<bool, 256> kKeyIndicator = indicators("&*!|>%@`,?:[]{}#\"'-");

// A quoted scalar that closes on its line without escapes; `s` starts at the quote.
// (No control character can be inside: the file has none, has_unusual_character_or_invalid_utf8.)
Scalar quoted(std::string_view s, std::uint32_t col, std::string_view& rest) {
    const char q = s[0];
    // One pass to the closing quote; inside double quotes, an escape (the full
    // reader's) before it declines.
    std::size_t close = 1;
    while (close < s.size() && s[close] != q && !(q == '"' && s[close] == '\\')) ++close;
    if (close == s.size() || s[close] != q) decline();
    const std::string_view inner = s.substr(1, close - 1);
    if (q == '\'' && close + 1 < s.size() && s[close + 1] == '\'') decline();
    rest = s.substr(close + 1);
    return Scalar{inner, col};
}

// A plain scalar as YAML reads it in block context, or a decline where YAML
// would read something else (indicators, null, a nested `key: value`).
Scalar plain_value(std::string_view s, std::uint32_t col) {
    if (s.empty() || kValueIndicator[static_cast<unsigned char>(s[0])]) decline();
    if (s[0] == '-' && (s.size() == 1 || s[1] == ' ')) decline();
    // One pass: where a comment (" #") ends it, a character that is not plain, a
    // nested `key: value` or a trailing colon (`:` before a blank or the end).
    std::size_t end = s.size();
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (kPlainWord[static_cast<unsigned char>(c)]) continue;  // most bytes: one lookup
        if (!kPlain[static_cast<unsigned char>(c)]) decline();
        const bool last = i + 1 == s.size();
        if (c == ' ' && !last && s[i + 1] == '#') {
            end = i;
            break;
        }
        if (c == ':' && (last || s[i + 1] == ' ')) decline();
    }
    std::string_view text = s.substr(0, end);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (text.empty()) decline();
    if (text == "~" || text == "null" || text == "Null" || text == "NULL") decline();
    return Scalar{text, col};
}

// A scalar value in block context: quoted (nothing but a comment after it) or plain.
Scalar block_scalar(std::string_view s, std::uint32_t col) {
    if (s.empty()) decline();
    if (s[0] == '"' || s[0] == '\'') {
        std::string_view rest;
        Scalar v = quoted(s, col, rest);
        if (!only_comment(rest)) decline();
        return v;
    }
    return plain_value(s, col);
}

// `key: rest` at the start of `s` (which is at column `col`): the key, and what
// follows the colon with its column (empty when the value is on the next lines).
struct KeyValue {
    Scalar key;
    std::string_view rest;
    std::uint32_t rest_col = 0;
};

KeyValue key_value(std::string_view s, std::uint32_t col) {
    KeyValue kv;
    std::size_t after;  // index of the colon
    if (s[0] == '"' || s[0] == '\'') {
        std::string_view rest;
        kv.key = quoted(s, col, rest);
        if (rest.empty() || rest[0] != ':') decline();
        after = s.size() - rest.size();
    } else {
        after = find_char(s, ':');
        if (after == std::string_view::npos || after == 0) decline();
        const std::string_view key = s.substr(0, after);
        if (key.back() == ' ' || key.find(" #") != std::string_view::npos) decline();
        if (kKeyIndicator[static_cast<unsigned char>(key[0])] || !plain_characters(key)) decline();
        kv.key = Scalar{key, col};
    }
    if (after + 1 < s.size() && s[after + 1] != ' ') decline();  // `a:b` is one plain scalar
    std::size_t value = skip_spaces(s, after + 1);
    if (value == std::string_view::npos || s[value] == '#') {
        kv.rest = {};
    } else {
        kv.rest = s.substr(value);
        kv.rest_col = col + static_cast<std::uint32_t>(value);
    }
    return kv;
}

// One `name: number` of the named form, with the line it is on.
struct NamedScalar {
    Scalar key, value;
    std::uint32_t line = 0;
};

class FastReader {
public:
    explicit FastReader(const SourceFile& file)
        : file_(file), cursor_(file.text()), pool_(std::make_shared<SheetPool>(&file)) {}

    ScoreSheet read() {
        ScoreSheet sheet;
        sheet.source = &file_;
        sheet.pool = pool_;
        std::array<bool, 5> seen{};  // index, locality, year, units, previous
        while (!cursor_.done()) {
            const Line& l = cursor_.line();
            if (l.indent != 0) decline();
            const KeyValue kv = key_value(l.text, 1);
            const std::size_t slot = top_slot(kv.key.text);
            if (seen[slot]) decline();
            seen[slot] = true;
            if (slot == 3) {
                if (!kv.rest.empty()) decline();
                cursor_.advance();
                read_units(sheet);
                continue;
            }
            const Scalar v = block_scalar(kv.rest, kv.rest_col);
            if (v.text.empty() || blank(v.text)) decline();
            const SourceLoc at = loc(l, v.col);
            if (slot == 0) sheet.index = v.text, sheet.index_loc = at;
            if (slot == 1) sheet.locality = v.text, sheet.locality_loc = at;
            if (slot == 4) sheet.previous = v.text, sheet.previous_loc = at;
            if (slot == 2) {
                if (!all_digits(v.text) || v.text.size() > 4 || std::stoi(std::string(v.text)) == 0) decline();
                sheet.year = std::stoi(std::string(v.text));
                sheet.year_loc = at;
            }
            cursor_.advance();
        }
        if (!(seen[0] && seen[1] && seen[2] && seen[3])) decline();
        return sheet;
    }

private:
    SourceLoc loc(const Line& l, std::uint32_t col) const { return SourceLoc{&file_, l.number, col}; }

    static std::size_t top_slot(std::string_view key) {
        static constexpr std::array<std::string_view, 5> kKeys{"index", "locality", "year", "units", "previous"};
        const auto it = std::find(kKeys.begin(), kKeys.end(), key);
        if (it == kKeys.end()) decline();
        return static_cast<std::size_t>(it - kKeys.begin());
    }

    // `- id: …` items at one indent, each a block map two columns further in.
    void read_units(ScoreSheet& sheet) {
        if (cursor_.done()) decline();
        const std::uint32_t dash = cursor_.line().indent;
        while (!cursor_.done() && cursor_.line().indent == dash && cursor_.line().text.substr(dash, 2) == "- ") {
            sheet.units.push_back(read_unit());
        }
        if (sheet.units.empty()) decline();  // `units:` then something else
        if (!cursor_.done() && cursor_.line().indent != 0) decline();
    }

    UnitInput read_unit() {
        const Line first = cursor_.line();
        const std::uint32_t keys = first.indent + 2;
        if (first.text.size() <= keys || first.text[keys] == ' ') decline();
        UnitInput unit;
        unit.pool = pool_;
        unit.loc = loc(first, keys + 1);
        std::array<bool, 7> seen{};
        bool first_key = true;
        while (!cursor_.done()) {
            const Line& l = cursor_.line();
            if (!first_key && l.indent != keys) break;
            const KeyValue kv = key_value(l.text.substr(keys), keys + 1);
            first_key = false;
            read_unit_key(l, kv, seen, unit);
        }
        if (!(seen[0] && seen[1] && seen[2])) decline();
        return unit;
    }

    void read_unit_key(const Line& l, const KeyValue& kv, std::array<bool, 7>& seen, UnitInput& unit) {
        static constexpr std::array<std::string_view, 7> kKeys{"id", "name", "block", "group", "flags", "scores",
                                                               "predecessors"};
        const auto it = std::find(kKeys.begin(), kKeys.end(), kv.key.text);
        if (it == kKeys.end()) decline();
        const auto slot = static_cast<std::size_t>(it - kKeys.begin());
        if (seen[slot]) decline();
        seen[slot] = true;
        if (slot == 5) {
            if (!kv.rest.empty()) decline();
            const std::uint32_t unit_indent = l.indent;
            cursor_.advance();
            read_scores(unit_indent, unit);
            return;
        }
        if (slot == 4 || slot == 6) {
            read_list(l, kv, slot == 4 ? unit.flags : unit.predecessors.emplace(),
                      slot == 6 ? unit.predecessor_locs : unit.flag_locs);
            cursor_.advance();
            return;
        }
        const Scalar v = block_scalar(kv.rest, kv.rest_col);
        // Only blanks: the full reader reports. A visible ASCII character survives
        // tidying, so a name needs no ICU pass to tell (engine/core/normalise.hpp).
        if (blank(v.text) || (!has_visible_ascii(v.text) && tidy_text(v.text).empty())) decline();
        // Ids, blocks and groups tidied and compared as the full reader does
        // (engine/core/normalise.hpp), so both give the same ScoreSheet.
        if (slot == 0) {
            if (!ids_.insert(text_key(v.text)).second) decline();  // a duplicate: the full loader names both lines
            unit.id = tidy_text(v.text);
        }
        if (slot == 1) unit.name = v.text;
        if (slot == 2) unit.block = tidy_text(v.text), unit.block_loc = loc(l, v.col);
        if (slot == 3) unit.group = tidy_text(v.text), unit.group_loc = loc(l, v.col);
        cursor_.advance();
    }

    // `[a, b]` on one line, plain items, tidied; no item twice.
    void read_list(const Line& l, const KeyValue& kv, std::vector<std::string>& out, std::vector<SourceLoc>& locs) {
        std::string_view s = kv.rest;
        if (s.empty() || s[0] != '[') decline();
        const std::size_t close = find_char(s, ']');
        if (close == std::string_view::npos || !only_comment(s.substr(close + 1))) decline();
        const std::string_view inner = s.substr(1, close - 1);
        if (has_flow_indicator(inner)) decline();
        if (blank(inner)) return;
        std::size_t start = 0;
        while (start <= inner.size()) {
            const std::size_t comma = std::min(find_char(inner, ',', start), inner.size());
            std::string_view item = inner.substr(start, comma - start);
            const std::size_t lead = skip_spaces(item);
            if (lead == std::string_view::npos) decline();
            const auto col = kv.rest_col + 1 + static_cast<std::uint32_t>(start + lead);
            std::string tidy = tidy_text(plain_value(item.substr(lead), col).text);
            if (tidy.empty()) decline();
            const auto same = [&](const std::string& other) { return text_key(other) == text_key(tidy); };
            if (std::any_of(out.begin(), out.end(), same)) decline();
            out.push_back(std::move(tidy));
            locs.push_back(loc(l, col));
            start = comma + 1;
        }
    }

    // The codes of `scores:`, one per line, deeper than the unit's keys.
    void read_scores(std::uint32_t unit_indent, UnitInput& unit) {
        if (cursor_.done() || cursor_.line().indent <= unit_indent) decline();
        const std::uint32_t indent = cursor_.line().indent;
        keys_.clear();
        entries_.clear();
        while (!cursor_.done() && cursor_.line().indent >= indent) {
            const Line l = cursor_.line();
            if (l.indent != indent) decline();
            const KeyValue kv = key_value(l.text.substr(indent), indent + 1);
            const CachedCode code = code_at(entries_.size(), kv.key.text);
            keys_.push_back(code.key);
            cursor_.advance();
            entries_.push_back(read_entry(l, kv, code.id, indent, entries_.size()));
        }
        // Read into a reused vector, kept at its exact size: growth by doubling
        // would leave a third of a national file's entries unused.
        unit.entries.assign(entries_.begin(), entries_.end());
        // A code given twice (two codes of one normalised key): key ids in increasing
        // order (every unit of a bulk file lists its codes in the first unit's order)
        // cannot repeat; otherwise a sorted copy is searched.
        if (std::adjacent_find(keys_.begin(), keys_.end(), std::greater_equal<>()) == keys_.end()) return;
        sorted_keys_.assign(keys_.begin(), keys_.end());
        std::sort(sorted_keys_.begin(), sorted_keys_.end());
        if (std::adjacent_find(sorted_keys_.begin(), sorted_keys_.end()) != sorted_keys_.end()) decline();
    }

    // A code as written, its normalised form interned in the sheet (the code id) and
    // its comparison key (a key id, for duplicates: `1.1` and `"1.1\u00a0"` are one
    // code). Bulk files write the same codes in the same order for every unit, so the
    // code last seen at an entry's position is compared first: most codes of a file
    // are normalised and hashed once, not once per unit.
    struct CachedCode {
        std::string_view written;  // into the file's text
        CodeId id = 0;
        std::uint32_t key = 0;
    };
    const CachedCode& code_at(std::size_t position, std::string_view written) {
        if (position >= code_cache_.size()) code_cache_.resize(position + 1);
        CachedCode& cached = code_cache_[position];
        if (cached.written.data() != nullptr && same_text(cached.written, written)) return cached;
        const bool own = own_key(written);
        cached.written = written;
        cached.id = pool_->code_id(own ? std::string(written) : tidy_text(written));
        const std::string key = own ? std::string(written) : text_key(written);
        cached.key = key_ids_.try_emplace(key, static_cast<std::uint32_t>(key_ids_.size())).first->second;
        return cached;
    }

    // One code's values (the cursor is past the code's line). The common entry, a
    // plain value or a `{dat: 47, tong: 51}` on the code's line, goes straight into
    // its compact form; the rest is drafted in full and packed (pack_entry), as the
    // full reader does.
    NodeEntry read_entry(const Line& l, const KeyValue& kv, CodeId code, std::uint32_t indent, std::size_t position) {
        NodeEntry direct;
        direct.code = code;
        pool_->place(direct, SheetPos{l.number, kv.key.col}, 0);
        if (!kv.rest.empty() && kv.rest[0] != '{') {
            direct.value = direct_scalar(l, block_scalar(kv.rest, kv.rest_col), position);
            return direct;
        }
        EntryDraft& entry = draft_;
        entry.clear();
        entry.loc = loc(l, kv.key.col);
        if (kv.rest.empty()) {
            read_block_entry(indent, entry);
        } else {
            flow_pairs(l, kv.rest, kv.rest_col, pairs_);
            if (direct_named(pairs_, SheetPos{l.number, kv.rest_col}, direct.value)) return direct;
            set_entry(l, pairs_, loc(l, kv.rest_col), entry);
        }
        if (source_conflict(entry)) decline();  // the full reader reports it
        return pack_entry(*pool_, code, entry);
    }

    // A plain value in compact form: what pool_->pack(read_scalar(text)) gives, without
    // the InputValue. A value's meaning depends on its text alone, so it is worked out
    // once per distinct text (by TextId: the text is interned first, as pack would) and
    // copied after; a short decimal is read straight into m / 10^s. The text last
    // seen at the entry's position is compared first, as codes are (code_at): a
    // level or yes/no criterion has few texts, and the same one in unit after unit.
    SheetValue direct_scalar(const Line& l, const Scalar& s, std::size_t position) {
        std::string_view t = s.text;  // read_scalar trims; a quoted text may have spaces
        while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
        while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
        if (position >= value_cache_.size()) value_cache_.resize(position + 1);
        SeenText& seen = value_cache_[position];
        if (seen.written.data() == nullptr || !same_text(seen.written, t)) seen = SeenText{t, pool_->text_id(t)};
        const TextId id = seen.id;
        if (id >= known_.size()) known_.resize(id + 1);
        SheetValue v = known_[id];
        if (!v.present()) {
            v = classify(t, id);
            if ((v.flags & SheetValue::kBigNumber) == 0) known_[id] = v;  // a big one has its own pool slot
        }
        v.pos = SheetPos{l.number, s.col};
        return v;
    }

    // The first reading of a text: a short decimal or percentage (digit first: no
    // reserved word can be it, read_scalar's test) directly, anything else by read_scalar.
    SheetValue classify(std::string_view t, TextId id) {
        SheetValue v;
        const bool percent = t.back() == '%';
        std::string_view number = percent ? t.substr(0, t.size() - 1) : t;
        while (percent && !number.empty() && number.back() == ' ') number.remove_suffix(1);
        const std::size_t first = number.size() > 1 && number[0] == '-' ? 1 : 0;
        if (first < number.size() && number[first] >= '0' && number[first] <= '9' &&
            short_decimal(number, v.payload, v.scale)) {
            v.kind = static_cast<std::uint8_t>(InputValue::Kind::Number);
            v.text = id;
            if (percent) v.flags |= SheetValue::kPercent;
            return v;
        }
        auto reading = read_scalar(t);
        auto* full = std::get_if<InputValue>(&reading);
        if (!full) decline();  // a problem: the full reader reports it
        return pool_->pack(*full);
    }

    // `{dat: 47, tong: 51}` as a named value straight into the pool, when every name is
    // no source word and every number a short decimal; false (nothing added) otherwise,
    // for named_value or set_entry to read. The same declines as named_value's.
    bool direct_named(const std::vector<NamedScalar>& pairs, SheetPos at, SheetValue& out) {
        items_.clear();
        for (const NamedScalar& p : pairs) {
            if (is_source_name(p.key.text)) return false;
            if (looks_like_thousands(p.value.text)) decline();
            SheetPool::NamedDraft item;
            if (!short_decimal(p.value.text, item.number, item.scale)) return false;
            item.pos = SheetPos{p.line, p.value.col};
            items_.push_back(item);
        }
        // The names interned in order, as pack does after the named text ("": id 0).
        for (std::size_t i = 0; i < pairs.size(); ++i) {
            items_[i].name = name_id(pairs[i].key.text);
            for (std::size_t k = 0; k < i; ++k)
                if (items_[k].name == items_[i].name) decline();  // a name twice
        }
        out = pool_->add_named(at, items_);
        return true;
    }

    // The text id of a name of a named value, remembered for the few names of a
    // file (`dat`, `tong`): interned the first time, as pack would, then found here.
    TextId name_id(std::string_view name) {
        for (const SeenText& seen : names_)
            if (same_text(seen.written, name)) return seen.id;
        const TextId id = pool_->text_id(name);
        if (names_.size() < 16) names_.push_back(SeenText{name, id});
        return id;
    }

    // source_key of a name, remembered for the few names of a file (`dat`, `tong`).
    bool is_source_name(std::string_view name) {
        for (const auto& [written, source] : source_names_)
            if (same_text(written, name)) return source;
        const bool source = source_key(name).has_value();
        if (source_names_.size() < 16) source_names_.emplace_back(name, source);
        return source;
    }

    // A code whose value is on the next lines: a block map of sources or of names.
    void read_block_entry(std::uint32_t code_indent, EntryDraft& entry) {
        if (cursor_.done() || cursor_.line().indent <= code_indent) decline();
        const std::uint32_t indent = cursor_.line().indent;
        std::vector<Line>& lines = lines_;
        std::vector<KeyValue>& kvs = kvs_;
        lines.clear();
        kvs.clear();
        while (!cursor_.done() && cursor_.line().indent >= indent) {
            const Line l = cursor_.line();
            if (l.indent != indent) decline();
            kvs.push_back(key_value(l.text.substr(indent), indent + 1));
            lines.push_back(l);
            cursor_.advance();
        }
        const bool sources = std::all_of(kvs.begin(), kvs.end(), [](const KeyValue& k) {
            return source_key(k.key.text).has_value();
        });
        if (sources) {
            for (std::size_t i = 0; i < kvs.size(); ++i) set_source(lines[i], kvs[i], entry);
            return;
        }
        pairs_.clear();
        for (std::size_t i = 0; i < kvs.size(); ++i) {
            if (kvs[i].rest.empty() || kvs[i].rest[0] == '{') decline();
            pairs_.push_back(NamedScalar{kvs[i].key, block_scalar(kvs[i].rest, kvs[i].rest_col), lines[i].number});
        }
        entry.value = named_value(pairs_, loc(lines.front(), indent + 1));
    }

    // One `tự_chấm: …` line of a block map of sources.
    void set_source(const Line& l, const KeyValue& kv, EntryDraft& entry) {
        if (kv.rest.empty()) decline();
        const ValueSource source = *source_key(kv.key.text);
        if (kv.rest[0] == '{') {
            flow_pairs(l, kv.rest, kv.rest_col, pairs_);
            if (std::any_of(pairs_.begin(), pairs_.end(), [](const auto& p) { return source_key(p.key.text).has_value(); }))
                decline();
            set_source_value(source, named_value(pairs_, loc(l, kv.rest_col)), entry);
            return;
        }
        set_source_value(source, scalar_value(l, block_scalar(kv.rest, kv.rest_col)), entry);
    }

    // "self" and "tự_chấm" name the same source: given twice, the full loader reports it.
    static void set_source_value(ValueSource source, InputValue value, EntryDraft& entry) {
        switch (source) {
            case ValueSource::Self:
                if (entry.self) decline();
                entry.self = std::move(value);
                return;
            case ValueSource::Appraised:
                if (entry.appraised) decline();
                entry.appraised = std::move(value);
                return;
            case ValueSource::Value:
                if (entry.value) decline();
                entry.value = std::move(value);
                return;
        }
    }

    // `{a: 1, b: 2}` closing on line `l`, plain scalars only, into `pairs`
    // (the reader's reused buffer: no allocation per value).
    static void flow_pairs(const Line& l, std::string_view s, std::uint32_t col, std::vector<NamedScalar>& pairs) {
        if (simple_flow_pairs(l, s, col, pairs)) return;
        general_flow_pairs(l, s, col, pairs);
    }

    // The common shape of a named value, `{dat: 47, tong: 51}` to the line's end —
    // names of ASCII letters, digits and '_', numbers of digits and points after an
    // optional minus, single commas — read in one pass into the pairs
    // general_flow_pairs gives for it; false for anything else (`pairs` then
    // undefined), which general_flow_pairs reads, or declines, as before.
    static bool simple_flow_pairs(const Line& l, std::string_view s, std::uint32_t col,
                                  std::vector<NamedScalar>& pairs) {
        pairs.clear();
        const auto name_char = [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        };
        const auto digit = [](char c) { return c >= '0' && c <= '9'; };
        const auto at = [&](std::size_t i) { return col + static_cast<std::uint32_t>(i); };
        std::size_t i = 1;  // s[0] is the `{`
        for (;;) {
            while (i < s.size() && s[i] == ' ') ++i;
            const std::size_t name = i;
            while (i < s.size() && name_char(s[i])) ++i;
            const std::string_view key = s.substr(name, i - name);
            // YAML's null words are no name: general_flow_pairs declines them.
            if (key.empty() || key == "null" || key == "Null" || key == "NULL") return false;
            if (i + 1 >= s.size() || s[i] != ':' || s[i + 1] != ' ') return false;
            i += 2;
            while (i < s.size() && s[i] == ' ') ++i;
            const std::size_t number = i;
            if (i < s.size() && s[i] == '-') ++i;
            if (i == s.size() || !digit(s[i])) return false;  // `-` alone, `-.5`: not this shape
            while (i < s.size() && (digit(s[i]) || s[i] == '.')) ++i;
            const std::string_view value = s.substr(number, i - number);
            while (i < s.size() && s[i] == ' ') ++i;
            if (i == s.size()) return false;
            pairs.push_back(NamedScalar{Scalar{key, at(name)}, Scalar{value, at(number)}, l.number});
            if (s[i] == '}') return i + 1 == s.size();
            if (s[i] != ',') return false;
            ++i;
        }
    }

    static void general_flow_pairs(const Line& l, std::string_view s, std::uint32_t col,
                                   std::vector<NamedScalar>& pairs) {
        const std::size_t close = find_char(s, '}');
        if (close == std::string_view::npos || !only_comment(s.substr(close + 1))) decline();
        const std::string_view inner = s.substr(1, close - 1);
        if (has_flow_indicator(inner) || blank(inner)) decline();
        pairs.clear();
        std::size_t start = 0;
        while (start <= inner.size()) {
            const std::size_t comma = std::min(find_char(inner, ',', start), inner.size());
            const std::string_view part = inner.substr(start, comma - start);
            const std::size_t lead = skip_spaces(part);
            if (lead == std::string_view::npos) decline();
            const std::size_t colon = find_colon_space(part, lead);
            if (colon == std::string_view::npos) decline();
            const std::size_t value = skip_spaces(part, colon + 1);
            if (value == std::string_view::npos) decline();
            const auto at = [&](std::size_t i) { return col + 1 + static_cast<std::uint32_t>(start + i); };
            const Scalar key = plain_value(part.substr(lead, colon - lead), at(lead));
            const Scalar val = plain_value(part.substr(value), at(value));
            pairs.push_back(NamedScalar{key, val, l.number});
            start = comma + 1;
        }
    }

    void set_entry(const Line& l, const std::vector<NamedScalar>& pairs, const SourceLoc& map_loc, EntryDraft& entry) {
        const auto is_source = [](const NamedScalar& p) { return source_key(p.key.text).has_value(); };
        if (std::all_of(pairs.begin(), pairs.end(), is_source)) {
            for (const NamedScalar& p : pairs) set_source_value(*source_key(p.key.text), scalar_value(l, p.value), entry);
            return;
        }
        if (std::any_of(pairs.begin(), pairs.end(), is_source)) decline();
        entry.value = named_value(pairs, map_loc);
    }

    // {done: 8, assigned: 10}: whole or decimal numbers, no name twice, nothing the
    // full loader would question (a percentage, `1.180` read as thousands).
    InputValue named_value(const std::vector<NamedScalar>& pairs, const SourceLoc& map_loc) const {
        InputValue named;
        named.kind = InputValue::Kind::Named;
        named.loc = map_loc;
        named.named.reserve(pairs.size());  // the one allocation of a named value
        for (const NamedScalar& p : pairs) {
            for (const NamedValue& earlier : named.named)
                if (earlier.name == p.key.text) decline();
            if (looks_like_thousands(p.value.text)) decline();
            auto reading = read_scalar(p.value.text);
            auto* v = std::get_if<InputValue>(&reading);
            if (!v || v->kind != InputValue::Kind::Number || v->percent) decline();
            named.named.push_back(NamedValue{std::string(p.key.text), v->number, SourceLoc{&file_, p.line, p.value.col}});
        }
        return named;
    }

    // yaml_loader.cpp's `ambiguous_dot`: 1.180 among counts.
    static bool looks_like_thousands(std::string_view s) {
        const std::size_t dot = find_char(s, '.');
        return dot != std::string_view::npos && dot >= 1 && dot <= 3 && s.size() == dot + 4 &&
               all_digits(s.substr(0, dot)) && all_digits(s.substr(dot + 1));
    }

    InputValue scalar_value(const Line& l, const Scalar& s) const {
        auto reading = read_scalar(s.text);
        auto* v = std::get_if<InputValue>(&reading);
        if (!v) decline();
        v->loc = loc(l, s.col);
        return std::move(*v);
    }

    const SourceFile& file_;
    Cursor cursor_;
    std::unordered_set<std::string> ids_;  // normalised keys
    std::vector<std::uint32_t> keys_, sorted_keys_;  // key ids of the unit's codes, reused
    std::vector<CachedCode> code_cache_;             // by entry position
    struct SeenText {
        std::string_view written;  // into the file's text
        TextId id = 0;
    };
    std::vector<SeenText> value_cache_;  // by entry position: the plain value last read there
    std::vector<SeenText> names_;        // the names of named values met so far (a few)
    std::unordered_map<std::string, std::uint32_t> key_ids_;  // normalised key -> key id
    // Buffers reused from value to value and unit to unit, so that reading a
    // value allocates only what the ScoreSheet keeps.
    std::vector<NodeEntry> entries_;
    EntryDraft draft_;
    std::shared_ptr<SheetPool> pool_;  // the sheet's tables, which every unit shares
    std::vector<NamedScalar> pairs_;
    std::vector<SheetPool::NamedDraft> items_;
    std::vector<SheetValue> known_;  // by TextId: the compact value of a plain value with that text
    std::vector<std::pair<std::string_view, bool>> source_names_;  // into the file's text
    std::vector<Line> lines_;
    std::vector<KeyValue> kvs_;
};

// Characters YAML treats apart or refuses, which the full reader reports or reads
// its own way: tabs, carriage returns, other control characters (C0, DEL, C1), a
// byte-order mark inside the text, the non-characters U+FFFE and U+FFFF.
// Many bytes at a time first: a run of printable ASCII and line feeds (no high
// bit, no other byte below 0x20, no DEL) cannot hold any of them, and most of a
// score file is such.
#if defined(__SSE2__)
constexpr std::size_t kRun = 16;
bool plain_run(const unsigned char* p) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    // As signed bytes, those at or above 0x80 are negative: `< 0x20` takes them too.
    const __m128i low = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
    const __m128i line_feed = _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'));
    const __m128i del = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F));
    return _mm_movemask_epi8(_mm_or_si128(_mm_andnot_si128(line_feed, low), del)) == 0;
}
#else
constexpr std::size_t kRun = 8;
bool plain_run(const unsigned char* p) {
    std::uint64_t x = 0;
    std::memcpy(&x, p, sizeof x);
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    const auto has_zero = [&](std::uint64_t v) { return ((v - kOnes) & ~v & kHigh) != 0; };
    if ((x & kHigh) != 0) return false;
    // A byte below 0x20, a line feed too (no high bits: exact): read one at a time.
    if (((x - 0x2020202020202020ull) & kHigh) != 0) return false;
    return !has_zero(x ^ 0x7F7F7F7F7F7F7F7Full);
}
#endif

// One character at text[i] of the kinds named above, a control character above
// ASCII (engine/core/control_chars.hpp), or a byte that is not UTF-8, as
// first_invalid_utf8 rules them: the same function decides each sequence. `len`:
// the bytes to step over when it is none of them.
bool unusual_at(std::string_view text, std::size_t i, std::size_t& len) {
    const auto* b = reinterpret_cast<const unsigned char*>(text.data());
    const unsigned char c = b[i];
    len = 1;
    if ((c >= 0x20 && c < 0x7F) || c == '\n') return false;
    if (c < 0x80) return true;  // C0 controls (tab, CR …) and DEL
    len = utf8_sequence_length(text, i);
    if (len == 0) return true;  // not UTF-8
    // U+202E, U+2028 …, anywhere (even in a comment, where YAML would not mind):
    // a file without any, nearly every file, needs no scalar searched for one.
    if (control_char_length(text, i) != 0) return true;
    if (c == 0xC2 && b[i + 1] <= 0x9F) return true;  // C1
    return c == 0xEF && ((b[i + 1] == 0xBB && b[i + 2] == 0xBF) || (b[i + 1] == 0xBF && b[i + 2] >= 0xBE));
    // U+FEFF, U+FFFE, U+FFFF
}

// One pass for both questions: either sends the file to the full reader, so one
// answer serves both. A run that is not plain is read a character at a time.
bool has_unusual_character_or_invalid_utf8(std::string_view text) {
    const auto* b = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        if (i + kRun <= n && plain_run(b + i)) {
            i += kRun;
            continue;
        }
        for (const std::size_t end = std::min(n, i + kRun); i < end;) {
            std::size_t len = 0;
            if (unusual_at(text, i, len)) return true;
            i += len;
        }
    }
    return false;
}

}  // namespace

std::optional<ScoreSheet> fast_load_score_sheet(const SourceFile& file) {
    const std::string& text = file.text();
    // What the full loader reports or reads its own way: too large, not UTF-8, a
    // byte-order mark (columns), tabs and carriage returns, documents, anchors.
    if (text.size() > kMaxScoreFileBytes || file.bom_bytes() != 0) return std::nullopt;
    if (has_unusual_character_or_invalid_utf8(text)) return std::nullopt;
    // Document markers (`---`, `...` at a line's start) decline in the reader's line split.
    try {
        return FastReader(file).read();
    } catch (const Decline&) {
        return std::nullopt;
    }
}

}  // namespace chiso::input
