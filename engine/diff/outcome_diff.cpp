#include "engine/diff/outcome_diff.hpp"

#include <algorithm>

#include "engine/diff/correlation.hpp"
#include "engine/diff/score_filter.hpp"
#include "engine/eval/evaluate.hpp"

namespace chiso::diff {
namespace {

Rational magnitude(const Rational& r) { return r.is_negative() ? -r : r; }

const BlockResult* find_block(const Results& results, const std::string& id) {
    for (const auto& b : results.blocks)
        if (b.block->id == id) return &b;
    return nullptr;
}

const UnitResult* find_unit(const BlockResult& block, const std::string& id) {
    for (const auto& u : block.units)
        if (u.id == id) return &u;
    return nullptr;
}

// The ladders of either side that apply to the block, new order first.
std::vector<std::string> ladder_ids(const Definition& od, const Definition& nd, const std::string& block) {
    std::vector<std::string> out;
    for (const auto& l : nd.ladders)
        if (l.section_for(block)) out.push_back(l.id);
    for (const auto& l : od.ladders)
        if (l.section_for(block) && std::find(out.begin(), out.end(), l.id) == out.end()) out.push_back(l.id);
    return out;
}

UnitDiff unit_diff(const RuleDiff& diff, const BlockResult& ob, const BlockResult& nb, const UnitResult& o,
                   const UnitResult& n) {
    const Definition& od = *diff.old_def;
    const Definition& nd = *diff.new_def;
    UnitDiff u;
    u.old_unit = &o;
    u.new_unit = &n;
    u.delta_index = n.published - o.published;
    u.delta_exact = n.index - o.index;
    u.delta_points = n.points - o.points;
    u.rank_move = o.rank - n.rank;
    const TreeDef& nt = nd.tree_of(*nb.block);
    for (const auto& id : ladder_ids(od, nd, nb.block->id))
        u.classes.push_back(class_change(id, od, nd, *nb.block, nt, o, n, nb.nodes));
    u.attribution = attribute(diff, UnitPair{ob.block->tree, nb.block->tree, nb.block->id, &o, &n, &ob, &nb});
    return u;
}

void sort_units(std::vector<UnitDiff>& units) {
    std::sort(units.begin(), units.end(), [](const UnitDiff& a, const UnitDiff& b) {
        const Rational x = magnitude(a.delta_index), y = magnitude(b.delta_index);
        if (x != y) return x > y;
        const int ra = std::abs(a.rank_move), rb = std::abs(b.rank_move);
        if (ra != rb) return ra > rb;
        return a.new_unit->id < b.new_unit->id;
    });
}

RankMove largest_move(const std::vector<UnitDiff>& units, int sign) {
    RankMove out;
    for (const auto& u : units) {
        const int places = u.rank_move * sign;
        if (places <= 0 || places < out.places) continue;
        if (places > out.places) out.units.clear();
        out.places = places;
        out.units.push_back(u.new_unit->id);
    }
    std::sort(out.units.begin(), out.units.end());
    return out;
}

BlockSummary summarise(const BlockDiff& block) {
    BlockSummary s;
    s.units = block.units.size();
    std::vector<int> old_ranks, new_ranks;
    for (const auto& u : block.units) {
        if (u.changed()) ++s.changed;
        old_ranks.push_back(u.old_unit->rank);
        new_ranks.push_back(u.new_unit->rank);
    }
    if (!block.units.empty())
        for (std::size_t l = 0; l < block.units.front().classes.size(); ++l) {
            std::size_t n = 0;
            for (const auto& u : block.units)
                if (u.classes[l].cause != ClassCause::Unchanged) ++n;
            s.class_changes.emplace_back(block.units.front().classes[l].ladder, n);
        }
    s.up = largest_move(block.units, 1);
    s.down = largest_move(block.units, -1);
    s.spearman = spearman_rho(old_ranks, new_ranks);
    s.kendall = kendall_tau_b(old_ranks, new_ranks);
    return s;
}

// Problems of the score file itself (a wrong value, a header that does not match)
// are found on both sides: each is reported once.
void append_unseen(Diagnostics& diags, const Diagnostics& more) {
    for (const auto& d : more.items()) {
        const bool seen = std::any_of(diags.items().begin(), diags.items().end(), [&](const Diagnostic& x) {
            return x.message == d.message && x.args == d.args && x.loc.file == d.loc.file && x.loc.line == d.loc.line &&
                   x.loc.byte_col == d.loc.byte_col;
        });
        if (seen) continue;
        diags.add(d.severity, d.loc, *d.message, d.args);
        if (!d.suggestion.empty()) diags.suggest(d.suggestion);
    }
}

}  // namespace

bool UnitDiff::class_changed() const {
    return std::any_of(classes.begin(), classes.end(), [](const ClassChange& c) { return c.cause != ClassCause::Unchanged; });
}

bool UnitDiff::changed() const {
    return !delta_index.is_zero() || !delta_exact.is_zero() || rank_move != 0 || class_changed();
}

std::vector<BlockDiff> diff_outcomes(const RuleDiff& diff, const Results& old_results, const Results& new_results) {
    std::vector<BlockDiff> out;
    for (const auto& nb : new_results.blocks) {
        const BlockResult* ob = find_block(old_results, nb.block->id);
        if (!ob || (nb.units.empty() && ob->units.empty())) continue;
        BlockDiff b;
        b.old_block = ob->block;
        b.new_block = nb.block;
        // Both sides evaluated the same units (evaluation fails otherwise).
        for (const auto& n : nb.units)
            if (const UnitResult* o = find_unit(*ob, n.id)) b.units.push_back(unit_diff(diff, *ob, nb, *o, n));
        sort_units(b.units);
        b.summary = summarise(b);
        out.push_back(std::move(b));
    }
    return out;
}

std::optional<ScoreComparison> compare_scores(const RuleDiff& diff, const Plan& old_plan, const Plan& new_plan,
                                              const ScoreSheet& sheet, Diagnostics& diags,
                                              const std::vector<PooledSheet>* old_pooled,
                                              const std::vector<PooledSheet>* new_pooled) {
    // Each side with the earlier years its own criteria pool (`over years`).
    EvaluateOptions options{.check_year_and_locality = false, .threads = available_threads()};
    EvaluateOptions new_options = options;
    options.pooled = old_pooled;
    new_options.pooled = new_pooled;
    const ScoreSheet old_sheet = without_unknown_codes(*old_plan.definition, sheet, Side::Old, diags);
    const ScoreSheet new_sheet = without_unknown_codes(*new_plan.definition, sheet, Side::New, diags);
    auto old_results = evaluate(old_plan, old_sheet, diags, options);
    Diagnostics new_diags;
    auto new_results = evaluate(new_plan, new_sheet, new_diags, new_options);
    append_unseen(diags, new_diags);
    if (!old_results || !new_results) return std::nullopt;
    ScoreComparison out;
    out.path = sheet.source ? sheet.source->path() : std::string();
    out.old_results = std::make_unique<Results>(std::move(*old_results));
    out.new_results = std::make_unique<Results>(std::move(*new_results));
    out.blocks = diff_outcomes(diff, *out.old_results, *out.new_results);
    return out;
}

}  // namespace chiso::diff
