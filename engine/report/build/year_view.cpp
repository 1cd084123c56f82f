#include "engine/report/build/publication.hpp"
#include "engine/report/build/year_view.hpp"

#include <algorithm>

#include "engine/report/labels/labels.hpp"
#include "engine/report/build/block_facts.hpp"
#include "engine/report/view/number_format.hpp"

namespace chiso::report {
namespace {

constexpr std::string_view kMinus = "\u2212";

// The rank-change cell: the move, or why there is none.
std::string rank_change_cell(const UnitChange& change, Lang lang) {
    if (change.rank_change) return signed_whole(*change.rank_change);
    if (change.not_ranked) return labels::text(labels::yr_not_ranked, lang);
    switch (change.status) {
        case PreviousStatus::New: return labels::text(labels::yr_new, lang);
        case PreviousStatus::Merged: return labels::text(labels::yr_merged, lang);
        case PreviousStatus::OtherBlock: return labels::text(labels::yr_other_block, lang);
        default: return labels::text(labels::yr_unknown, lang);
    }
}

std::string rank_of(const PreviousUnit& p, int year, Lang lang) {
    if (!p.rank) return labels::format(labels::yr_ref_unranked, lang, p.id, year);
    return labels::format(labels::yr_ref_ranked, lang, p.id, *p.rank, year);
}

std::string predecessor_list(const UnitChange& change, const Definition& def, int year, Lang lang) {
    std::string out;
    for (const PreviousUnit* p : change.predecessors) {
        if (!out.empty()) out += ", ";
        out += rank_of(*p, year, lang);
        if (p->index) out += " " + publication_of(def).text(*p->index, lang);
    }
    return out;
}

// Why this unit is compared as it is, when it is not simply the same unit.
std::string unit_note(const UnitResult& unit, const UnitChange& change, const Definition& def, int year, Lang lang) {
    const std::string list = predecessor_list(change, def, year, lang);
    switch (change.status) {
        case PreviousStatus::Renamed: return labels::format(labels::yr_note_renamed, lang, unit.name, list);
        case PreviousStatus::Split: return labels::format(labels::yr_note_split, lang, unit.name, list);
        case PreviousStatus::Merged: return labels::format(labels::yr_note_merged, lang, unit.name, list, year);
        case PreviousStatus::OtherBlock:
            return labels::format(labels::yr_note_other_block, lang, unit.name, list, change.predecessors.front()->block);
        default: return {};
    }
}

std::string class_note(const BlockFacts& facts, std::size_t position, const UnitChange& change, int year, Lang lang) {
    std::string out;
    const UnitResult& unit = facts.block->units[position];
    for (const LadderFacts& ladder : facts.ladders) {
        const auto before = change.previous_classes.find(ladder.ladder->id);
        const std::string* now = ladder.class_of[position];
        if (before == change.previous_classes.end() || now == nullptr || before->second == *now) continue;
        if (!out.empty()) out += "; ";
        out += labels::format(labels::yr_note_class, lang, unit.name, ladder.ladder->name, before->second, year, *now);
    }
    return out;
}

std::string with_previous(const std::string& now, const Rational& current, const Rational& before, int year,
                          const Publication& pub, Lang lang) {
    return now + " " + labels::format(labels::yr_stat_before, lang, year, pub.text(before, lang),
                                      // the change of the two figures shown
                                      signed_index(pub.value(current) - pub.value(before), pub, lang));
}

// "Xếp loại — Tốt: 2/5 (40,00%) (năm 2023: 1/4 (25,00%))"; a rung counted only
// last year gets a line of its own.
void append_before(BlockView& view, const std::string& label, std::size_t count, std::size_t whole, int year,
                   Lang lang) {
    const std::string before = labels::format(labels::yr_stat_class_before, lang, year, format_share(count, whole, lang));
    for (auto& [line, value] : view.stats) {
        if (line != label) continue;
        value += " " + before;
        return;
    }
    view.stats.emplace_back(label, std::string("— ") + before);
}

// Last year's figure beside this year's, without a change: the two describe
// populations of different sizes (a partial listing this year).
std::string beside_previous(const std::string& now, const Rational& before, std::size_t count, int year,
                            const Publication& pub, Lang lang) {
    return now + " " + labels::format(labels::yr_stat_incomparable, lang, year, pub.text(before, lang), count);
}

void add_stats(BlockView& view, const Definition& def, const BlockResult& block, const PreviousBlock& before,
               int year, bool comparable, Lang lang) {
    const BlockStats& then = before.stats;
    if (view.stats.size() < 3 || block.stats.count == 0) return;
    const Publication pub = publication_of(def);
    if (!comparable) {
        view.stats[0].second = beside_previous(view.stats[0].second, then.mean, then.count, year, pub, lang);
        view.stats[1].second = beside_previous(view.stats[1].second, then.min, then.count, year, pub, lang);
        view.stats[2].second = beside_previous(view.stats[2].second, then.max, then.count, year, pub, lang);
        view.stats.emplace_back(labels::format(labels::yr_stat_count, lang, year), std::to_string(then.count));
        return;
    }
    view.stats[0].second = with_previous(view.stats[0].second, block.stats.mean, then.mean, year, pub, lang);
    view.stats[1].second = with_previous(view.stats[1].second, block.stats.min, then.min, year, pub, lang);
    view.stats[2].second = with_previous(view.stats[2].second, block.stats.max, then.max, year, pub, lang);
    view.stats.emplace_back(labels::format(labels::yr_stat_count, lang, year), std::to_string(then.count));
    // Last year's counts by this year's ladders (per_class is keyed by ladder id,
    // any ladder of the criteria, as last year's block may have had others).
    for (const auto& ladder : def.ladders) {
        auto it = then.per_class.find(ladder.id);
        if (it == then.per_class.end()) continue;
        for (const auto& c : it->second)
            append_before(view, labels::format(labels::stat_class, lang, ladder.name, c.label), c.count, then.count,
                          year, lang);
    }
    // Last year's statistics in last year's order, matched to this year's by id
    // (the two years' criteria may declare different ones).
    for (std::size_t i = 0; i < before.stat_ids.size() && i < then.counted.size(); ++i) {
        for (const auto& s : def.stats)
            if (s.id == before.stat_ids[i]) append_before(view, s.label, then.counted[i], then.count, year, lang);
    }
}

}  // namespace

std::string signed_whole(int value) {
    if (value > 0) return "+" + std::to_string(value);
    if (value < 0) return std::string(kMinus) + std::to_string(-value);
    return "0";
}

std::string signed_index(const Rational& value, const Publication& pub, Lang lang) {
    const std::string digits = pub.text(value < Rational(0) ? -value : value, lang);
    const bool zero = pub.value(value) == Rational(0);
    if (zero) return digits;
    return (value < Rational(0) ? std::string(kMinus) : std::string("+")) + digits;
}

std::string rank_change_text(const UnitChange& change, Lang lang) { return rank_change_cell(change, lang); }

const char* status_id(PreviousStatus status) {
    switch (status) {
        case PreviousStatus::Same: return "same";
        case PreviousStatus::Renamed: return "renamed";
        case PreviousStatus::Split: return "split";
        case PreviousStatus::Merged: return "merged";
        case PreviousStatus::OtherBlock: return "other-block";
        case PreviousStatus::New: return "new";
        case PreviousStatus::NotPublished: return "not-known";
    }
    return "";
}

void add_previous_year(BlockView& view, const Definition& def, const BlockFacts& facts, const BlockChange& change,
                       int year, Lang lang) {
    const BlockResult& block = *facts.block;
    // Index columns only when last year's indices are known (often only ranks were published).
    const bool indices = std::any_of(change.units.begin(), change.units.end(),
                                     [](const UnitChange& c) { return c.previous_index.has_value(); });
    view.columns.push_back({labels::format(labels::yr_col_rank, lang, year), true});
    view.columns.push_back({labels::text(labels::yr_col_rank_change, lang), true});
    if (indices) {
        view.columns.push_back({labels::format(labels::yr_col_index, lang, year), true});
        view.columns.push_back({labels::text(labels::yr_col_index_change, lang), true});
    }
    for (std::size_t i = 0; i < block.units.size() && i < change.units.size(); ++i) {
        const UnitChange& c = change.units[i];
        auto& row = view.rows[i];
        row.push_back(c.previous_rank ? std::to_string(*c.previous_rank) : std::string());
        row.push_back(rank_change_cell(c, lang));
        if (indices) {
            row.push_back(c.previous_index ? publication_of(def).text(*c.previous_index, lang) : std::string());
            row.push_back(c.index_change ? signed_index(*c.index_change, publication_of(def), lang) : std::string());
        }
        for (const std::string& note : {unit_note(block.units[i], c, def, year, lang),
                                        class_note(facts, i, c, year, lang)})
            if (!note.empty()) view.notes.push_back(note);
    }
    for (const PreviousUnit* p : change.vanished) {
        const std::string name = p->name.empty() ? p->id : p->name;
        view.notes.push_back(labels::format(labels::yr_note_vanished, lang, name, rank_of(*p, year, lang)));
    }
    if (!change.not_listed.empty())
        view.notes.push_back(labels::format(labels::yr_note_not_listed, lang, change.not_listed.size(), year));
    if (change.previous) add_stats(view, def, block, *change.previous, year, change.comparable, lang);
}

}  // namespace chiso::report
