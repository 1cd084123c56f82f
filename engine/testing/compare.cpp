#include "engine/testing/compare.hpp"

#include <algorithm>
#include <map>

#include "engine/core/normalise.hpp"
#include "engine/core/suggest.hpp"
#include "engine/plan/code_lookup.hpp"
#include "engine/testing/testing_messages.hpp"

namespace chiso::cases {
namespace {

namespace m = msg::testing;

// "91.93" -> "91,93" in Vietnamese, as the reports print numbers
// (engine/report/view/number_format.hpp, which the engine does not see).
std::string decimal(std::string text, Lang lang) {
    if (lang == Lang::Vi) std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

std::string quoted(const std::string& label) { return "“" + label + "”"; }

// "[a, b]", as lists are written in the case file; one entry alone stays bare
// when `bare_single`.
std::string as_list(const std::vector<std::string>& parts, bool bare_single = false) {
    if (bare_single && parts.size() == 1) return parts.front();
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
    return "[" + out + "]";
}

struct Located {
    const BlockResult* block = nullptr;
    const UnitResult* unit = nullptr;
};

class Comparer {
public:
    Comparer(const TestCase& tc, const Results& results, const RenderOptions& options, Diagnostics& diags)
        : tc_(tc), results_(results), def_(*results.definition), options_(options), diags_(diags) {
        for (const auto& block : results_.blocks) {
            for (const auto& unit : block.units) {
                units_.emplace(text_key(unit.id), Located{&block, &unit});  // by normalised id
                unit_ids_.push_back(unit.id);
            }
        }
    }

    std::vector<CheckOutcome> run() {
        for (const auto& unit : tc_.units_expected) check_unit(unit);
        for (const auto& block : tc_.blocks_expected) check_block(block);
        return std::move(out_);
    }

private:
    template <typename... Args>
    std::string say(const MessageDef& message, Args&&... args) const {
        return localize(message, options_, std::forward<Args>(args)...);
    }

    // An index, statistic, points or maximum as the reports publish it (exactly
    // `places` decimals, Definition::published) when that is its exact value; else
    // the exact value, to places + 4 decimals — the check compares the exact value,
    // so the figure shown must be the one compared.
    std::string number_text(const Rational& value) const {
        if (def_.published(value) == value) return decimal(value.to_fixed(def_.places), options_.lang);
        return decimal(value.to_string(def_.places + 4), options_.lang);
    }
    std::string expected_text(const ExpectedNumber& e) const {
        std::string out = decimal(e.text, options_.lang);
        if (tc_.tolerance && !tc_.tolerance->value.is_zero()) out += " ± " + decimal(tc_.tolerance->text, options_.lang);
        return out;
    }
    bool near(const Rational& actual, const ExpectedNumber& e) const {
        const Rational difference = actual < e.value ? e.value - actual : actual - e.value;
        return tc_.tolerance ? difference <= tc_.tolerance->value : difference.is_zero();
    }

    void add(bool passed, const std::string& subject, std::string check, std::string expected, std::string actual) {
        out_.push_back(CheckOutcome{passed, subject, std::move(check), std::move(expected), std::move(actual)});
    }
    void add_number(const std::string& subject, const MessageDef& check, const ExpectedNumber& e,
                    const Rational& actual, const std::string& actual_text) {
        add(near(actual, e), subject, say(check), expected_text(e), actual_text);
    }
    void add_whole(const std::string& subject, std::string check, const ExpectedWhole& e, std::int64_t actual) {
        add(e.value == actual, subject, std::move(check), std::to_string(e.value), std::to_string(actual));
    }

    template <typename... Args>
    void problem(const SourceLoc& at, const MessageDef& message, Args&&... args) {
        diags_.error(at, message, std::forward<Args>(args)...);
    }
    void suggest(const std::string& word, const std::vector<std::string>& candidates) {
        diags_.suggest(closest_match(word, candidates));
    }

    const LadderDef* ladder(const std::string& id, const SourceLoc& at) {
        for (const auto& l : def_.ladders)
            if (l.id == id) return &l;
        problem(at, m::kUnknownLadder, id);
        std::vector<std::string> ids;
        for (const auto& l : def_.ladders) ids.push_back(l.id);
        suggest(id, ids);
        return nullptr;
    }

    // The labels of `ladder` for `block`, in rung order; nullopt (reported) when the
    // ladder does not classify that block.
    std::optional<std::vector<std::string>> labels(const LadderDef& ladder, const std::string& block,
                                                   const SourceLoc& at) {
        const LadderSectionDef* section = ladder.section_for(block);
        if (section == nullptr) {
            problem(at, m::kLadderNotForBlock, ladder.id, block);
            return std::nullopt;
        }
        std::vector<std::string> out;
        for (const auto& rung : section->rungs)
            if (std::find(out.begin(), out.end(), rung.label) == out.end()) out.push_back(rung.label);
        return out;
    }

    bool known_label(const LadderDef& ladder, const std::string& block, const std::string& label, const SourceLoc& at) {
        auto all = labels(ladder, block, at);
        if (!all) return false;
        if (std::find(all->begin(), all->end(), label) != all->end()) return true;
        problem(at, m::kUnknownLabel, ladder.id, label, block);
        suggest(label, *all);
        return false;
    }

    // --- units ---

    void check_unit(const UnitExpectation& e) {
        const auto found = units_.find(text_key(e.id));
        if (found == units_.end()) {
            problem(e.loc, m::kUnknownUnit, e.id);
            suggest(e.id, unit_ids_);
            return;
        }
        const UnitResult& u = *found->second.unit;
        const std::string subject = say(m::kUnit, e.id);
        if (e.index) add_number(subject, m::kIndex, *e.index, u.published, number_text(u.published));
        if (e.points) add_number(subject, m::kPoints, *e.points, u.points, number_text(u.points));
        if (e.max) add_number(subject, m::kUnitMax, *e.max, u.max, number_text(u.max));
        if (e.rank) add_whole(subject, say(m::kRank), *e.rank, u.rank);
        if (!e.rank_in.empty()) {
            std::vector<std::string> ranks;
            bool in = false;
            for (const auto& r : e.rank_in) {
                ranks.push_back(std::to_string(r.value));
                in = in || r.value == u.rank;
            }
            add(in, subject, say(m::kRank), say(m::kOneOf, as_list(ranks)), std::to_string(u.rank));
        }
        if (e.block) {
            if (def_.find_block(e.block->value) == nullptr) {
                unknown_block(e.block->value, e.block->loc);
            } else {
                add(u.block == e.block->value, subject, say(m::kUnitBlock), e.block->value, u.block);
            }
        }
        for (const auto& c : e.classes) check_class(subject, u, c);
        for (const auto& n : e.nodes) check_node(*found->second.block, u, n);
    }

    // A node's points and applicable maximum, found by its code as score files name
    // it (exactly, or equal after normalisation: code_lookup.hpp).
    void check_node(const BlockResult& block, const UnitResult& u, const ExpectedNode& n) {
        const TreeDef& tree = def_.tree_of(*block.block);
        const CodeLookup codes(tree);
        const NodeId id = codes.find(n.code);
        if (id == kNoNode || id == 0) {
            problem(n.loc, m::kUnknownNode, n.code, tree.id, u.id);
            diags_.suggest(codes.suggest(n.code));
            return;
        }
        const std::string subject = say(m::kUnitNode, u.id, tree.nodes[id].code);
        const NodeValue value = block.node(u, id);
        if (n.points) add_number(subject, m::kPoints, *n.points, value.points, number_text(value.points));
        if (n.max) add_number(subject, m::kUnitMax, *n.max, value.max, number_text(value.max));
    }

    void check_class(const std::string& subject, const UnitResult& u, const ExpectedClass& c) {
        const LadderDef* l = ladder(c.ladder, c.ladder_loc);
        if (l == nullptr) return;
        if (c.label && !known_label(*l, u.block, *c.label, c.label_loc)) return;
        const auto actual = u.classes.find(c.ladder);
        const std::optional<std::string> got =
            actual == u.classes.end() ? std::nullopt : std::optional<std::string>(actual->second);
        const auto show = [&](const std::optional<std::string>& label) {
            return label ? quoted(*label) : say(m::kNoClass);
        };
        add(got == c.label, subject, say(m::kClass, c.ladder), show(c.label), show(got));
    }

    // --- blocks ---

    void unknown_block(const std::string& id, const SourceLoc& at) {
        problem(at, m::kUnknownBlock, id);
        std::vector<std::string> ids;
        for (const auto& b : def_.blocks) ids.push_back(b.id);
        suggest(id, ids);
    }

    // The unit of the block named by an `order`/`first`/`last` entry; reported
    // when it is in another block or nowhere.
    const UnitResult* member(const BlockResult& block, const ExpectedText& id) {
        const auto found = units_.find(text_key(id.value));
        if (found == units_.end()) {
            problem(id.loc, m::kUnknownUnit, id.value);
            std::vector<std::string> ids;
            for (const auto& u : block.units) ids.push_back(u.id);
            suggest(id.value, ids.empty() ? unit_ids_ : ids);
            return nullptr;
        }
        if (found->second.block != &block) {
            problem(id.loc, m::kNotInBlock, id.value, block.block->id, found->second.block->block->id);
            return nullptr;
        }
        return found->second.unit;
    }

    void check_block(const BlockExpectation& e) {
        const auto found = std::find_if(results_.blocks.begin(), results_.blocks.end(),
                                        [&](const BlockResult& b) { return b.block->id == e.id; });
        if (found == results_.blocks.end()) {
            unknown_block(e.id, e.loc);
            return;
        }
        const BlockResult& b = *found;
        const BlockStats& s = b.stats;
        const std::string subject = say(m::kBlock, e.id);
        if (e.count) add_whole(subject, say(m::kCount), *e.count, static_cast<std::int64_t>(s.count));
        const auto statistic = [&](const std::optional<ExpectedNumber>& expected, const MessageDef& check,
                                   const Rational& actual) {
            if (!expected) return;
            if (s.count == 0) add(false, subject, say(check), expected_text(*expected), say(m::kNoUnits));
            else add_number(subject, check, *expected, actual, number_text(actual));
        };
        statistic(e.mean, m::kMean, s.mean);
        statistic(e.min, m::kMin, s.min);
        statistic(e.max, m::kMax, s.max);
        for (const auto& stat : e.stats) check_stat(subject, b, stat);
        for (const auto& c : e.classes) check_class_count(subject, b, c);
        if (!e.order.empty()) check_order(subject, b, e.order);
        if (e.first) check_end(subject, b, *e.first, m::kFirst, true);
        if (e.last) check_end(subject, b, *e.last, m::kLast, false);
    }

    void check_stat(const std::string& subject, const BlockResult& b, const ExpectedStat& e) {
        // BlockStats::counted is parallel to the criteria's statistics (engine/eval/block_stats.hpp).
        const auto declared = std::find_if(def_.stats.begin(), def_.stats.end(),
                                           [&](const StatDef& s) { return s.id == e.stat; });
        const auto i = static_cast<std::size_t>(declared - def_.stats.begin());
        if (declared == def_.stats.end() || i >= b.stats.counted.size()) {
            problem(e.loc, m::kUnknownStat, e.stat);
            std::vector<std::string> ids;
            for (const auto& stat : def_.stats) ids.push_back(stat.id);
            suggest(e.stat, ids);
            return;
        }
        add_whole(subject, say(m::kStat, e.stat), e.count, static_cast<std::int64_t>(b.stats.counted[i]));
    }

    void check_class_count(const std::string& subject, const BlockResult& b, const ExpectedClassCount& e) {
        const LadderDef* l = ladder(e.ladder, e.ladder_loc);
        if (l == nullptr || !known_label(*l, b.block->id, e.label, e.label_loc)) return;
        std::size_t count = 0;
        for (const auto& u : b.units) {
            if (!u.ranked) continue;  // as the block's statistics: units not ranked are not counted
            const auto c = u.classes.find(e.ladder);
            if (c != u.classes.end() && c->second == e.label) ++count;
        }
        add_whole(subject, say(m::kClassCount, e.ladder, e.label), e.count, static_cast<std::int64_t>(count));
    }

    // The units appear in this order of rank: ranks never go down along the list
    // (units sharing a rank may be listed in either order).
    void check_order(const std::string& subject, const BlockResult& b, const std::vector<ExpectedText>& order) {
        std::vector<const UnitResult*> listed;
        bool known = true;
        for (const auto& id : order) {
            const UnitResult* u = member(b, id);
            known = known && u != nullptr;
            listed.push_back(u);
        }
        if (!known) return;
        bool in_order = true;
        for (std::size_t i = 1; i < listed.size(); ++i) in_order = in_order && listed[i - 1]->rank <= listed[i]->rank;
        std::vector<std::string> expected;
        for (const auto& id : order) expected.push_back(id.value);
        std::vector<std::string> actual;
        for (const auto& u : b.units) {
            if (std::find(listed.begin(), listed.end(), &u) != listed.end())
                actual.push_back(say(m::kWithRank, u.id, u.rank));
        }
        add(in_order, subject, say(m::kOrder), as_list(expected), as_list(actual));
    }

    void check_end(const std::string& subject, const BlockResult& b, const ExpectedText& id, const MessageDef& check,
                   bool first) {
        const UnitResult* u = member(b, id);
        if (u == nullptr) return;
        const int end_rank = first ? b.units.front().rank : b.units.back().rank;
        std::vector<std::string> at_end;
        for (const auto& other : b.units)
            if (other.rank == end_rank) at_end.push_back(other.id);
        add(u->rank == end_rank, subject, say(check), id.value, as_list(at_end, true));
    }

    const TestCase& tc_;
    const Results& results_;
    const Definition& def_;
    RenderOptions options_;
    Diagnostics& diags_;
    std::map<std::string, Located> units_;
    std::vector<std::string> unit_ids_;
    std::vector<CheckOutcome> out_;
};

}  // namespace

std::vector<CheckOutcome> compare(const TestCase& tc, const Results& results, const RenderOptions& options,
                                  Diagnostics& diags) {
    return Comparer(tc, results, options, diags).run();
}

}  // namespace chiso::cases
