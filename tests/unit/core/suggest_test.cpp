#include "engine/core/suggest.hpp"

#include <gtest/gtest.h>

TEST(Suggest, DistanceCountsCharactersNotBytes) {
    EXPECT_EQ(chiso::edit_distance("Đống Đa", "Dống Đa"), 1u);
    EXPECT_EQ(chiso::edit_distance("thẩm_định", "tham_dinh"), 3u);  // ẩ, đ, ị
}

TEST(Suggest, ClosestWithinTwoEditsAndNotForTinyWords) {
    const std::vector<std::string> blocks{"so", "huyen", "xa"};
    EXPECT_EQ(chiso::closest_match("huyn", blocks), "huyen");
    EXPECT_EQ(chiso::closest_match("sox", blocks), "so");
    EXPECT_EQ(chiso::closest_match("phuong", blocks), "");
    EXPECT_EQ(chiso::closest_match("x", {"xa"}), "");  // one character is too little to guess from
}

TEST(Suggest, ShortCodesGetNoSuggestion) {
    const std::vector<std::string> codes{"1", "2", "1.1", "1.2", "2.1"};
    EXPECT_EQ(chiso::closest_code("3", codes), "");
    EXPECT_EQ(chiso::closest_code("1.3", codes), "1.1");
}

TEST(Suggest, AccentAndCaseInsensitive) {
    const std::vector<std::string> flags{"thí điểm", "kỷ luật"};
    EXPECT_EQ(chiso::closest_match("ky luat", flags), "kỷ luật");
    EXPECT_EQ(chiso::closest_match("KỶ LUẬTT", flags), "kỷ luật");
    EXPECT_EQ(chiso::closest_match("ki luat", flags), "kỷ luật");
    // Of two equally close candidates, the one with the word's accents.
    EXPECT_EQ(chiso::closest_match("quận", {"quan", "quận"}), "quận");
    EXPECT_EQ(chiso::closest_match("quan", {"quận", "quan"}), "quan");
}

// 1,000 unknown codes against a tree of 100,000: the index keeps each query to the
// candidates sharing a one-deletion neighbour, counted here rather than timed.
TEST(Suggest, CodeSuggestionsExamineFewCandidates) {
    std::vector<std::string> codes;
    for (int i = 1; i <= 100000; ++i) codes.push_back("1." + std::to_string(i));
    const chiso::Suggester suggester = chiso::code_suggester(codes);
    for (int i = 1; i <= 1000; ++i) EXPECT_EQ(chiso::closest_code("1." + std::to_string(i) + "x", suggester), "1." + std::to_string(i));
    EXPECT_EQ(chiso::closest_code("9.9.9.9", suggester), "");
    // A linear scan would make 100,001,000 comparisons.
    EXPECT_LT(suggester.comparisons(), 1001u * 64u);
}

TEST(Suggest, EveryQueryIsCapped) {
    std::vector<std::string> ids;
    for (int i = 0; i < 50000; ++i) ids.push_back("don-vi-" + std::to_string(100000 + i));
    const chiso::Suggester suggester(ids, 2);
    for (int i = 0; i < 10; ++i) suggester.closest("don-vi-x" + std::to_string(i));
    EXPECT_LE(suggester.comparisons(), 10u * chiso::kMaxComparisonsPerQuery);
}

TEST(Suggest, EarlyExitKeepsDistancesExact) {
    EXPECT_EQ(chiso::edit_distance("kitten", "sitting"), 3u);
    EXPECT_EQ(chiso::closest_match("abcdefgh", {"abcdefxy", "abcdefgz"}), "abcdefgz");
    EXPECT_EQ(chiso::closest_match("weigth", {"weight"}), "weight");
}
