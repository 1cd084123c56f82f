// The acceptance case: the demo's scores of 2024 under the revised criteria of
// examples/demo/par-demo-2025.chiso (a cut-off moved, an area's maximum changed, a
// criterion removed): the expected class changes, and each unit's change split
// exactly over the rule changes that caused it.
#include <gtest/gtest.h>

#include "diff_fixture.hpp"
#include "engine/diff/contributions.hpp"

namespace chiso::difftest {
namespace {

using diff::ChangeKind;

std::unique_ptr<Pair> demo() {
    return compare_files("examples/demo/par-demo.chiso", "examples/demo/par-demo-2025.chiso",
                         "examples/demo/scores-2024.yaml");
}

const diff::UnitDiff& unit(const Pair& p, const std::string& id) {
    for (const auto& b : p.comparison->blocks)
        for (const auto& u : b.units)
            if (u.new_unit->id == id) return u;
    throw std::runtime_error("no unit " + id);
}

const diff::ClassChange& ladder(const diff::UnitDiff& u, const std::string& id) {
    for (const auto& c : u.classes)
        if (c.ladder == id) return c;
    throw std::runtime_error("no ladder " + id);
}

// The amount charged to a change of this kind and subject (0 when none).
Rational charged(const Pair& p, const diff::UnitDiff& u, ChangeKind kind, const std::string& subject) {
    for (const auto& line : u.attribution)
        if (line.kind == diff::AttributionLine::Kind::Change && p.rules.changes[line.change].kind == kind &&
            p.rules.changes[line.change].subject == subject)
            return line.amount;
    return Rational(0);
}

Rational charged(const diff::UnitDiff& u, diff::AttributionLine::Kind kind) {
    for (const auto& line : u.attribution)
        if (line.kind == kind) return line.amount;
    return Rational(0);
}

TEST(DemoDiff, TheRuleChanges) {
    auto p = demo();
    EXPECT_NE(p->find(ChangeKind::NodeRemoved, "2.2"), nullptr);
    const auto* max3 = p->find(ChangeKind::NodeMaxChanged, "3");
    ASSERT_NE(max3, nullptr);
    EXPECT_EQ(max3->old_text, "40");
    EXPECT_EQ(max3->new_text, "50");
    EXPECT_NE(max3->new_loc.file->path().find("par-demo-2025.chiso"), std::string::npos);
    EXPECT_NE(p->find(ChangeKind::RungConditionChanged, "Xuất sắc"), nullptr);
    EXPECT_NE(p->find(ChangeKind::YearChanged), nullptr);
}

TEST(DemoDiff, AttributionAddsUpExactlyForEveryUnit) {
    auto p = demo();
    ASSERT_TRUE(p->comparison);
    std::size_t units = 0;
    for (const auto& b : p->comparison->blocks)
        for (const auto& u : b.units) {
            Rational sum;
            for (const auto& line : u.attribution) {
                EXPECT_FALSE(line.amount.is_zero());
                sum += line.amount;
            }
            EXPECT_EQ(sum, u.delta_index) << u.new_unit->id;
            ++units;
        }
    EXPECT_EQ(units, 8u);
}

TEST(DemoDiff, ContributionsAddUpToTheIndex) {
    auto p = demo();
    for (const auto* results : {p->comparison->old_results.get(), p->comparison->new_results.get()})
        for (const auto& b : results->blocks)
            for (const auto& u : b.units) {
                const auto c = diff::contributions(*results->definition, results->definition->tree_of(*b.block), b, u);
                EXPECT_EQ(c.sum + c.rest, u.published) << u.id;
            }
}

TEST(DemoDiff, ClassChangedBecauseOfTheCutOff) {
    auto p = demo();
    const auto& u = unit(*p, "so-noi-vu");
    EXPECT_EQ(u.old_unit->published, Rational(89));
    EXPECT_EQ(u.new_unit->published, Rational(886, 10));
    const auto& c = ladder(u, "xep_loai");
    EXPECT_EQ(c.old_label, std::optional<std::string>("Tốt"));
    EXPECT_EQ(c.new_label, std::optional<std::string>("Xuất sắc"));
    EXPECT_EQ(c.cause, diff::ClassCause::CutOff);
    EXPECT_EQ(c.new_under_old, std::optional<std::string>("Tốt"));
    // 2.2 gave 9 of its 10 points; area 3 (8.6 of 10 on its components) is now worth 50.
    EXPECT_EQ(charged(*p, u, ChangeKind::NodeRemoved, "2.2"), Rational(-9));
    EXPECT_EQ(charged(*p, u, ChangeKind::NodeMaxChanged, "3"), Rational(86, 10));
    EXPECT_EQ(u.attribution.size(), 2u);
    EXPECT_EQ(u.rank_move, 1);
}

TEST(DemoDiff, ClassChangedBecauseOfTheMaximum) {
    auto p = demo();
    const auto& u = unit(*p, "thanh-tra");  // area 2 not applicable; area 3 given as a total, 36
    const auto& c = ladder(u, "xep_loai");
    EXPECT_EQ(c.old_label, std::optional<std::string>("Xuất sắc"));
    EXPECT_EQ(c.new_label, std::optional<std::string>("Tốt"));
    EXPECT_EQ(c.cause, diff::ClassCause::Result);
    EXPECT_EQ(c.new_under_old, std::optional<std::string>("Tốt"));
    // Area 3: 36 points were 36/80 of the index, now 36/90: 45 → 40.
    EXPECT_EQ(charged(*p, u, ChangeKind::NodeMaxChanged, "3"), Rational(-5));
    // The other 36.3 points: 100/80 → 100/90 of them, −5.041666…
    EXPECT_EQ(charged(u, diff::AttributionLine::Kind::TotalMax), Rational(363, 10) * (Rational(100, 90) - Rational(100, 80)));
    EXPECT_EQ(ladder(u, "nguoi_dung_dau").cause, diff::ClassCause::Result);
    EXPECT_EQ(u.rank_move, -1);
}

TEST(DemoDiff, UnitsInOrderOfChange) {
    auto p = demo();
    const auto& so = p->comparison->blocks.at(0);
    std::vector<std::string> ids;
    for (const auto& u : so.units) ids.push_back(u.new_unit->id);
    EXPECT_EQ(ids, (std::vector<std::string>{"thanh-tra", "so-y-te", "so-tai-chinh", "so-noi-vu", "vp-ubnd"}));
    EXPECT_EQ(so.summary.class_changes.at(0), (std::pair<std::string, std::size_t>{"xep_loai", 2}));
    EXPECT_EQ(so.summary.up.units, std::vector<std::string>{"so-noi-vu"});
    EXPECT_EQ(so.summary.down.units, std::vector<std::string>{"thanh-tra"});
    // Ranks 2,1,3,4,5 → 3,1,2,4,5 (thanh-tra, tài chính, nội vụ, …): ρ = 0.9, τ = 0.8.
    EXPECT_NEAR(*so.summary.spearman, 0.9, 1e-12);
    EXPECT_NEAR(*so.summary.kendall, 0.8, 1e-12);
    const auto& tw = p->comparison->blocks.at(1);
    EXPECT_EQ(tw.summary.changed, 0u);
}

TEST(DemoDiff, OneWarningPerDroppedCode) {
    auto p = demo();
    std::size_t warnings = 0;
    for (const auto& d : p->diags.items())
        if (d.severity == Severity::Warning && d.message->id != std::string_view("eval.capped")) {  // the demo's bonus above its cap
            ++warnings;
            EXPECT_EQ(d.args.at(0), "2.2");
        }
    EXPECT_EQ(warnings, 1u);  // four units entered 2.2: one warning
}

}  // namespace
}  // namespace chiso::difftest
