// Answer sheets into a score sheet (engine/survey/apply_answers.cpp), on the fixture of
// tests/bad/files/380-*: units matched by id and by name in any case, labels normalised,
// "Không trả lời" and blanks left out, Likert points as (v − 1) ÷ 4, forms counted.
#include <gtest/gtest.h>

#include "engine/driver/driver.hpp"

namespace chiso {
namespace {

const std::string kDir = std::string(CHISO_SOURCE_DIR) + "/tests/bad/files/";

const SurveyFigure* figure(const ScoreSheet& sheet, const std::string& unit, const std::string& code) {
    for (const auto& f : sheet.survey_figures)
        if (f.unit == unit && f.code == code) return &f;
    return nullptr;
}

TEST(ApplyAnswers, SharesAndFormsOfTheFixture) {
    SourceSet sources;
    Diagnostics diags;
    auto criteria = load_criteria(sources, kDir + "380-khao-sat.chiso", diags);
    auto sheet = load_scores(sources, kDir + "380-khao-sat.yaml", diags);
    ASSERT_TRUE(criteria && sheet);
    ASSERT_TRUE(load_answer_sheet(sources, *criteria->definition, *sheet, kDir + "380-phieu.csv", diags));
    EXPECT_FALSE(diags.has_errors());
    // Sở Nội vụ: P01–P04 (by name, by name in capitals, by id): cau_1 3 of 4 satisfied;
    // cau_2 4, 5, 3 and a blank: (3/4 + 1 + 1/2) / 3 = 3/4.
    const SurveyFigure* hl1 = figure(*sheet, "so-noi-vu", "HL1");
    ASSERT_NE(hl1, nullptr);
    EXPECT_EQ(hl1->forms, 4u);
    EXPECT_EQ(hl1->value, Rational(75));
    const SurveyFigure* hl2 = figure(*sheet, "so-noi-vu", "HL2");
    ASSERT_NE(hl2, nullptr);
    EXPECT_EQ(hl2->forms, 3u);
    EXPECT_EQ(hl2->value, Rational(75));
    // Sở Tư pháp: P05–P09, "Không trả lời" left out: 3 of 4; cau_2 2, 4, 3, 5, 4: 13/20.
    const SurveyFigure* tp1 = figure(*sheet, "so-tu-phap", "HL1");
    ASSERT_NE(tp1, nullptr);
    EXPECT_EQ(tp1->forms, 4u);
    EXPECT_EQ(tp1->value, Rational(75));
    const SurveyFigure* tp2 = figure(*sheet, "so-tu-phap", "HL2");
    ASSERT_NE(tp2, nullptr);
    EXPECT_EQ(tp2->forms, 5u);
    EXPECT_EQ(tp2->value, Rational(65));
    // The minimum (4, warn): Sở Nội vụ's 3 forms for HL2 give the one warning.
    ASSERT_EQ(diags.items().size(), 1u);
    EXPECT_STREQ(diags.items()[0].message->id, "survey.too-few-forms");
}

}  // namespace
}  // namespace chiso
