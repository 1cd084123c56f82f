// Published results (docs/years.md) and the year-to-year keys of score files
// (`previous:`, `predecessors:`).
#include <gtest/gtest.h>

#include "engine/input/results_loader.hpp"
#include "input_test_util.hpp"

namespace {

using chiso::Diagnostics;
using chiso::SourceSet;

TEST(PublishedResults, ReadsRanksIndicesAndClasses) {
    SourceSet sources;
    const auto& file = sources.add("ket-qua.yaml", R"(index: par
locality: haiphong
year: 2018
coverage: partial
results:
  - {id: hong-bang, name: "Quận Hồng Bàng", block: huyen, rank: 1, index: 90.10, classes: {xep_loai: Tốt}}
  - {id: an-lao, block: huyen, rank: 9}
  - {id: y-te, block: so, points: 88.5}
)");
    Diagnostics diags;
    auto results = chiso::load_published_results(file, diags);
    ASSERT_TRUE(results) << render_all(diags, chiso::RenderOptions{chiso::Lang::En});
    EXPECT_TRUE(results->partial);
    EXPECT_EQ(results->year, 2018);
    ASSERT_EQ(results->units.size(), 3u);
    EXPECT_EQ(results->units[0].name, "Quận Hồng Bàng");
    EXPECT_EQ(*results->units[0].rank, 1);
    EXPECT_EQ(results->units[0].index->to_fixed(3), "90.100");  // exact, not a double
    EXPECT_EQ(results->units[0].classes.at("xep_loai"), "Tốt");
    EXPECT_FALSE(results->units[1].index);
    EXPECT_FALSE(results->units[2].rank);
    EXPECT_EQ(results->units[2].points->to_fixed(1), "88.5");
}

TEST(PublishedResults, CompleteUnlessSaidOtherwise) {
    SourceSet sources;
    const auto& file = sources.add("k.yaml", "index: par\nlocality: x\nyear: 2018\nresults: []\n");
    Diagnostics diags;
    auto results = chiso::load_published_results(file, diags);
    ASSERT_TRUE(results);
    EXPECT_FALSE(results->partial);
}

TEST(PublishedResults, TiedRanksNeedEqualIndices) {
    SourceSet sources;
    const auto& file = sources.add("k.yaml", R"(index: par
locality: x
year: 2018
results:
  - {id: a, block: so, rank: 6, index: 90.29}
  - {id: b, block: so, rank: 6, index: 90.29}
  - {id: c, block: huyen, rank: 6}
)");
    Diagnostics diags;
    EXPECT_TRUE(chiso::load_published_results(file, diags)) << "đồng hạng with the same index; another block";
}

// A block written with a no-break space or in capitals is the same block (as everywhere):
// two units there cannot hold one rank with different indices.
TEST(PublishedResults, RanksAreUniqueInTheNormalisedBlock) {
    SourceSet sources;
    const auto& file = sources.add("k.yaml", "index: par\nlocality: x\nyear: 2018\nresults:\n"
                                             "  - {id: a, block: so, rank: 6, index: 90.29}\n"
                                             "  - {id: b, block: \"SO\u00a0\", rank: 6, index: 88.10}\n");
    Diagnostics diags;
    EXPECT_FALSE(chiso::load_published_results(file, diags));
    ASSERT_FALSE(diags.items().empty());
    EXPECT_EQ(diags.items()[0].message->id, std::string("results.duplicate-rank"));
}

TEST(PublishedResults, KindOfFileByItsTopKey) {
    SourceSet sources;
    EXPECT_TRUE(chiso::is_published_results_file(sources.add("a.yaml", "# c\nindex: par\nresults:\n")));
    EXPECT_TRUE(chiso::is_published_results_file(sources.add("b.yaml", "\xEF\xBB\xBFresults: []\n")));
    EXPECT_FALSE(chiso::is_published_results_file(sources.add("c.yaml", "index: par\nunits:\n  results: 1\n")));
}

TEST(ScoreSheetYears, PreviousAndPredecessors) {
    SourceSet sources;
    auto loaded = chiso::test::load(sources, R"(index: par
locality: haiphong
year: 2019
previous: par-2018-ket-qua.yaml
units:
  - {id: a, name: A, block: b}
  - {id: c, name: C, block: b, predecessors: []}
  - {id: d, name: D, block: b, predecessors: [x, "y"]}
)");
    ASSERT_TRUE(loaded.sheet) << loaded.en();
    EXPECT_EQ(loaded.sheet->previous, "par-2018-ket-qua.yaml");
    EXPECT_EQ(loaded.sheet->previous_loc.line, 4u);
    const auto& units = loaded.sheet->units;
    EXPECT_FALSE(units[0].predecessors) << "absent: the same id last year";
    ASSERT_TRUE(units[1].predecessors);
    EXPECT_TRUE(units[1].predecessors->empty()) << "[]: a new unit";
    EXPECT_EQ(*units[2].predecessors, (std::vector<std::string>{"x", "y"}));
    EXPECT_EQ(units[2].predecessor_locs[1].char_col(), 50u);
}

TEST(ScoreSheetYears, PredecessorMistakes) {
    SourceSet sources;
    auto loaded = chiso::test::load(sources, chiso::test::unit_file("    predecessors: [an-lao, an-lao, [x]]\n"));
    EXPECT_FALSE(loaded.sheet);
    const std::string en = loaded.en();
    EXPECT_NE(en.find("scores.yaml:8:28: error: unit `ngo-quyen`: last year's unit `an-lao` is listed twice"),
              std::string::npos) << en;
    EXPECT_NE(en.find("scores.yaml:8:36: error: unit `ngo-quyen`: each entry of `predecessors` must be the id"),
              std::string::npos) << en;
    auto not_list = chiso::test::load(sources, chiso::test::unit_file("    predecessors: an-lao\n"));
    EXPECT_NE(not_list.vi().find("`predecessors` phải là danh sách mã đơn vị năm trước"), std::string::npos)
        << not_list.vi();
}

}  // namespace
