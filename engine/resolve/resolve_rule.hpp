#pragma once
// One leaf's rule resolved from its kind as written (ast::RuleBody) to its kind in
// the model (RuleBody): amounts in points, percentages as fractions, formulas as
// postfix steps over the node's inputs. Each kind's resolution is one case of one
// visit in resolve_rule.cpp, next to what its input measures (RuleMeasure).
#include "dsl/ast.hpp"
#include "engine/core/diagnostics.hpp"
#include "engine/model/definition.hpp"

namespace chiso {

// What a kind's input is: a ratio (a share of 100%, limited to 100% unless `up to`),
// and whether `allow negative` may apply to it.
struct RuleMeasure {
    bool ratio = false;
    bool takes_negative = false;
};
RuleMeasure rule_measure(const ast::Rule& rule);

// The model's rule of a leaf whose maximum is resolved. A formula naming an input the
// node does not declare is an error (reported; `ok` becomes false).
RuleDef resolve_rule(const ast::Rule& rule, const NodeDef& node, Diagnostics& diags, bool& ok);

}  // namespace chiso
