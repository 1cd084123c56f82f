#include "engine/eval/unit_labels.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "engine/core/normalise.hpp"
#include "engine/core/suggest.hpp"
#include "engine/eval/eval_messages.hpp"

namespace chiso {
namespace {

void collect_flags(const CondDef& c, std::vector<std::string>& out) {
    if (c.kind == CondDef::Kind::Flag) {
        const auto same = [&](const std::string& f) { return same_flag(f, c.flag); };
        if (std::none_of(out.begin(), out.end(), same)) out.push_back(c.flag);
    }
    for (const auto& part : c.parts) collect_flags(part, out);
}

// The flags the criteria name, in the order they first appear.
std::vector<std::string> criteria_flags(const Definition& def) {
    std::vector<std::string> flags;
    for (const auto& ladder : def.ladders)
        for (const auto& section : ladder.sections)
            for (const auto& rung : section.rungs)
                if (rung.when) collect_flags(*rung.when, flags);
    for (const auto& stat : def.stats)
        if (stat.when) collect_flags(*stat.when, flags);
    return flags;
}

std::string listed(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "`" : ", `") + w + "`";
    return out;
}

std::vector<std::vector<std::string>> settle_flags(const Definition& def, const ScoreSheet& sheet, Diagnostics& diags) {
    const std::vector<std::string> known = criteria_flags(def);
    std::unordered_map<std::string, std::string> by_key;
    for (const auto& f : known) by_key.emplace(text_key(f), f);
    const Suggester suggester(known, 2);
    std::vector<std::vector<std::string>> out(sheet.units.size());
    for (std::size_t i = 0; i < sheet.units.size(); ++i) {
        const UnitInput& unit = sheet.units[i];
        for (std::size_t k = 0; k < unit.flags.size(); ++k) {
            const std::string& flag = unit.flags[k];
            const SourceLoc at = k < unit.flag_locs.size() ? unit.flag_locs[k] : unit.loc;
            if (auto it = by_key.find(text_key(flag)); it != by_key.end()) {
                out[i].push_back(it->second);
            } else if (known.empty()) {
                diags.error(at, msg::kFlagNotUsed, unit.id, flag);
            } else {
                diags.error(at, msg::kUnknownFlag, unit.id, flag, listed(known));
                diags.suggest(suggester.closest(flag));
            }
        }
    }
    return out;
}

struct Spelling {
    std::size_t count = 0;
    std::size_t first_unit = 0;  // the first unit written so, for messages
};

struct Group {
    std::string key;
    std::map<std::string, Spelling> spellings;  // ordered: ties go to the first in byte order
    std::string shown() const {
        auto best = spellings.begin();
        for (auto it = spellings.begin(); it != spellings.end(); ++it)
            if (it->second.count > best->second.count) best = it;
        return best->first;
    }
    std::size_t first_unit() const {
        std::size_t first = static_cast<std::size_t>(-1);
        for (const auto& [_, s] : spellings) first = std::min(first, s.first_unit);
        return first;
    }
};

// Whether two different group keys are one group mistyped: equal without accents, or
// the same words but one, which is one edit away and has four letters or more
// (`nhóm 1` / `nhóm 2` and `loại A` / `loại B` are different groups, not typos).
bool near_miss(const std::string& a, const std::string& b) {
    const std::string fa = accent_free_key(a), fb = accent_free_key(b);
    if (fa == fb) return true;
    const auto words = [](const std::string& s) {
        std::vector<std::string> out(1);
        for (char c : s) {
            if (c == ' ') out.emplace_back();
            else out.back() += c;
        }
        return out;
    };
    const auto wa = words(fa), wb = words(fb);
    if (wa.size() != wb.size()) return false;
    std::size_t differing = 0, which = 0;
    for (std::size_t i = 0; i < wa.size(); ++i)
        if (wa[i] != wb[i]) ++differing, which = i;
    if (differing != 1) return false;
    const std::size_t shorter = std::min(wa[which].size(), wb[which].size());
    return shorter >= 4 && edit_distance(wa[which], wb[which]) == 1;
}

// Pairs of groups are compared only below this many groups in a block: a ranking
// within group has a handful (quận / huyện), and the work must stay bounded.
constexpr std::size_t kMaxGroupsCompared = 200;

void check_group_pairs(const ScoreSheet& sheet, const std::vector<Group>& groups, Diagnostics& diags) {
    if (groups.size() > kMaxGroupsCompared) return;
    for (std::size_t a = 0; a < groups.size(); ++a) {
        for (std::size_t b = a + 1; b < groups.size(); ++b) {
            if (!near_miss(groups[a].key, groups[b].key)) continue;
            const bool accents = accent_free_key(groups[a].key) == accent_free_key(groups[b].key);
            // Reported at the later of the two first uses, naming the earlier.
            std::size_t ua = groups[a].first_unit(), ub = groups[b].first_unit();
            if (ua > ub) std::swap(ua, ub);
            const UnitInput& earlier = sheet.units[ua];
            const UnitInput& later = sheet.units[ub];
            diags.error(later.group_loc, accents ? msg::kGroupsDifferByAccents : msg::kGroupsNearMiss, later.id,
                        show_blanks(later.group), show_blanks(earlier.group), earlier.id, earlier.group_loc.line);
        }
    }
}

struct BlockGroups {
    std::vector<Group> groups;
    std::unordered_map<std::string, std::size_t> by_key;
};

std::vector<std::string> settle_groups(const Definition& def, const ScoreSheet& sheet, Diagnostics& diags) {
    std::vector<std::string> out(sheet.units.size());
    for (std::size_t i = 0; i < sheet.units.size(); ++i) out[i] = sheet.units[i].group;
    if (!def.ranking.within_group) return out;
    // Per block, since ranks are per block.
    std::map<std::string, BlockGroups> blocks;
    std::vector<std::pair<BlockGroups*, std::size_t>> where(sheet.units.size());
    for (std::size_t i = 0; i < sheet.units.size(); ++i) {
        const UnitInput& unit = sheet.units[i];
        BlockGroups& block = blocks[text_key(unit.block)];
        const std::string key = text_key(unit.group);
        auto [it, added] = block.by_key.try_emplace(key, block.groups.size());
        if (added) block.groups.push_back(Group{key, {}});
        Spelling& s = block.groups[it->second].spellings[unit.group];
        if (s.count++ == 0) s.first_unit = i;
        where[i] = {&block, it->second};
    }
    std::unordered_map<const Group*, std::string> shown;
    for (auto& [_, block] : blocks) {
        check_group_pairs(sheet, block.groups, diags);
        for (const Group& g : block.groups) shown.emplace(&g, g.shown());
    }
    for (std::size_t i = 0; i < sheet.units.size(); ++i) out[i] = shown.at(&where[i].first->groups[where[i].second]);
    return out;
}

}  // namespace

bool same_flag(const std::string& criteria_flag, const std::string& unit_flag) {
    return criteria_flag == unit_flag || text_key(criteria_flag) == text_key(unit_flag);
}

UnitLabels settle_labels(const Definition& def, const ScoreSheet& sheet, Diagnostics& diags) {
    UnitLabels labels;
    labels.flags = settle_flags(def, sheet, diags);
    labels.groups = settle_groups(def, sheet, diags);
    return labels;
}

}  // namespace chiso
