#include "engine/check/check.hpp"

namespace chiso {

void check_definition(const Definition& def, Diagnostics& diags, bool with_ladders) {
    for (const auto& tree : def.trees) check_tree(tree, diags);
    check_normalisations(def, diags);
    check_surveys(def, diags);
    if (with_ladders) check_ladders(def, diags);
}

}  // namespace chiso
