#include "engine/input/sheet_difference.hpp"

#include <fmt/format.h>

namespace chiso::input {
namespace {

std::string at(const SourceLoc& l) { return fmt::format("{}:{}", l.line, l.byte_col); }

// Appends "what: a vs b" to `out` when the two differ and nothing was found yet.
template <typename T, typename Show>
void compare(std::string& out, const std::string& what, const T& a, const T& b, Show show) {
    if (out.empty() && !(a == b)) out = fmt::format("{}: {} vs {}", what, show(a), show(b));
}

void compare_loc(std::string& out, const std::string& what, const SourceLoc& a, const SourceLoc& b) {
    compare(out, what + " position", at(a), at(b), [](const std::string& s) { return s; });
}

const auto kText = [](const std::string& s) { return s; };

// Compares values in full (as readers see them), not their compact form: two
// sheets have tables of their own, so equal values may have different ids.
void compare_value(std::string& out, const std::string& what, const std::optional<InputValue>& a,
                   const std::optional<InputValue>& b) {
    if (!out.empty()) return;
    if (a.has_value() != b.has_value()) {
        out = what + ": given in one sheet only";
        return;
    }
    if (!a) return;
    compare(out, what + " kind", static_cast<int>(a->kind), static_cast<int>(b->kind), [](int k) { return std::to_string(k); });
    compare(out, what + " number", a->number, b->number, [](const Rational& r) { return r.to_string(); });
    compare(out, what + " percent", a->percent, b->percent, [](bool v) { return std::string(v ? "yes" : "no"); });
    compare(out, what + " text", a->text, b->text, kText);
    compare(out, what + " boolean", a->boolean, b->boolean, [](bool v) { return std::string(v ? "yes" : "no"); });
    compare(out, what + " names", a->named.size(), b->named.size(), [](std::size_t n) { return std::to_string(n); });
    for (std::size_t i = 0; out.empty() && i < a->named.size(); ++i) {
        compare(out, what + " name", a->named[i].name, b->named[i].name, kText);
        compare(out, what + " named value", a->named[i].value, b->named[i].value,
                [](const Rational& r) { return r.to_string(); });
    }
    compare_loc(out, what, a->loc, b->loc);
    for (std::size_t i = 0; out.empty() && i < a->named.size(); ++i)
        compare_loc(out, what + " named value", a->named[i].loc, b->named[i].loc);
}

void compare_unit(std::string& out, const UnitInput& a, const UnitInput& b) {
    const std::string unit = "unit " + b.id;
    compare(out, unit + " id", a.id, b.id, kText);
    compare(out, unit + " name", a.name, b.name, kText);
    compare(out, unit + " block", a.block, b.block, kText);
    compare(out, unit + " group", a.group, b.group, kText);
    compare(out, unit + " flags", fmt::format("{}", fmt::join(a.flags, "|")), fmt::format("{}", fmt::join(b.flags, "|")), kText);
    compare(out, unit + " predecessors", a.predecessors.has_value(), b.predecessors.has_value(),
            [](bool v) { return std::string(v ? "given" : "absent"); });
    if (out.empty() && a.predecessors)
        compare(out, unit + " predecessors", fmt::format("{}", fmt::join(*a.predecessors, "|")),
                fmt::format("{}", fmt::join(*b.predecessors, "|")), kText);
    compare(out, unit + " predecessor positions", a.predecessor_locs.size(), b.predecessor_locs.size(),
            [](std::size_t n) { return std::to_string(n); });
    for (std::size_t i = 0; out.empty() && i < a.predecessor_locs.size(); ++i)
        compare_loc(out, unit + " predecessor", a.predecessor_locs[i], b.predecessor_locs[i]);
    compare_loc(out, unit, a.loc, b.loc);
    compare_loc(out, unit + " block", a.block_loc, b.block_loc);
    compare_loc(out, unit + " group", a.group_loc, b.group_loc);
    compare(out, unit + " flag positions", a.flag_locs.size(), b.flag_locs.size(),
            [](std::size_t n) { return std::to_string(n); });
    for (std::size_t i = 0; out.empty() && i < a.flag_locs.size(); ++i)
        compare_loc(out, unit + " flag", a.flag_locs[i], b.flag_locs[i]);
    compare(out, unit + " entries", a.entries.size(), b.entries.size(), [](std::size_t n) { return std::to_string(n); });
    for (std::size_t i = 0; out.empty() && i < a.entries.size(); ++i) {
        const NodeEntry& x = a.entries[i];
        const NodeEntry& y = b.entries[i];
        const std::string code = unit + " code " + b.code(y);
        compare(out, code, a.code(x), b.code(y), kText);
        compare_loc(out, code, a.loc_of(x), b.loc_of(y));
        compare_value(out, code + " value", a.value(x), b.value(y));
        compare_value(out, code + " self", a.self(x), b.self(y));
        compare_value(out, code + " appraised", a.appraised(x), b.appraised(y));
    }
}

}  // namespace

std::string first_difference(const ScoreSheet& a, const ScoreSheet& b) {
    std::string out;
    compare(out, "index", a.index, b.index, kText);
    compare(out, "locality", a.locality, b.locality, kText);
    compare(out, "year", a.year, b.year, [](int y) { return std::to_string(y); });
    compare(out, "previous", a.previous, b.previous, kText);
    compare_loc(out, "index", a.index_loc, b.index_loc);
    compare_loc(out, "locality", a.locality_loc, b.locality_loc);
    compare_loc(out, "year", a.year_loc, b.year_loc);
    compare_loc(out, "previous", a.previous_loc, b.previous_loc);
    compare(out, "units", a.units.size(), b.units.size(), [](std::size_t n) { return std::to_string(n); });
    for (std::size_t i = 0; out.empty() && i < a.units.size(); ++i) compare_unit(out, a.units[i], b.units[i]);
    return out;
}

}  // namespace chiso::input
