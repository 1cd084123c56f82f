#include "engine/check/check.hpp"

namespace chiso {

void check_definition(const Definition& def, Diagnostics& diags) {
    for (const auto& tree : def.trees) check_tree(tree, diags);
    check_ladders(def, diags);
}

}  // namespace chiso
