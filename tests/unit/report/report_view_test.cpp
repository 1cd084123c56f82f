// The view builder (engine/report/build/report_views.hpp): what it copies out of the
// results for the writers, pinned for the demo (examples/demo) and for a ladder that
// applies to one block only; what ViewNeeds adds; and a unit's explanation as data.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/report/build/report_views.hpp"
#include "engine/report/report.hpp"
#include "engine/report/text/text_writers.hpp"
#include "html_fixture.hpp"

namespace chiso {
namespace {

using Lines = std::vector<std::string>;

Lines unit_classes(const report::BlockReportView& block, std::size_t ladder) {
    Lines out;
    for (const auto& u : block.units) out.push_back(u.id + ": " + (u.classes.at(ladder) ? *u.classes[ladder] : "-"));
    return out;
}

TEST(ReportView, DemoCopiesTheFactsOnce) {
    auto r = testing::evaluate_demo();
    ASSERT_TRUE(r->results);
    const report::ReportView view = report::report_view(*r->results, Lang::Vi, nullptr, {});
    EXPECT_EQ(view.criteria.ladders, (Lines{"xep_loai", "nguoi_dung_dau"}));
    EXPECT_EQ(view.criteria.publish, "percent");
    EXPECT_EQ(view.criteria.pub.places, 2);
    EXPECT_FALSE(view.previous);
    ASSERT_EQ(view.blocks.size(), 2u);
    const report::BlockReportView& so = view.blocks[0];
    EXPECT_EQ(so.id, "so");
    EXPECT_EQ(so.ladders, (std::vector<std::size_t>{0, 1}));
    EXPECT_EQ(unit_classes(so, 0), (Lines{"so-tai-chinh: Xuất sắc", "thanh-tra: Xuất sắc", "so-noi-vu: Tốt",
                                          "vp-ubnd: Khá", "so-y-te: Trung bình"}));
    EXPECT_EQ(so.units[0].rank, 1);
    EXPECT_EQ(so.units[0].published, *Rational::parse_decimal("96.8"));
    EXPECT_EQ(so.stats.count, 5u);
    EXPECT_EQ(so.stats.mean, *Rational::parse_decimal("84.19"));
    ASSERT_EQ(so.class_counts.size(), 2u);
    EXPECT_EQ(so.class_counts[0].id, "xep_loai");
    EXPECT_EQ(so.class_counts[0].counts.front().label, "Xuất sắc");
    EXPECT_EQ(so.class_counts[0].counts.front().count, 2u);
    ASSERT_EQ(so.counted.size(), 2u);
    EXPECT_EQ(so.counted[0].id + " " + so.counted[0].label + " " + std::to_string(so.counted[0].count),
              "tren_90 Trên 90% 2");
    // Nothing a format did not ask for.
    EXPECT_TRUE(so.table.rows.empty());
    EXPECT_TRUE(so.node_codes.empty());
    EXPECT_TRUE(so.units[0].nodes.empty());
}

TEST(ReportView, NeedsAddTablesAndNodes) {
    auto r = testing::evaluate_demo();
    ASSERT_TRUE(r->results);
    const report::ReportView view = report::report_view(*r->results, Lang::En, nullptr, {true, true});
    const report::BlockReportView& so = view.blocks.at(0);
    EXPECT_EQ(so.table.rows.size(), so.units.size());
    EXPECT_EQ(so.table.columns.at(2).header, "Unit");
    const TreeDef& tree = r->results->definition->tree_of(*r->results->blocks[0].block);
    ASSERT_EQ(so.node_codes.size(), tree.nodes.size());
    ASSERT_FALSE(so.units[0].nodes.empty());
    std::uint32_t last = 0;  // pre-order, never the root
    for (const report::NodeView& node : so.units[0].nodes) {
        EXPECT_GT(node.node, last);
        last = node.node;
    }
}

// A ladder with rungs for one block has no class in another: the CSV's cell is
// empty, the JSON has no key, and no counts are listed there.
TEST(ReportView, ALadderOfOneBlockHasNoClassInAnother) {
    auto r = testing::evaluate_text(testing::kLadderOfBlockA,
                                    R"(  - {id: a1, name: "A1", block: a, scores: {"1": 9}}
  - {id: b1, name: "B1", block: b, scores: {"1": 9}}
)");
    ASSERT_TRUE(r->criteria && r->sheet);
    ASSERT_TRUE(r->results);
    const report::ReportView view = report::report_view(*r->results, Lang::Vi, nullptr, {});
    const report::BlockReportView& b = view.blocks.at(1);
    EXPECT_EQ(b.ladders, (std::vector<std::size_t>{0}));
    EXPECT_EQ(unit_classes(b, 1), (Lines{"b1: -"}));
    EXPECT_EQ(unit_classes(view.blocks[0], 1), (Lines{"a1: Cao"}));
    ASSERT_EQ(b.class_counts.size(), 1u);
    EXPECT_EQ(b.class_counts[0].id, "chung");
}

// The explanation as data: every node of the tree, indexed by id, and the text
// writer's output is the entry point's, word for word.
TEST(ReportView, UnitExplanationIsTheExplainText) {
    auto r = testing::evaluate_demo();
    ASSERT_TRUE(r->results);
    const Definition& def = *r->results->definition;
    const BlockResult& block = r->results->blocks.at(0);
    const report::UnitExplanation unit =
        report::unit_explanation(def, report::block_facts(def, block), 2, Lang::En, r->results->tracer.get());
    EXPECT_EQ(unit.id, block.units[2].id);
    EXPECT_EQ(unit.rank, block.units[2].rank);
    const TreeDef& tree = def.tree_of(*block.block);
    ASSERT_EQ(unit.nodes.size(), tree.nodes.size());
    ASSERT_TRUE(unit.tree);
    ASSERT_EQ(unit.tree->size(), tree.nodes.size());
    EXPECT_EQ((*unit.tree)[1].code, tree.nodes[1].code);
    EXPECT_EQ((*unit.tree)[0].children.size(), tree.nodes[0].children.size());
    EXPECT_TRUE(unit.nodes[0].shown);
    EXPECT_FALSE(unit.formula.empty());
    EXPECT_FALSE(unit.standing.empty());
    EXPECT_EQ(report::render_explanation_text(report::criteria_view(def, Lang::En), unit),
              render_explanation(*r->results, block, block.units[2], ReportOptions{Format::Table, Lang::En}));
}

}  // namespace
}  // namespace chiso
