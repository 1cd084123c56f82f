// dsl/print.hpp: the one spelling of texts and numbers that `chiso show`, `chiso diff`
// and the model's written forms share.
#include <gtest/gtest.h>

#include "dsl/print.hpp"

namespace chiso {
namespace {

TEST(Print, QuotedEscapesQuotesAndBackslashesOnly) {
    EXPECT_EQ(quoted("Tỷ lệ \"đúng hạn\""), "\"Tỷ lệ \\\"đúng hạn\\\"\"");
    EXPECT_EQ(quoted("a\\b"), "\"a\\\\b\"");
    EXPECT_EQ(quoted("Sở, ban, ngành"), "\"Sở, ban, ngành\"");
}

TEST(Print, NumbersAreWrittenExactly) {
    EXPECT_EQ(rational_text(Rational(3, 8)), "0.375");
    EXPECT_EQ(rational_text(Rational(-25, 2)), "-12.5");
    EXPECT_EQ(number_text(ast::Number{Rational(55), true, false, {}}), "55%");
    EXPECT_EQ(number_text(ast::Number{Rational(2, 18), false, true, {}}), "1/9");  // `weight 2/18`, reduced
}

TEST(Print, ComparisonsAsTheLanguageWritesThem) {
    EXPECT_STREQ(cmp_text(Cmp::Le), "<=");
    EXPECT_STREQ(cmp_text(Cmp::Ge), ">=");
    EXPECT_STREQ(cmp_text(Cmp::Eq), "=");
}

}  // namespace
}  // namespace chiso
