#include "engine/model/condition.hpp"

namespace chiso {

Cmp flipped(Cmp cmp) {
    switch (cmp) {
        case Cmp::Lt: return Cmp::Gt;
        case Cmp::Le: return Cmp::Ge;
        case Cmp::Gt: return Cmp::Lt;
        case Cmp::Ge: return Cmp::Le;
        case Cmp::Eq: return Cmp::Eq;
    }
    return cmp;
}


}  // namespace chiso
