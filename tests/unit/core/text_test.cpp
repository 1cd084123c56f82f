#include "engine/core/text.hpp"

#include <gtest/gtest.h>

namespace chiso {
namespace {

TEST(Join, EveryPartInPlace) {
    EXPECT_EQ(join({}, ", "), "");
    EXPECT_EQ(join({"a"}, ", "), "a");
    EXPECT_EQ(join({"a", "b", "c"}, "; "), "a; b; c");
    EXPECT_EQ(join({"", "b"}, " · "), " · b");  // an empty part keeps its place
}

TEST(Join, NonEmptyPartsOnly) {
    EXPECT_EQ(join_nonempty({"", "a", "", "b", ""}, " "), "a b");
    EXPECT_EQ(join_nonempty({"", ""}, " "), "");
}

TEST(Join, QuotedChoices) {
    EXPECT_EQ(join_quoted({}), "");
    EXPECT_EQ(join_quoted({"index", "year"}), "`index`, `year`");
}

}  // namespace
}  // namespace chiso
