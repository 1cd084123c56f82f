// The synthetic demo (examples/demo): hand-checked totals and an explanation that
// accounts for every point of every unit.
#include <gtest/gtest.h>

#include "engine/report/report.hpp"
#include "engine_fixture.hpp"

namespace {

class Demo : public ::testing::Test {
protected:
    void SetUp() override {
        run_ = chiso::testing::run_files("examples/demo/par-demo.chiso", "examples/demo/scores-2024.yaml");
        ASSERT_TRUE(run_->results) << run_->messages();
    }
    const chiso::UnitResult& unit(const std::string& id) const { return run_->unit(id); }

    std::unique_ptr<chiso::testing::Run> run_;
};

}  // namespace

TEST_F(Demo, HandCheckedTotals) {
    // Sở Nội vụ: area 1 = 2 + 1.5 (appraised "tốt") + 1.5 (one late report) + 2 (95% band) = 7;
    // area 2 = 9.8 + 9; area 3 = 40 × (0.6 × 0.9 + 0.4 × 0.8) = 34.4; area 4 = 18.5 + 8.8;
    // bonus 1.5 -> 89.
    EXPECT_EQ(unit("so-noi-vu").points.to_string(), "89");
    // Văn phòng UBND: area 2 not applicable -> 61.4 of 80 = 76.75%.
    EXPECT_EQ(unit("vp-ubnd").max.to_string(), "80");
    EXPECT_EQ(unit("vp-ubnd").published.to_fixed(2), "76.75");
    // Sở Tài chính: a bonus of 3 is held at its cap of 2.
    EXPECT_EQ(unit("so-tai-chinh").points.to_string(), "96.8");
    // Kho bạc (60-point block): A.2 not applicable, A.3 missing -> default 0: 30.6 of 45.
    EXPECT_EQ(unit("kho-bac").published.to_fixed(2), "68.00");
    EXPECT_EQ(unit("kho-bac").classes.at("xep_loai"), "Nhóm II");
    // Sở Y tế is disciplined: the override wins whatever the index.
    EXPECT_EQ(unit("so-y-te").classes.at("nguoi_dung_dau"), "Không hoàn thành nhiệm vụ");
}

TEST_F(Demo, EveryPointIsAccountedFor) {
    const auto& def = *run_->criteria->definition;
    for (const auto& block : run_->results->blocks) {
        const auto& tree = def.tree_of(*block.block);
        for (const auto& u : block.units) {
            for (chiso::NodeId id = 0; id < tree.nodes.size(); ++id) {
                const auto& node = tree.nodes[id];
                const chiso::NodeValue out = block.node(u, id);
                if (!out.evaluated || node.is_leaf() || node.weighted || out.source != chiso::NodeSource::Children)
                    continue;
                chiso::Rational sum;
                for (auto c : node.children) sum += block.points(u, c);
                EXPECT_EQ(chiso::min(chiso::max(sum, chiso::Rational(0)), out.max), out.points)
                    << u.id << " " << node.code;
            }
            EXPECT_EQ(u.points / u.max * chiso::Rational(100), u.index) << u.id;
            const std::string text =
                chiso::render_explanation(*run_->results, block, u, chiso::ReportOptions{chiso::Format::Table, chiso::Lang::Vi});
            for (chiso::NodeId id = 1; id < tree.nodes.size(); ++id) {
                if (!block.node(u, id).evaluated) continue;
                EXPECT_NE(text.find(" " + tree.nodes[id].code + "  "), std::string::npos) << u.id << " " << tree.nodes[id].code;
            }
            EXPECT_NE(text.find("01/QĐ-UBND"), std::string::npos);  // the legal basis is cited
        }
    }
}
