// The comparison of results with expectations (engine/testing/compare.cpp): each
// kind of check passing and failing, tolerances, ties, and expectations that name
// what does not exist.
#include <gtest/gtest.h>

#include "testing_fixture.hpp"

namespace chiso::cases {
namespace {

using test::kDemo;
using test::kSmall;
using test::run_text;

using Lines = std::vector<std::string>;

TEST(Compare, HandCheckedDemoFiguresPass) {
    auto r = run_text(std::string(kDemo) + R"(expect:
  units:
    so-noi-vu: {points: 89}
    vp-ubnd: {index: 76.75, max: 80}
    kho-bac: {index: 68, classes: {xep_loai: "Nhóm II"}}
    so-y-te: {classes: {nguoi_dung_dau: "Không hoàn thành nhiệm vụ"}}
)");
    ASSERT_EQ(r->runs.size(), 1u);
    EXPECT_TRUE(r->run().passed) << r->render(Lang::En, true);
    EXPECT_EQ(r->checks(), (Lines{
                               "unit so-noi-vu: points | 89 | 89.00 | ok",
                               "unit vp-ubnd: index | 76.75 | 76.75 | ok",
                               "unit vp-ubnd: maximum | 80 | 80.00 | ok",
                               "unit kho-bac: index | 68 | 68.00 | ok",
                               "unit kho-bac: class in `xep_loai` | “Nhóm II” | “Nhóm II” | ok",
                               "unit so-y-te: class in `nguoi_dung_dau` | “Không hoàn thành nhiệm vụ” | "
                               "“Không hoàn thành nhiệm vụ” | ok",
                           }));
}

TEST(Compare, EveryUnitCheckShowsExpectedAndActual) {
    auto r = run_text(std::string(kSmall) + R"(expect:
  units:
    so-a: {index: 95.01, points: 94, max: 90, rank: 2, block: huyen,
           classes: {xep_loai: "Tốt", khen_thuong: null}}
    so-c: {rank_in: [1, 2]}
    so-d: {classes: {khen_thuong: "Bằng khen"}}
)");
    EXPECT_FALSE(r->run().passed);
    EXPECT_EQ(r->checks(), (Lines{
                               "unit so-a: index | 95.01 | 95.00 | FAIL",
                               "unit so-a: points | 94 | 95.00 | FAIL",
                               "unit so-a: maximum | 90 | 100.00 | FAIL",
                               "unit so-a: rank | 2 | 1 | FAIL",
                               "unit so-a: block | huyen | so | FAIL",
                               "unit so-a: class in `xep_loai` | “Tốt” | “Xuất sắc” | FAIL",
                               "unit so-a: class in `khen_thuong` | no class | “Bằng khen” | FAIL",
                               "unit so-c: rank | one of [1, 2] | 3 | FAIL",
                               "unit so-d: class in `khen_thuong` | “Bằng khen” | no class | FAIL",
                           }));
}

TEST(Compare, EveryBlockCheckShowsExpectedAndActual) {
    auto r = run_text(std::string(kSmall) + R"(expect:
  blocks:
    so:
      count: 4
      mean: 84.5
      min: 71
      max: 96
      stats: {tren_80: 5}
      classes: {xep_loai: {"Xuất sắc": 2}}
      order: [so-b, so-a]
      first: so-b
      last: so-d
)",
                      Lang::Vi);
    EXPECT_EQ(r->checks(), (Lines{
                               "khối so: số đơn vị | 4 | 5 | FAIL",
                               "khối so: trung bình | 84,5 | 84,70 | FAIL",
                               "khối so: thấp nhất | 71 | 70,00 | FAIL",
                               "khối so: cao nhất | 96 | 95,00 | FAIL",
                               "khối so: thống kê `tren_80` | 5 | 4 | FAIL",
                               "khối so: số đơn vị xếp loại `xep_loai` “Xuất sắc” | 2 | 1 | FAIL",
                               "khối so: thứ tự | [so-b, so-a] | [so-a (hạng 1), so-b (hạng 2)] | FAIL",
                               "khối so: đứng đầu | so-b | so-a | FAIL",
                               "khối so: đứng cuối | so-d | so-e | FAIL",
                           }));
}

TEST(Compare, ToleranceIsInclusiveAndShown) {
    // huyen-2: 75.125 points, published index 75.13.
    auto r = run_text(R"(cases:
  - criteria: ../../golden/files/test_tieu_chi.chiso
    scores: ../../golden/files/test_diem.yaml
    tolerance: 0.005
    expect: {units: {huyen-2: {index: 75.125, points: 75.12}}}
  - criteria: ../../golden/files/test_tieu_chi.chiso
    scores: ../../golden/files/test_diem.yaml
    tolerance: 0.005
    expect: {units: {huyen-2: {index: 75.124, points: 75.13}}}
  - criteria: ../../golden/files/test_tieu_chi.chiso
    scores: ../../golden/files/test_diem.yaml
    tolerance: 0
    expect: {units: {huyen-2: {index: 75.130, points: 75.125}}}
  - criteria: ../../golden/files/test_tieu_chi.chiso
    scores: ../../golden/files/test_diem.yaml
    expect: {units: {huyen-2: {index: 75.125}}}
)");
    EXPECT_EQ(r->checks(0), (Lines{"unit huyen-2: index | 75.125 ± 0.005 | 75.13 | ok",
                                   "unit huyen-2: points | 75.12 ± 0.005 | 75.125 | ok"}));
    EXPECT_EQ(r->checks(1), (Lines{"unit huyen-2: index | 75.124 ± 0.005 | 75.13 | FAIL",
                                   "unit huyen-2: points | 75.13 ± 0.005 | 75.125 | ok"}));
    // A zero tolerance is not shown; trailing zeros are the same number.
    EXPECT_EQ(r->checks(2), (Lines{"unit huyen-2: index | 75.130 | 75.13 | ok",
                                   "unit huyen-2: points | 75.125 | 75.125 | ok"}));
    EXPECT_EQ(r->checks(3), (Lines{"unit huyen-2: index | 75.125 | 75.13 | FAIL"}));
}

TEST(Compare, UnitsSharingARankMayBeListedInEitherOrder) {
    // so-c and so-d share the 3rd place.
    auto r = run_text(std::string(kSmall) + R"(expect:
  units:
    so-c: {rank: 3, rank_in: [3, 4]}
    so-d: {rank: 3}
  blocks:
    so: {order: [so-a, so-d, so-c, so-e]}
)");
    EXPECT_TRUE(r->run().passed) << r->render(Lang::En, true);
    auto reversed = run_text(std::string(kSmall) + "expect: {blocks: {so: {order: [so-c, so-d, so-b]}}}\n");
    EXPECT_EQ(reversed->checks(), (Lines{"block so: order | [so-c, so-d, so-b] | [so-b (rank 2), so-c (rank 3), "
                                         "so-d (rank 3)] | FAIL"}));
}

TEST(Compare, FirstAndLastAcceptEveryUnitSharingThatRank) {
    auto r = run_text(R"(criteria: ../../golden/files/test_tieu_chi.chiso
units:
  - {id: a, name: A, block: so, scores: {"1": 30, "2": 50}}
  - {id: b, name: B, block: so, scores: {"1": 30, "2": 50}}
  - {id: c, name: C, block: so, scores: {"1": 40, "2": 60}}
expect:
  blocks:
    so: {first: c, last: b}
    huyen: {count: 0}
)");
    EXPECT_TRUE(r->run().passed) << r->render(Lang::En, true);
    auto wrong = run_text(R"(criteria: ../../golden/files/test_tieu_chi.chiso
units:
  - {id: a, name: A, block: so, scores: {"1": 30, "2": 50}}
  - {id: b, name: B, block: so, scores: {"1": 30, "2": 50}}
  - {id: c, name: C, block: so, scores: {"1": 40, "2": 60}}
expect:
  blocks:
    so: {last: c, first: a}
)");
    EXPECT_EQ(wrong->checks(), (Lines{"block so: first | a | c | FAIL", "block so: last | c | [a, b] | FAIL"}));
}

TEST(Compare, StatisticsOfABlockWithoutUnits) {
    auto r = run_text(std::string(kSmall) + "expect: {blocks: {tw: {count: 0, mean: 0, min: 0}}}\n");
    EXPECT_EQ(r->checks(), (Lines{"block tw: units | 0 | 0 | ok", "block tw: mean | 0 | the block has no units | FAIL",
                                  "block tw: lowest | 0 | the block has no units | FAIL"}));
}

TEST(Compare, ExpectationsNamingWhatDoesNotExistArePositionedWithSuggestions) {
    auto r = run_text(std::string(kSmall) + R"(expect:
  units:
    so-f: {rank: 1}
    so-a: {block: huyn, rank: 1, classes: {xep_loaii: "Xuất sắc", xep_loai: "Xuất sác"}}
    huyen-1: {classes: {khen_thuong: "Bằng khen", xep_loai: null}}
  blocks:
    so:
      stats: {tren_90: 1}
      classes: {xep_loai: {"Trung binh": 0}, khen_thuong: {"Bằng khen": 1}}
      order: [so-a, huyen-1, so-bb]
      first: huyen-2
    khoi-tinh: {count: 1}
)");
    EXPECT_FALSE(r->run().passed);
    EXPECT_TRUE(r->run().evaluated);
    EXPECT_EQ(r->problems(), (Lines{
                                 "5:5 testing.unknown-unit ~so-a",
                                 "6:19 testing.unknown-block ~huyen",
                                 "6:44 testing.unknown-ladder ~xep_loai",
                                 "6:77 testing.unknown-label ~Xuất sắc",
                                 "7:38 testing.ladder-not-for-block",
                                 "10:15 testing.unknown-stat ~tren_80",
                                 "11:28 testing.unknown-label",
                                 "12:21 testing.not-in-block",
                                 "12:30 testing.unknown-unit ~so-b",
                                 "13:14 testing.not-in-block",
                                 "14:5 testing.unknown-block",
                             }));
    // What could be checked still is.
    EXPECT_EQ(r->checks(), (Lines{"unit so-a: rank | 1 | 1 | ok",
                                  "unit huyen-1: class in `xep_loai` | no class | “Xuất sắc” | FAIL",
                                  "block so: units with class “Bằng khen” in `khen_thuong` | 1 | 1 | ok"}));
}

TEST(Compare, NoClassIsExpectedForALadderThatDoesNotClassifyTheBlock) {
    auto r = run_text(std::string(kSmall) + "expect: {units: {huyen-1: {classes: {khen_thuong: null}}}}\n");
    EXPECT_TRUE(r->run().passed) << r->render(Lang::En, true);
}

}  // namespace
}  // namespace chiso::cases
