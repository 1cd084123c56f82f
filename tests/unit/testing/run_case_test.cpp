// Running a case (engine/testing/run_case.cpp): expected errors, runs stopped by
// errors, inline units, patches, and the lines `chiso test` prints.
#include <gtest/gtest.h>

#include "testing_fixture.hpp"

namespace chiso::cases {
namespace {

using test::kDemo;
using test::kSmall;
using test::kSmallCriteria;
using test::run_text;

using Lines = std::vector<std::string>;

const std::string kPath = std::string(CHISO_SOURCE_DIR) + "/tests/unit/testing/case.yaml";

TEST(RunCase, AnExpectedErrorPasses) {
    auto r = run_text(std::string(kSmallCriteria) + R"(units:
  - {id: so-x, name: "Sở X", block: so, scores: {"1": 41, "2": 60}}
expect_error: eval.above-max
)");
    EXPECT_TRUE(r->run().passed);
    EXPECT_FALSE(r->run().evaluated);
    EXPECT_EQ(r->run().error_ids, Lines{"eval.above-max"});
    EXPECT_EQ(r->render(Lang::En), "PASS " + kPath + " — case.yaml\n");
    EXPECT_EQ(r->render(Lang::En, true), "PASS " + kPath + " — case.yaml\n  ok: the error `eval.above-max` as expected\n");
}

TEST(RunCase, AnExpectedErrorThatDoesNotHappenFails) {
    auto r = run_text(std::string(kSmall) + "expect_error: eval.above-max\n");
    EXPECT_FALSE(r->run().passed);
    EXPECT_TRUE(r->run().evaluated);
    EXPECT_TRUE(r->run().checks.empty());
    EXPECT_EQ(r->render(Lang::Vi),
              "KHÔNG ĐẠT " + kPath + " — case.yaml\n  mong đợi lỗi `eval.above-max`, nhưng chạy không có lỗi nào\n");
}

TEST(RunCase, AnotherErrorThanTheExpectedOneFailsShowingIt) {
    auto r = run_text(std::string(kSmallCriteria) + R"(units:
  - {id: so-x, name: "Sở X", block: so, scores: {"1": 40, "3": 60}}
expect_error: eval.above-max
)");
    EXPECT_FALSE(r->run().passed);
    EXPECT_EQ(r->render(Lang::En),
              "FAIL " + kPath + " — case.yaml\n"
              "  expected the error `eval.above-max`, got the errors: `eval.missing-value`, `eval.unknown-code`\n" +
                  kPath + ":3:5: error: unit `so-x`: missing score for `2` (Cải cách thủ tục hành chính)\n"
                  "    - {id: so-x, name: \"Sở X\", block: so, scores: {\"1\": 40, \"3\": 60}}\n"
                  "      ^\n" +
                  kPath + ":3:59: error: unit `so-x`: code `3` is not in the criteria of block `so`\n"
                  "    - {id: so-x, name: \"Sở X\", block: so, scores: {\"1\": 40, \"3\": 60}}\n" +
                  std::string(2 + 58, ' ') + "^\n");
}

TEST(RunCase, InlineUnitsTakeTheHeaderOfTheCriteria) {
    auto r = run_text(std::string(kSmallCriteria) + R"(units:
  - {id: so-x, name: "Sở X", block: so, scores: {"1": 36, "2": 54}}
expect: {units: {so-x: {index: 90, rank: 1}}}
)");
    EXPECT_TRUE(r->run().passed) << r->render(Lang::En, true);
}

TEST(RunCase, ErrorsInTheFilesStopTheCaseAndAreShown) {
    auto r = run_text("criteria: khong-co.chiso\nscores: khong-co.yaml\nexpect: {units: {x: {rank: 1}}}\n");
    EXPECT_FALSE(r->run().passed);
    EXPECT_FALSE(r->run().evaluated);
    // "cannot read" points at the line of the case file that names the file.
    EXPECT_EQ(r->problems(), (Lines{"1:11 driver.cannot-read", "2:9 driver.cannot-read"}));
    const std::string dir = std::string(CHISO_SOURCE_DIR) + "/tests/unit/testing/";
    EXPECT_EQ(r->render(Lang::En), "FAIL " + kPath + " — case.yaml\n  no results: 2 error(s)\n" + kPath +
                                       ":1:11: error: cannot read file `" + dir + "khong-co.chiso`\n"
                                       "  criteria: khong-co.chiso\n            ^\n" +
                                       kPath + ":2:9: error: cannot read file `" + dir + "khong-co.yaml`\n"
                                       "  scores: khong-co.yaml\n          ^\n");
}

TEST(RunCase, FailedChecksAreListedAndPassingOnesOnlyWhenVerbose) {
    auto r = run_text(std::string("name: \"Sở Nội vụ\"\n") + kDemo + R"(tolerance: 0.01
expect: {units: {so-noi-vu: {points: 89, rank: 2}}}
)",
                      Lang::Vi);
    EXPECT_FALSE(r->run().passed);
    // The demo enters a bonus above its cap: the evaluation's warning comes with the case.
    const std::string capped = std::string(CHISO_SOURCE_DIR) +
                               "/examples/demo/scores-2024.yaml:38:12: warning: đơn vị `so-tai-chinh`: `5` tính ra 3, "
                               "vượt giới hạn 2; chỉ tính 2\n"
                               "        \"5\": 3                                # above the cap: counts as 2\n"
                               "             ^\n";
    EXPECT_EQ(r->render(Lang::Vi), "KHÔNG ĐẠT " + kPath + " — Sở Nội vụ\n" + capped + "  đơn vị so-noi-vu: hạng — mong đợi 2, thực tế 3\n");
    EXPECT_EQ(r->render(Lang::Vi, true), "KHÔNG ĐẠT " + kPath +
                                             " — Sở Nội vụ\n" + capped +
                                             "  đơn vị so-noi-vu: điểm — đạt (mong đợi 89 ± 0,01, thực tế 89,00)\n"
                                             "  đơn vị so-noi-vu: hạng — mong đợi 2, thực tế 3\n");
}

TEST(RunCase, ProblemsOfExpectationsComeBeforeTheFailedChecks) {
    auto r = run_text(std::string(kSmall) + "expect: {units: {so-a: {rank: 2}, so-z: {rank: 1}}}\n");
    EXPECT_EQ(r->render(Lang::En), "FAIL " + kPath + " — case.yaml\n" + kPath +
                                       ":3:35: error: there is no unit `so-z` in the scores (did you mean `so-a`?)\n"
                                       "  expect: {units: {so-a: {rank: 2}, so-z: {rank: 1}}}\n" +
                                       std::string(2 + 34, ' ') + "^\n"
                                       "  unit so-a: rank — expected 2, got 1\n");
}

TEST(RunCase, MessageIdsAreShownWhenAsked) {
    auto r = run_text(std::string(kSmall) + "expect: {units: {so-a: {rank: 2}}}\n", Lang::En, true);
    EXPECT_EQ(render_case(r->test_case(), r->run(), RenderOptions{Lang::En, true}, false),
              "FAIL " + kPath + " — case.yaml [testing.case-failed]\n"
              "  unit so-a [testing.unit]: rank [testing.rank] — expected 2, got 1 [testing.check-failed]\n");
}

// The patch's statements join the criteria; mistakes in a `patch: |` block point
// into the case file.
TEST(RunCase, APatchAddsToTheCriteria) {
    auto r = run_text(std::string(kSmall) + R"(patch: |
  stat tren_85 "Trên 85%" count index > 85
expect: {blocks: {so: {stats: {tren_85: 2, tren_80: 4}}}}
)");
    EXPECT_TRUE(r->run().passed) << r->render(Lang::En, true);
}

TEST(RunCase, APatchChangesALadder) {
    // "What if the cut-off of Xuất sắc were 85?": so-b (88.5), so-c and so-d (85) move up.
    auto r = run_text(std::string(kSmall) + R"(patch: |
  edit ladder xep_loai {
    "Xuất sắc" when index >= 85
    "Tốt" when 80 <= index < 85
  }
expect:
  units:
    so-b: {classes: {xep_loai: "Xuất sắc"}}
  blocks:
    so: {classes: {xep_loai: {"Xuất sắc": 4, "Tốt": 0, "Khá": 1}}}
)");
    EXPECT_TRUE(r->run().passed) << r->render(Lang::En, true);
    // The same case without the patch fails: the criteria file itself is unchanged.
    auto unpatched = run_text(std::string(kSmall) + "expect: {units: {so-b: {classes: {xep_loai: \"Xuất sắc\"}}}}\n");
    EXPECT_FALSE(unpatched->run().passed);
}

TEST(RunCase, MistakesInAPatchPointIntoTheCaseFile) {
    auto r = run_text(std::string(kSmall) + R"(patch: |
  stat tren_85 "Trên 85%" count index >
expect: {blocks: {so: {count: 5}}}
)");
    EXPECT_FALSE(r->run().passed);
    ASSERT_FALSE(r->run().diags.items().empty());
    const Diagnostic& first = r->run().diags.items().front();
    ASSERT_NE(first.loc.file, nullptr);
    EXPECT_EQ(first.loc.file->path(), kPath);
    EXPECT_EQ(first.loc.line, 4u);
    EXPECT_EQ(first.loc.file->line_text(4), "  stat tren_85 \"Trên 85%\" count index >");
}

TEST(RunCase, APatchWrittenOnOneLineIsNamedAfterTheCaseFile) {
    auto r = run_text(std::string(kSmall) + R"(patch: "stat tren_85 \"Trên 85%\" count index >"
expect: {blocks: {so: {count: 5}}}
)");
    EXPECT_FALSE(r->run().passed);
    ASSERT_FALSE(r->run().diags.items().empty());
    const Diagnostic& first = r->run().diags.items().front();
    ASSERT_NE(first.loc.file, nullptr);
    EXPECT_EQ(first.loc.file->path(), kPath + " (patch)");
    EXPECT_EQ(first.loc.line, 1u);
}

}  // namespace
}  // namespace chiso::cases
