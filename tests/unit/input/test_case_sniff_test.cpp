#include "engine/input/test_case_sniff.hpp"

#include <gtest/gtest.h>

namespace chiso {
namespace {

TEST(TestCaseSniff, CasesAreRecognisedByTheirTopLevelKeys) {
    EXPECT_TRUE(looks_like_test_case("# a case\ncriteria: a.chiso\nscores: b.yaml\n"));
    EXPECT_TRUE(looks_like_test_case("cases:\n  - criteria: a.chiso\n"));
    EXPECT_TRUE(looks_like_test_case("\xEF\xBB\xBFname: x\r\nexpect:\r\n  units: {}\r\n"));
    EXPECT_TRUE(looks_like_test_case("\"criteria\": a.chiso\n"));
    EXPECT_TRUE(looks_like_test_case("{criteria: a.chiso, expect: {units: {a: {rank: 1}}}}\n"));
    // broken YAML, but a case: still read (and reported) as one
    EXPECT_TRUE(looks_like_test_case("criteria: a.chiso\nexpect: {units: {so: {rank: [1}}\n"));
}

TEST(TestCaseSniff, ScoreAndResultsFilesAreNot) {
    EXPECT_FALSE(looks_like_test_case("index: par\nlocality: hp\nyear: 2024\nunits:\n  - id: a\n"));
    EXPECT_FALSE(looks_like_test_case("results:\n  - id: a\n    criteria: x\n"));  // indented: not top level
    EXPECT_FALSE(looks_like_test_case("criteriax: 1\nexpected: 2\n"));
}

}  // namespace
}  // namespace chiso
