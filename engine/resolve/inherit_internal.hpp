#pragma once
// Shared by the parts of merge() (engine/resolve/inherit*.cpp); not a public API.
#include <string>
#include <vector>

#include "dsl/ast.hpp"
#include "engine/core/diagnostics.hpp"
#include "engine/resolve/inherit.hpp"

namespace chiso::inherit {

// What every change needs: where to report and record, and whether one failed.
struct EditContext {
    Diagnostics& diags;
    Origins& origins;
    bool failed = false;

    template <typename... Args>
    void fail(const SourceLoc& loc, const MessageDef& message, Args&&... args) {
        diags.error(loc, message, std::forward<Args>(args)...);
        failed = true;
    }
    // Attaches a "did you mean" to the last error, when a candidate is close.
    void suggest(const std::string& candidate) { diags.suggest(candidate); }
};

// `edit tree <id> … { change … add … remove … move … }`, applied to `tree`.
void apply_tree_edit(ast::Tree& tree, const ast::TreeEdit& edit, EditContext& ctx);

// `edit ladder <id> { … }`: new conditions for rungs named by their label.
void apply_ladder_edit(ast::Ladder& ladder, const ast::LadderEdit& edit, EditContext& ctx);

// Every code of a tree, in pre-order (for "did you mean").
std::vector<std::string> codes_of(const std::vector<ast::Node>& nodes);

// "a, b, c"
std::string join(const std::vector<std::string>& items, const std::string& separator = ", ");

}  // namespace chiso::inherit
