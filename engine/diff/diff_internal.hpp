#pragma once
// Shared by the parts of the rule diff (rule_diff.cpp, tree_diff.cpp,
// ladder_diff.cpp); not part of the interface.
#include <string>

#include "engine/diff/rule_diff.hpp"

namespace chiso::diff::detail {

// The pieces every change has; the rest is filled in by the caller.
RuleChange change(ChangeKind kind, std::string scope, std::string subject, std::string old_text,
                  std::string new_text, const SourceLoc& old_loc, const SourceLoc& new_loc);

// A value as the criteria language writes it: "12.5", "60%" for a weight.
std::string number_text(const Rational& value);
std::string percent_text(const Rational& fraction);
std::string quoted(const std::string& text);

void diff_trees(const Definition& old_def, const Definition& new_def, const DiffSources& sources, RuleDiff& out);
void diff_ladders(const Definition& old_def, const Definition& new_def, std::vector<RuleChange>& out);

}  // namespace chiso::diff::detail
