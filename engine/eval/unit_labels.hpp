#pragma once
// The flags and groups of a score file as the criteria understand them.
//
// Flags: a unit's flag counts when its normalised key (engine/core/normalise.hpp)
// equals that of a flag some `flag "…"` condition of the criteria names, and takes
// the criteria's spelling; any other flag is an error with an accent-insensitive
// "did you mean" — `Kỷ luật`, `kỷ luật\u00a0` count, `ky luat` and `kỷ luậtt` are
// refused, never silently ignored (ignoring one drops an override of a rating).
//
// Groups: the criteria do not declare them, so under `ranking … within group` the
// groups of a block are the distinct normalised keys: `quan` and `Quan` are one
// group, shown with its most frequent spelling (ties: the first in byte order, so
// shuffling the file changes nothing). Two groups that differ only by accents
// (`quan` / `quận`) or by one letter of a word of four or more letters (`huyen` /
// `huyenn`) would silently split a ranking: both are refused, naming both units.
#include <string>
#include <vector>

#include "engine/core/diagnostics.hpp"
#include "engine/input/score_sheet.hpp"
#include "engine/model/definition.hpp"

namespace chiso {

struct UnitLabels {
    std::vector<std::vector<std::string>> flags;  // per unit of the sheet, the criteria's spelling
    std::vector<std::string> groups;              // per unit, the group's one spelling
};

UnitLabels settle_labels(const Definition& def, const ScoreSheet& sheet, Diagnostics& diags);

// Whether a condition's flag and a unit's flag are the same flag.
bool same_flag(const std::string& criteria_flag, const std::string& unit_flag);

}  // namespace chiso
