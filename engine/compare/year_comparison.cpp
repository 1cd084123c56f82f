#include "engine/compare/year_comparison.hpp"

#include <optional>
#include <set>
#include <unordered_map>

#include "engine/compare/compare_messages.hpp"
#include "engine/core/normalise.hpp"
#include "engine/core/suggest.hpp"

namespace chiso {
namespace {

namespace m = msg::compare;

struct Matcher {
    const PreviousYear& previous;
    const ScoreSheet& sheet;
    Diagnostics& diags;
    std::unordered_map<std::string, const UnitInput*> inputs;     // this year's units by id
    std::unordered_map<std::string, std::size_t> continued_by;     // previous id -> how many units continue it
    std::set<std::string> continued;                               // previous ids taken by someone
    std::optional<Suggester> suggester;                            // last year's ids, for "did you mean"

    // The previous units a unit is compared with: its declared predecessors,
    // else the unit of the same id. Unknown declared ids are reported.
    std::vector<const PreviousUnit*> predecessors_of(const UnitResult& unit) {
        std::vector<const PreviousUnit*> out;
        const UnitInput* input = inputs.count(unit.id) ? inputs.at(unit.id) : nullptr;
        if (input == nullptr || !input->predecessors) {
            if (const PreviousUnit* same = previous.find(unit.id)) out.push_back(same);
            return out;
        }
        const auto& ids = *input->predecessors;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (const PreviousUnit* p = previous.find(ids[i])) {
                out.push_back(p);
                continue;
            }
            report_unknown(unit.id, ids[i], input->predecessor_locs[i]);
        }
        return out;
    }

    void report_unknown(const std::string& unit, const std::string& id, const SourceLoc& at) {
        if (previous.partial) {
            diags.warning(at, m::kUnpublishedPredecessor, unit, id, previous.year);
            return;
        }
        diags.error(at, m::kUnknownPredecessor, unit, id, previous.year);
        if (!suggester) {  // once per run: a file may name thousands of unknown predecessors
            std::vector<std::string> ids;
            for (const PreviousUnit& p : previous.units) ids.push_back(p.id);
            suggester.emplace(std::move(ids), 2);
        }
        diags.suggest(suggester->closest(id));
    }

    bool declared_new(const UnitResult& unit) const {
        auto it = inputs.find(unit.id);
        return it != inputs.end() && it->second->predecessors && it->second->predecessors->empty();
    }
};

PreviousStatus status_of(const UnitResult& unit, const std::string& block, const std::vector<const PreviousUnit*>& preds,
                         const Matcher& matcher) {
    if (preds.empty()) {
        const bool unknown = matcher.previous.partial && !matcher.declared_new(unit);
        return unknown ? PreviousStatus::NotPublished : PreviousStatus::New;
    }
    if (preds.size() > 1) return PreviousStatus::Merged;
    const PreviousUnit& p = *preds.front();
    if (text_key(p.block) != text_key(block)) return PreviousStatus::OtherBlock;
    if (matcher.continued_by.at(p.id) > 1) return PreviousStatus::Split;
    return text_key(p.id) == text_key(unit.id) ? PreviousStatus::Same : PreviousStatus::Renamed;
}

// Merged units compare their index with the plain mean of their predecessors'
// (units of one block have the same maximum, so the mean is the index the
// merged unit would have had); their rank has no single predecessor.
std::optional<Rational> previous_index(const std::vector<const PreviousUnit*>& preds) {
    if (preds.empty()) return std::nullopt;
    Rational sum;
    for (const PreviousUnit* p : preds) {
        if (!p->index) return std::nullopt;
        sum += *p->index;
    }
    return sum / Rational(static_cast<std::int64_t>(preds.size()));
}

UnitChange change_of(const UnitResult& unit, const std::string& block, std::vector<const PreviousUnit*> preds,
                     const Matcher& matcher) {
    UnitChange change;
    change.status = status_of(unit, block, preds, matcher);
    change.previous_index = previous_index(preds);
    if (change.previous_index) change.index_change = unit.published - *change.previous_index;
    if (preds.size() == 1) {
        const PreviousUnit& p = *preds.front();
        change.previous_rank = p.rank;
        change.previous_classes = p.classes;
        const bool comparable = change.status != PreviousStatus::OtherBlock;
        if (p.rank && comparable && unit.rank > 0) change.rank_change = *p.rank - unit.rank;
        if (!p.rank && !p.index && change.status == PreviousStatus::Same && p.classes.empty())
            change.status = PreviousStatus::NotPublished;
    }
    change.predecessors = std::move(preds);
    return change;
}

}  // namespace

std::optional<YearComparison> compare_years(const Results& results, const ScoreSheet& sheet,
                                            const PreviousYear& previous, Diagnostics& diags) {
    const std::size_t errors = diags.error_count();
    const Definition& def = *results.definition;
    if (previous.index != def.index_id) diags.error(previous.index_loc, m::kIndexMismatch, previous.index, def.index_id);
    if (previous.year >= sheet.year) diags.error(previous.year_loc, m::kNotEarlier, previous.year, sheet.year);

    Matcher matcher{previous, sheet, diags, {}, {}, {}, {}};
    for (const UnitInput& u : sheet.units) matcher.inputs.emplace(u.id, &u);
    // First every unit's predecessors, so that a split (one predecessor, several
    // successors) is known before statuses are decided.
    std::vector<std::vector<std::vector<const PreviousUnit*>>> preds(results.blocks.size());
    for (std::size_t b = 0; b < results.blocks.size(); ++b) {
        for (const UnitResult& unit : results.blocks[b].units) {
            preds[b].push_back(matcher.predecessors_of(unit));
            for (const PreviousUnit* p : preds[b].back()) {
                ++matcher.continued_by[p->id];
                matcher.continued.insert(p->id);
            }
        }
    }
    if (diags.error_count() != errors) return std::nullopt;

    YearComparison out;
    out.previous = &previous;
    for (std::size_t b = 0; b < results.blocks.size(); ++b) {
        const BlockResult& block = results.blocks[b];
        BlockChange change;
        for (std::size_t u = 0; u < block.units.size(); ++u) {
            change.units.push_back(change_of(block.units[u], block.block->id, std::move(preds[b][u]), matcher));
        }
        auto stats = previous.blocks.find(text_key(block.block->id));  // keyed by normalised id
        if (stats != previous.blocks.end()) change.previous = &stats->second;
        out.blocks.push_back(std::move(change));
    }
    for (const PreviousUnit& p : previous.units) {
        if (matcher.continued.count(p.id)) continue;
        const BlockDef* block = def.find_block(p.block);
        if (block == nullptr) {
            out.vanished_blocks.push_back(&p);
            continue;
        }
        out.blocks[static_cast<std::size_t>(block - def.blocks.data())].vanished.push_back(&p);
    }
    return out;
}

}  // namespace chiso
