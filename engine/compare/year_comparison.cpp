#include "engine/compare/year_comparison.hpp"

#include <optional>
#include <string_view>
#include <unordered_map>

#include "engine/compare/compare_messages.hpp"
#include "engine/compare/previous_index.hpp"
#include "engine/core/normalise.hpp"
#include "engine/core/suggest.hpp"

namespace chiso {
namespace {

namespace m = msg::compare;

// The probe side of the hash join: this year's units, each looked up once in
// last year's index (engine/compare/previous_index.hpp), with its declared
// predecessors through the same index.
struct Matcher {
    const PreviousYear& previous;
    const PreviousIndex& index;
    Diagnostics& diags;
    std::unordered_map<std::string, const UnitInput*> inputs;  // this year's units by id
    std::vector<std::size_t> continued_by;  // parallel to previous.units: how many units continue it
    std::optional<Suggester> suggester;     // last year's ids, for "did you mean"

    Matcher(const PreviousYear& p, const PreviousIndex& i, const ScoreSheet& sheet, Diagnostics& d)
        : previous(p), index(i), diags(d), continued_by(p.units.size(), 0) {
        inputs.reserve(sheet.units.size());
        for (const UnitInput& u : sheet.units) inputs.emplace(u.id, &u);
    }

    std::size_t continuations(const PreviousUnit& p) const { return continued_by[index.position(p)]; }

    // The previous units a unit is compared with: its declared predecessors,
    // else the unit of the same id. Unknown declared ids are reported.
    std::vector<const PreviousUnit*> predecessors_of(const UnitResult& unit) {
        std::vector<const PreviousUnit*> out;
        const auto found = inputs.find(unit.id);
        const UnitInput* input = found == inputs.end() ? nullptr : found->second;
        if (input == nullptr || !input->predecessors) {
            if (const PreviousUnit* same = index.unit(unit.id)) out.push_back(same);
            return out;
        }
        const auto& ids = *input->predecessors;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (const PreviousUnit* p = index.unit(ids[i])) {
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

// `block_key`: the normalised id of the unit's block this year.
PreviousStatus status_of(const UnitResult& unit, const std::string& block_key,
                         const std::vector<const PreviousUnit*>& preds, const Matcher& matcher) {
    if (preds.empty()) {
        const bool unknown = matcher.previous.partial && !matcher.declared_new(unit);
        return unknown ? PreviousStatus::NotPublished : PreviousStatus::New;
    }
    if (preds.size() > 1) return PreviousStatus::Merged;
    const PreviousUnit& p = *preds.front();
    const std::size_t at = matcher.index.position(p);
    if (matcher.index.block_key(at) != block_key) return PreviousStatus::OtherBlock;
    if (matcher.continuations(p) > 1) return PreviousStatus::Split;
    return matcher.index.id_key(at) == text_key(unit.id) ? PreviousStatus::Same : PreviousStatus::Renamed;
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

// `ranks_comparable`: false when this year's ranks are among the listed units of a
// partial publication (no published ranks): such a rank is not last year's kind.
UnitChange change_of(const UnitResult& unit, const std::string& block_key, std::vector<const PreviousUnit*> preds,
                     const Matcher& matcher, bool ranks_comparable) {
    UnitChange change;
    change.status = status_of(unit, block_key, preds, matcher);
    change.previous_index = previous_index(preds);
    if (change.previous_index) change.index_change = unit.published - *change.previous_index;
    if (preds.size() == 1) {
        const PreviousUnit& p = *preds.front();
        change.previous_rank = p.rank;
        change.previous_classes = p.classes;
        const bool comparable = change.status != PreviousStatus::OtherBlock && ranks_comparable;
        if (p.rank && comparable && unit.ranked && unit.rank > 0) change.rank_change = *p.rank - unit.rank;
        if (!p.rank && !p.index && change.status == PreviousStatus::Same && p.classes.empty())
            change.status = PreviousStatus::NotPublished;
    }
    change.not_ranked = !unit.ranked;
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

    const PreviousIndex index(previous);
    Matcher matcher(previous, index, sheet, diags);
    // First every unit's predecessors, so that a split (one predecessor, several
    // successors) is known before statuses are decided.
    std::vector<std::vector<std::vector<const PreviousUnit*>>> preds(results.blocks.size());
    for (std::size_t b = 0; b < results.blocks.size(); ++b) {
        for (const UnitResult& unit : results.blocks[b].units) {
            preds[b].push_back(matcher.predecessors_of(unit));
            for (const PreviousUnit* p : preds[b].back()) ++matcher.continued_by[index.position(*p)];
        }
    }
    if (diags.error_count() != errors) return std::nullopt;

    YearComparison out;
    out.previous = &previous;
    for (std::size_t b = 0; b < results.blocks.size(); ++b) {
        const BlockResult& block = results.blocks[b];
        const std::string block_key = text_key(block.block->id);
        BlockChange change;
        change.units.reserve(block.units.size());
        const bool ranks_comparable = !block.population.partial() || block.population.published_ranks;
        for (std::size_t u = 0; u < block.units.size(); ++u) {
            change.units.push_back(change_of(block.units[u], block_key, std::move(preds[b][u]), matcher, ranks_comparable));
        }
        auto stats = previous.blocks.find(block_key);  // keyed by normalised id
        if (stats != previous.blocks.end()) change.previous = &stats->second;
        change.comparable = !(block.population.declared() && change.previous &&
                              change.previous->stats.count != block.stats.count);
        out.blocks.push_back(std::move(change));
    }
    // Blocks by id as written, as Definition::find_block finds them, in one map
    // rather than a scan per vanished unit.
    std::unordered_map<std::string_view, std::size_t> block_at;
    for (std::size_t b = 0; b < def.blocks.size(); ++b) block_at.try_emplace(def.blocks[b].id, b);
    for (std::size_t i = 0; i < previous.units.size(); ++i) {
        const PreviousUnit& p = previous.units[i];
        if (matcher.continued_by[i] > 0) continue;
        const auto block = block_at.find(p.block);
        if (block == block_at.end()) {
            out.vanished_blocks.push_back(&p);
            continue;
        }
        BlockChange& change = out.blocks[block->second];
        // A unit a partial listing leaves out is not listed, not gone (docs/years.md).
        (results.blocks[block->second].population.partial() ? change.not_listed : change.vanished).push_back(&p);
    }
    return out;
}

}  // namespace chiso
