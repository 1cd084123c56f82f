#include "dsl/text_utils.hpp"
#include "engine/core/suggest.hpp"
#include "engine/core/utf8.hpp"

#include <gtest/gtest.h>

namespace chiso::dsl {
namespace {

TEST(TextUtils, ValidUtf8) {
    EXPECT_EQ(first_invalid_utf8(""), std::nullopt);
    EXPECT_EQ(first_invalid_utf8("Hải Phòng ≥ → 𝔸"), std::nullopt);
}

TEST(TextUtils, InvalidUtf8) {
    EXPECT_EQ(first_invalid_utf8("ab\xFF"), 2u);             // never a UTF-8 byte
    EXPECT_EQ(first_invalid_utf8("a\x80"), 1u);              // continuation without a lead
    EXPECT_EQ(first_invalid_utf8("a\xC3"), 1u);              // truncated at the end
    EXPECT_EQ(first_invalid_utf8("\xC3(x"), 0u);             // bad continuation
    EXPECT_EQ(first_invalid_utf8("\xC0\xAF"), 0u);           // overlong '/'
    EXPECT_EQ(first_invalid_utf8("\xE0\x80\xAF"), 0u);       // overlong, 3 bytes
    EXPECT_EQ(first_invalid_utf8("\xED\xA0\x80"), 0u);       // surrogate U+D800
    EXPECT_EQ(first_invalid_utf8("\xF4\x90\x80\x80"), 0u);   // above U+10FFFF
}

TEST(TextUtils, TypoDistance) {
    EXPECT_EQ(chiso::edit_distance("index", "index"), 0u);
    EXPECT_EQ(chiso::edit_distance("indx", "index"), 1u);
    EXPECT_EQ(chiso::edit_distance("weigth", "weight"), 1u);  // a swap is one edit
    EXPECT_EQ(chiso::edit_distance("", "abc"), 3u);
    EXPECT_EQ(chiso::edit_distance("kitten", "sitting"), 3u);
}

TEST(TextUtils, ClosestWord) {
    const std::vector<std::string_view> words = {"index", "locality", "year", "tree"};
    EXPECT_EQ(closest_word("indx", words), "index");
    EXPECT_EQ(closest_word("Year", words), "year");
    EXPECT_EQ(closest_word("xyzzy", words), std::nullopt);
    EXPECT_EQ(closest_word("t", words), std::nullopt);  // one letter is too short to guess from
}

TEST(TextUtils, SplitWords) {
    EXPECT_EQ(split_words("half_up, half_even, down"), (std::vector<std::string_view>{"half_up", "half_even", "down"}));
    EXPECT_TRUE(split_words("").empty());
}

TEST(TextUtils, Unquote) {
    EXPECT_EQ(unquote(R"("")"), "");
    EXPECT_EQ(unquote(R"("Sở \"A\" \\ B")"), R"(Sở "A" \ B)");
}

TEST(TextUtils, IsoDate) {
    EXPECT_EQ(iso_date("2020-05-06"), "2020-05-06");
    EXPECT_EQ(iso_date("2020-5-6"), "2020-05-06");
    EXPECT_EQ(iso_date("06/05/2020"), "2020-05-06");
    EXPECT_EQ(iso_date("6/5/2020"), "2020-05-06");
    EXPECT_EQ(iso_date("29/02/2024"), "2024-02-29");
    EXPECT_EQ(iso_date("29/02/1900"), std::nullopt);
    EXPECT_EQ(iso_date("29/02/2000"), "2000-02-29");
    EXPECT_EQ(iso_date("31/04/2020"), std::nullopt);
    EXPECT_EQ(iso_date("2020-13-01"), std::nullopt);
    EXPECT_EQ(iso_date("00/01/2020"), std::nullopt);
}

}  // namespace
}  // namespace chiso::dsl
