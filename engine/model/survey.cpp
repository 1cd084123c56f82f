#include "engine/model/survey.hpp"

namespace chiso {

bool SurveyQuestionDef::binary() const {
    if (likert) return high - low == 1;
    for (const auto& l : labels)
        if (l.share != Rational(0) && l.share != Rational(1)) return false;
    return true;
}

std::optional<Rational> z_for_level(const Rational& level) {
    if (level == Rational(90, 100)) return Rational(1645, 1000);
    if (level == Rational(95, 100)) return Rational(196, 100);
    if (level == Rational(99, 100)) return Rational(2576, 1000);
    return std::nullopt;
}

}  // namespace chiso
