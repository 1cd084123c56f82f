// The meaning of single scalars, without YAML.
#include "engine/input/value_parsing.hpp"

#include <gtest/gtest.h>

namespace chiso::input {
namespace {

using Kind = InputValue::Kind;
using Problem = ScalarProblem::Kind;

InputValue value_of(std::string_view text) {
    ScalarReading r = read_scalar(text);
    EXPECT_TRUE(std::holds_alternative<InputValue>(r)) << text;
    return std::holds_alternative<InputValue>(r) ? std::get<InputValue>(r) : InputValue{};
}

ScalarProblem problem_of(std::string_view text) {
    ScalarReading r = read_scalar(text);
    EXPECT_TRUE(std::holds_alternative<ScalarProblem>(r)) << text;
    return std::holds_alternative<ScalarProblem>(r) ? std::get<ScalarProblem>(r) : ScalarProblem{};
}

TEST(ReadScalar, NumbersAreExactDecimals) {
    InputValue v = value_of("91.93");
    EXPECT_EQ(v.kind, Kind::Number);
    EXPECT_EQ(v.number, Rational(9193, 100));
    EXPECT_FALSE(v.percent);
    EXPECT_EQ(v.text, "91.93");
    EXPECT_EQ(value_of("1.10").text, "1.10");
    EXPECT_EQ(value_of("-2.5").number, Rational(-5, 2));
    EXPECT_EQ(value_of("+3").number, Rational(3));
    EXPECT_EQ(value_of(".5").number, Rational(1, 2));
    EXPECT_EQ(value_of("0.1").number + value_of("0.2").number, value_of("0.3").number);
}

TEST(ReadScalar, Percent) {
    InputValue v = value_of("95%");
    EXPECT_EQ(v.kind, Kind::Number);
    EXPECT_EQ(v.number, Rational(95));
    EXPECT_TRUE(v.percent);
    EXPECT_EQ(v.text, "95%");
    EXPECT_EQ(value_of("12.5 %").number, Rational(25, 2));
    EXPECT_TRUE(value_of("12.5 %").percent);
    EXPECT_EQ(value_of("%").kind, Kind::Text);
    EXPECT_EQ(value_of("abc%").kind, Kind::Text);
}

TEST(ReadScalar, NotApplicableInAnyCase) {
    for (const char* text : {"không áp dụng", "Không áp dụng", "KHÔNG ÁP DỤNG", "khong ap dung", "na", "NA", "n/a",
                             "N/A", "KAD", "kad", "không  áp dụng"}) {
        InputValue v = value_of(text);
        EXPECT_EQ(v.kind, Kind::NotApplicable) << text;
        EXPECT_EQ(v.text, text);
    }
}

TEST(ReadScalar, BooleansKeepTheirText) {
    for (const char* text : {"true", "True", "yes", "YES", "có", "Có", "CÓ", "co"}) {
        InputValue v = value_of(text);
        EXPECT_EQ(v.kind, Kind::Boolean) << text;
        EXPECT_TRUE(v.boolean) << text;
        EXPECT_EQ(v.text, text);
    }
    for (const char* text : {"false", "FALSE", "no", "No", "không", "Không", "KHÔNG", "khong"}) {
        InputValue v = value_of(text);
        EXPECT_EQ(v.kind, Kind::Boolean) << text;
        EXPECT_FALSE(v.boolean) << text;
    }
}

TEST(ReadScalar, OtherWordsAreText) {
    for (const char* text : {"tốt", "Hoàn thành tốt nhiệm vụ", "A", "1.2.3a", "on", "e5", "1e"}) {
        InputValue v = value_of(text);
        EXPECT_EQ(v.kind, Kind::Text) << text;
        EXPECT_EQ(v.text, text);
    }
}

TEST(ReadScalar, EmptyTextIsAProblem) {
    EXPECT_EQ(problem_of("").kind, Problem::Empty);
    EXPECT_EQ(problem_of("   ").kind, Problem::Empty);
}

TEST(ReadScalar, NanAndInfinityAreRejected) {
    for (const char* text : {".nan", ".NaN", "nan", ".inf", "-.inf", "+.Inf", "inf", "-inf", "Infinity", ".nan%"}) {
        EXPECT_EQ(problem_of(text).kind, Problem::NotFinite) << text;
    }
}

TEST(ReadScalar, DecimalCommaSuggestsAPoint) {
    ScalarProblem p = problem_of("8,5");
    EXPECT_EQ(p.kind, Problem::DecimalComma);
    EXPECT_EQ(p.suggestion, "8.5");
    EXPECT_EQ(problem_of("-0,25").suggestion, "-0.25");
    EXPECT_EQ(problem_of("8,5%").suggestion, "8.5%");
}

TEST(ReadScalar, ThreeDigitsAfterACommaAreAmbiguous) {
    ScalarProblem p = problem_of("1,234");
    EXPECT_EQ(p.kind, Problem::AmbiguousComma);
    EXPECT_EQ(p.suggestion, "1.234");
    EXPECT_EQ(p.alternative, "1234");
}

TEST(ReadScalar, ThousandsSeparatorsAreRemoved) {
    struct Case { const char* text; const char* suggestion; };
    for (const Case& c : {Case{"1,234,567", "1234567"}, Case{"1.234.567", "1234567"}, Case{"1,234.5", "1234.5"},
                          Case{"1.234,5", "1234.5"}, Case{"-12.345,75", "-12345.75"}}) {
        ScalarProblem p = problem_of(c.text);
        EXPECT_EQ(p.kind, Problem::ThousandsSeparator) << c.text;
        EXPECT_EQ(p.suggestion, c.suggestion) << c.text;
    }
}

TEST(ReadScalar, OtherNumberSpellingsAreRejected) {
    for (const char* text : {"1e3", "2.5E-1", "0x1F", "0o17", "1_000", "1,2,3", "12,34,567", "1.2.3"}) {
        EXPECT_EQ(problem_of(text).kind, Problem::NumberForm) << text;
    }
}

TEST(ReadScalar, TooManyDigitsForExactArithmetic) {
    EXPECT_EQ(value_of("999999999999999999").number, Rational(999999999999999999));  // 18 digits
    EXPECT_EQ(problem_of("12345678901234567890").kind, Problem::TooLong);
    EXPECT_EQ(problem_of("0.0000000000000000001").kind, Problem::TooLong);
    EXPECT_EQ(problem_of("12345678901234567890%").kind, Problem::TooLong);
}

TEST(SourceKey, EnglishAndVietnameseNames) {
    EXPECT_EQ(source_key("self"), ValueSource::Self);
    EXPECT_EQ(source_key("tự_chấm"), ValueSource::Self);
    EXPECT_EQ(source_key("tự chấm"), ValueSource::Self);
    EXPECT_EQ(source_key("Tự chấm"), ValueSource::Self);
    EXPECT_EQ(source_key("appraised"), ValueSource::Appraised);
    EXPECT_EQ(source_key("thẩm_định"), ValueSource::Appraised);
    EXPECT_EQ(source_key("thẩm định"), ValueSource::Appraised);
    EXPECT_EQ(source_key("value"), ValueSource::Value);
    EXPECT_EQ(source_key("done"), std::nullopt);
    EXPECT_EQ(source_key("tự"), std::nullopt);
}

// The names told apart by their first letter alone give what the folding gives:
// capitals, blanks and '_' before the word still reach it.
TEST(SourceKey, FirstLetterShortcutAgreesWithTheFolding) {
    EXPECT_EQ(source_key("SELF"), ValueSource::Self);
    EXPECT_EQ(source_key("Value"), ValueSource::Value);
    EXPECT_EQ(source_key("Appraised"), ValueSource::Appraised);
    EXPECT_EQ(source_key("\u00a0self"), ValueSource::Self);
    EXPECT_EQ(source_key("_tự_chấm"), ValueSource::Self);
    EXPECT_EQ(source_key("dat"), std::nullopt);
    EXPECT_EQ(source_key("8"), std::nullopt);
    EXPECT_EQ(source_key("tong"), std::nullopt);
}

TEST(ReadScalar, NumbersAreNotTakenForNanOrInfinity) {
    for (const char* text : {"9", "+9.5", "-0", "75.5%"}) EXPECT_TRUE(std::holds_alternative<InputValue>(read_scalar(text))) << text;
    for (const char* text : {"+nan", "-Infinity", "\u00a0inf", "in\ufb01nity", "NaN%"})
        EXPECT_EQ(problem_of(text).kind, Problem::NotFinite) << text;
    for (const char* text : {"tốt", "xuất sắc", "Tốt", "đạt"}) {
        const ScalarReading r = read_scalar(text);
        ASSERT_TRUE(std::holds_alternative<InputValue>(r)) << text;
        EXPECT_EQ(std::get<InputValue>(r).kind, Kind::Text) << text;
    }
}

TEST(SourceConflict, ValueBesideASideAndApplicabilityOnOneSide) {
    using C = SourceConflict::Kind;
    const auto entry = [](std::optional<std::string_view> value, std::optional<std::string_view> self,
                          std::optional<std::string_view> appraised) {
        EntryDraft e;
        if (value) e.value = value_of(*value);
        if (self) e.self = value_of(*self);
        if (appraised) e.appraised = value_of(*appraised);
        return e;
    };
    EXPECT_FALSE(source_conflict(entry("8", std::nullopt, std::nullopt)));
    EXPECT_FALSE(source_conflict(entry(std::nullopt, "8", "7")));
    EXPECT_FALSE(source_conflict(entry(std::nullopt, "không áp dụng", "KAD")));
    EXPECT_FALSE(source_conflict(entry(std::nullopt, "n/a", std::nullopt)));
    auto c = source_conflict(entry("8", std::nullopt, "7"));
    ASSERT_TRUE(c);
    EXPECT_EQ(c->kind, C::ValueWithSource);
    EXPECT_EQ(c->second, ValueSource::Appraised);
    c = source_conflict(entry("8", "8", std::nullopt));  // even equal: one of the two means nothing
    ASSERT_TRUE(c);
    EXPECT_EQ(c->second, ValueSource::Self);
    c = source_conflict(entry(std::nullopt, "không áp dụng", "18"));
    ASSERT_TRUE(c);
    EXPECT_EQ(c->kind, C::Applicability);
    EXPECT_EQ(c->first, ValueSource::Self);
    c = source_conflict(entry(std::nullopt, "tốt", "na"));
    ASSERT_TRUE(c);
    EXPECT_EQ(c->first, ValueSource::Appraised);
}

}  // namespace
}  // namespace chiso::input
