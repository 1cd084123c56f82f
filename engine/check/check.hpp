#pragma once
// Check: the structural rules a resolved definition must satisfy before anything
// is evaluated with it. All findings are collected.
#include "engine/core/diagnostics.hpp"
#include "engine/model/definition.hpp"

namespace chiso {

// `with_ladders` false leaves the ladders out: used when a definition is partial
// (resolve errors) in a way that changes their scale.
void check_definition(const Definition& def, Diagnostics& diags, bool with_ladders = true);

void check_tree(const TreeDef& tree, Diagnostics& diags);
void check_ladders(const Definition& def, Diagnostics& diags);
// `normalise` on nodes (engine/check/check_normalise.cpp).
void check_normalisations(const Definition& def, Diagnostics& diags);
// A leaf that a survey's `minimum … unrated` may leave unrated is `optional`
// (engine/check/check_survey.cpp).
void check_surveys(const Definition& def, Diagnostics& diags);
// A section whose cut-offs are statistics of the year's distribution
// (engine/check/check_distribution.cpp): proved to cover the scale, or a note saying not.
void check_distribution_section(const LadderDef& ladder, const LadderSectionDef& section, std::size_t tree,
                                const Rational& top, Diagnostics& diags);
// A leaf's rule (engine/check/check_rule.cpp: one case per rule kind).
void check_rule(const NodeDef& node, const RuleDef& rule, Diagnostics& diags);

}  // namespace chiso
