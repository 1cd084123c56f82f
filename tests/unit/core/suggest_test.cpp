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
