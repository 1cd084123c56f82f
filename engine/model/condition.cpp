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

bool compares(const Rational& a, Cmp cmp, const Rational& b) {
    switch (cmp) {
        case Cmp::Lt: return a < b;
        case Cmp::Le: return a <= b;
        case Cmp::Gt: return a > b;
        case Cmp::Ge: return a >= b;
        case Cmp::Eq: return a == b;
    }
    return false;
}

}  // namespace chiso
