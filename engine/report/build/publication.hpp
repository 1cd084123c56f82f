#pragma once
// The criteria's rounding as the writers' Publication (view/number_format.hpp):
// the one place a view's numbers learn how they are published.
#include "engine/model/definition.hpp"
#include "engine/report/view/number_format.hpp"

namespace chiso {

inline Publication publication_of(const Definition& def) { return {def.places, def.rounding}; }

}  // namespace chiso
