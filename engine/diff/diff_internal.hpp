#pragma once
// Shared by the parts of the rule diff (rule_diff.cpp, tree_diff.cpp,
// ladder_diff.cpp); not part of the interface.
#include <string>

#include "dsl/print.hpp"
#include "engine/diff/rule_diff.hpp"

namespace chiso::diff::detail {

// The pieces every change has; the rest is filled in by the caller.
RuleChange change(ChangeKind kind, std::string scope, std::string subject, std::string old_text,
                  std::string new_text, const SourceLoc& old_loc, const SourceLoc& new_loc);

// A value as the criteria language writes it: "12.5" (dsl/print.hpp's rational_text),
// "60%" for a weight; texts quoted by dsl/print.hpp's quoted.
std::string percent_text(const Rational& fraction);
// A written attribute's position (WrittenNode), else the item's.
inline const SourceLoc& written_or(const SourceLoc& written, const SourceLoc& item) {
    return written.file ? written : item;
}

// Two conditions are the same when written the same (CondDef::written); none is `otherwise`.
inline bool same_when(const std::optional<CondDef>& a, const std::optional<CondDef>& b) {
    if (a.has_value() != b.has_value()) return false;
    return !a || a->written == b->written;
}

void diff_trees(const Definition& old_def, const Definition& new_def, const DiffSources& sources, RuleDiff& out);
void diff_ladders(const Definition& old_def, const Definition& new_def, std::vector<RuleChange>& out);

}  // namespace chiso::diff::detail
