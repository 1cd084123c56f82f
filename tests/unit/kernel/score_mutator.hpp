#pragma once
// Mutates a score sheet the ways users get values wrong or unusual, per rule kind:
// random numbers (whole, decimal, thirds, percentages, negative), levels as written,
// in capitals or unknown, yes/no, named inputs (zero divisors, unknown or missing
// variables), answer counts, "không áp dụng", missing values, totals given at inner
// nodes, self-assessed and appraised values, bonuses over their cap. Driven by a
// byte source: a seeded generator in the differential test, the fuzzer's bytes in
// fuzz/fuzz_kernel.cpp. Header-only, for both.
#include <cstdint>
#include <random>
#include <string>
#include <variant>
#include <vector>

#include "engine/core/overloaded.hpp"
#include "engine/core/upper_case.hpp"
#include "engine/plan/code_lookup.hpp"
#include "engine/input/score_sheet.hpp"
#include "engine/model/definition.hpp"

namespace chiso::testing {

// Bytes, from a generator or from a buffer (0 once the buffer is spent).
class ByteSource {
public:
    explicit ByteSource(std::uint64_t seed) : rng_(seed) {}
    ByteSource(const std::uint8_t* data, std::size_t size) : data_(data), size_(size), buffered_(true) {}
    std::uint32_t below(std::uint32_t n) {  // 0..n-1 (n > 0)
        if (!buffered_) return static_cast<std::uint32_t>(rng_() % n);
        std::uint32_t v = 0;
        for (int i = 0; i < 2; ++i) v = (v << 8) | (pos_ < size_ ? data_[pos_++] : 0u);
        return v % n;
    }
    bool spent() const { return buffered_ && pos_ >= size_; }

private:
    std::mt19937_64 rng_;
    const std::uint8_t* data_ = nullptr;
    std::size_t size_ = 0, pos_ = 0;
    bool buffered_ = false;
};

class ScoreMutator {
public:
    ScoreMutator(const Definition& def, ByteSource& bytes) : def_(def), bytes_(bytes) {}

    void mutate(ScoreSheet& sheet, int changes) {
        for (int i = 0; i < changes && !sheet.units.empty() && !bytes_.spent(); ++i) mutate_one(sheet);
    }

private:
    void mutate_one(ScoreSheet& sheet) {
        UnitInput& unit = sheet.units[bytes_.below(static_cast<std::uint32_t>(sheet.units.size()))];
        const BlockDef* block = find_unit_block(def_, unit.block);
        if (!block) return;
        const TreeDef& tree = def_.tree_of(*block);
        const NodeDef& node = tree.nodes[bytes_.below(static_cast<std::uint32_t>(tree.nodes.size()))];
        const std::uint32_t action = bytes_.below(8);
        if (action == 0) return remove(unit, node.code);
        NodeEntry& e = entry(unit, node.code);
        const SourceLoc at = unit.loc_of(e);
        switch (action) {
            case 1: unit.set_value(e, not_applicable(at)); break;
            case 2: unit.set_value(e, fitting_value(node, at)); break;
            case 3: unit.set_value(e, any_value(node, at)); break;
            case 4: unit.set_self(e, fitting_value(node, at)); break;
            case 5: unit.set_appraised(e, fitting_value(node, at)); break;
            case 6: unit.set_value(e, number(Rational(static_cast<std::int64_t>(bytes_.below(1000))), false, at)); break;
            default:  // a value of the right kind, its self-assessment of another
                unit.set_value(e, fitting_value(node, at));
                if (bytes_.below(2)) unit.set_self(e, fitting_value(node, at));
                break;
        }
    }

    static void remove(UnitInput& unit, const std::string& code) {
        for (auto it = unit.entries.begin(); it != unit.entries.end(); ++it)
            if (unit.code(*it) == code) {
                unit.entries.erase(it);
                return;
            }
    }

    static NodeEntry& entry(UnitInput& unit, const std::string& code) {
        for (auto& e : unit.entries)
            if (unit.code(e) == code) return e;
        return unit.add_entry(code, unit.loc);
    }

    static InputValue not_applicable(const SourceLoc& loc) {
        InputValue v;
        v.kind = InputValue::Kind::NotApplicable;
        v.text = "không áp dụng";
        v.loc = loc;
        return v;
    }

    static InputValue number(Rational n, bool percent, const SourceLoc& loc) {
        InputValue v;
        v.kind = InputValue::Kind::Number;
        v.number = std::move(n);
        v.percent = percent;
        v.loc = loc;
        return v;
    }

    // Mostly small, sometimes fractional (halves, hundredths, thirds), rarely negative or huge.
    Rational some_number(std::int64_t scale) {
        static constexpr std::int64_t kDens[] = {1, 1, 2, 4, 10, 100, 1000, 3, 7};
        const std::int64_t den = kDens[bytes_.below(9)];
        std::int64_t num = static_cast<std::int64_t>(bytes_.below(static_cast<std::uint32_t>(scale * den + 1)));
        if (bytes_.below(20) == 0) num = -num;
        if (bytes_.below(50) == 0) num = std::int64_t{1} << (40 + bytes_.below(22));
        return Rational(num, den);
    }

    InputValue text(const std::string& t, const SourceLoc& loc) {
        InputValue v;
        v.kind = InputValue::Kind::Text;
        v.text = t;
        v.loc = loc;
        return v;
    }

    InputValue boolean(const SourceLoc& loc) {
        InputValue v;
        v.kind = InputValue::Kind::Boolean;
        v.boolean = bytes_.below(2) != 0;
        v.text = v.boolean ? "có" : "không";
        v.loc = loc;
        return v;
    }

    InputValue named(const std::vector<std::string>& names, std::int64_t scale, const SourceLoc& loc) {
        InputValue v;
        v.kind = InputValue::Kind::Named;
        v.loc = loc;
        for (const auto& n : names) {
            if (bytes_.below(15) == 0) continue;  // a variable left out
            v.named.push_back(NamedValue{n, bytes_.below(4) == 0 ? Rational(0) : some_number(scale), loc});
        }
        if (bytes_.below(15) == 0) {
            v.named.push_back(NamedValue{"khac", Rational(1), loc});
        }
        return v;
    }

    // A value of the kind the node's rule reads (what a careful user enters).
    InputValue fitting_value(const NodeDef& node, const SourceLoc& loc) {
        const std::int64_t max = std::max<std::int64_t>(1, node.max.is_big() ? 1 : node.max.num() / node.max.den());
        if (!node.is_leaf() || !node.rule) return number(some_number(max), false, loc);
        const auto ratio = [&](const std::optional<ExprDef>& of) {
            if (of) return named(node.inputs, 60, loc);
            return bytes_.below(2) ? number(Rational(static_cast<std::int64_t>(bytes_.below(1200)), 10), true, loc)
                                   : number(Rational(static_cast<std::int64_t>(bytes_.below(101)), 100), false, loc);
        };
        const auto count = [&] { return number(Rational(static_cast<std::int64_t>(bytes_.below(6))), false, loc); };
        return std::visit(
            overloaded{
                // A kind without a case of its own (points; a new kind of standard
                // operands, which the plan declines): a number from 0 to max.
                [&]<class Kind>(const Kind&) { return number(some_number(max), false, loc); },
                [&](const rule::YesNo&) { return boolean(loc); },
                [&](const rule::Levels& r) {
                    if (r.levels.empty()) return text("?", loc);
                    const std::string& label = r.levels[bytes_.below(static_cast<std::uint32_t>(r.levels.size()))].label;
                    return text(bytes_.below(5) == 0 ? upper_case(label) : label, loc);
                },
                [&](const rule::Bands& r) { return ratio(r.of); },
                [&](const rule::Proportional& r) { return ratio(r.of); },
                [&](const rule::Rate&) {
                    return number(Rational(static_cast<std::int64_t>(bytes_.below(1001)), 10), bytes_.below(2) != 0, loc);
                },
                [&](const rule::Answers& r) {
                    std::vector<std::string> labels;
                    for (const auto& a : r.answers) labels.push_back(a.label);
                    return named(labels, 40, loc);
                },
                [&](const rule::Bonus&) { return count(); },
                [&](const rule::Deduction&) { return count(); },
                [&](const rule::DeductPerEvent&) { return count(); },
                [&](const rule::Formula&) { return named(node.inputs, 60, loc); },
            },
            node.rule->body);
    }

    // Any kind at all.
    InputValue any_value(const NodeDef& node, const SourceLoc& loc) {
        switch (bytes_.below(5)) {
            case 0: return number(some_number(100), bytes_.below(2) != 0, loc);
            case 1: return text(bytes_.below(2) ? "tốt" : "Xuất sắc", loc);
            case 2: return boolean(loc);
            case 3: return named(node.inputs.empty() ? std::vector<std::string>{"A", "B"} : node.inputs, 20, loc);
            default: return fitting_value(node, loc);
        }
    }

    const Definition& def_;
    ByteSource& bytes_;
};

}  // namespace chiso::testing
