// NodeColumns: fixed rows over a common denominator, exact rows, materialisation,
// the sparse assessed cells, and BlockResult's accessor over both kinds of row.
#include <gtest/gtest.h>

#include <stdexcept>

#include "engine/eval/results.hpp"

namespace chiso {
namespace {

Rational dec(const char* text) { return *Rational::parse_decimal(text); }

NodeValue value(NodeSource source, const char* points, const char* max, bool capped = false) {
    NodeValue v;
    v.source = source;
    v.points = dec(points);
    v.max = dec(max);
    v.evaluated = true;
    v.capped = capped;
    return v;
}

TEST(NodeColumns, FixedRowsAreOverTheCommonDenominator) {
    NodeColumns c(2, 3, 4);  // quarters
    EXPECT_EQ(c.nodes(), 2u);
    EXPECT_EQ(c.rows(), 3u);
    c.points_column(1)[2] = 7;  // 7/4
    c.max_column(1)[2] = 8;     // 2
    c.flags_column(1)[2] = NodeFlags::make(NodeSource::Rule, true, false, true);
    const NodeValue v = c.at(2, 1);
    EXPECT_EQ(v.points, dec("1.75"));
    EXPECT_EQ(v.max, Rational(2));
    EXPECT_EQ(v.source, NodeSource::Rule);
    EXPECT_TRUE(v.evaluated);
    EXPECT_FALSE(v.not_applicable);
    EXPECT_TRUE(v.capped);
    EXPECT_EQ(c.points(2, 1), dec("1.75"));
    // Untouched cells are zero, not evaluated, from children.
    const NodeValue untouched = c.at(0, 0);
    EXPECT_TRUE(untouched.points.is_zero());
    EXPECT_FALSE(untouched.evaluated);
    EXPECT_FALSE(c.is_exact(0));
}

TEST(NodeColumns, ExactRowsSitBesideFixedOnes) {
    NodeColumns c(2, 2, 4);
    c.points_column(0)[0] = 2;
    // 1/3 has no quarter: the row is held exactly, the other stays fixed.
    c.set_exact(1, {value(NodeSource::Children, "1", "3"), value(NodeSource::Rule, "0.333", "1")});
    EXPECT_FALSE(c.is_exact(0));
    EXPECT_TRUE(c.is_exact(1));
    EXPECT_EQ(c.points(0, 0), dec("0.5"));
    EXPECT_EQ(c.at(1, 1).points, dec("0.333"));
    EXPECT_EQ(c.points(1, 0), Rational(1));
    // Set again: replaced, not appended.
    c.set_exact(1, {value(NodeSource::Children, "2", "3"), value(NodeSource::Given, "1", "1")});
    EXPECT_EQ(c.points(1, 0), Rational(2));
    EXPECT_EQ(c.at(1, 1).source, NodeSource::Given);
}

// Parts joined node by node (each part's column freed once copied): every row keeps
// its cells, flags, own denominator, exact form and assessed cells, in order; the
// parts are emptied.
TEST(NodeColumns, ConcatenateKeepsEveryRowOfEveryPart) {
    std::vector<NodeColumns> parts;
    parts.emplace_back(2, 2, 4);
    parts[0].points_column(1)[1] = 7;
    parts[0].max_column(1)[1] = 8;
    parts[0].flags_column(1)[1] = NodeFlags::make(NodeSource::Rule, true, false, true);
    parts[0].set_row_denominator(0, 12);
    parts[0].points_column(0)[0] = 5;  // 5/12
    parts[0].set_assessed(1, 1, Assessed{});
    parts.emplace_back(2, 1, 4);
    parts[1].set_exact(0, {value(NodeSource::Children, "1", "3"), value(NodeSource::Rule, "0.333", "1")});
    parts.emplace_back(2, 3, 4);
    parts[2].points_column(0)[2] = 3;
    parts[2].set_exact(1, {value(NodeSource::Given, "2", "3"), value(NodeSource::Given, "1", "1")});
    parts[2].set_assessed(0, 0, Assessed{});
    parts[2].set_assessed(2, 1, Assessed{});

    const NodeColumns c = NodeColumns::concatenate(parts);
    EXPECT_EQ(c.rows(), 6u);
    EXPECT_EQ(c.nodes(), 2u);
    EXPECT_EQ(c.points(0, 0), Rational(5, 12));
    EXPECT_EQ(c.row_denominator(0), 12);
    EXPECT_EQ(c.row_denominator(1), 4);
    const NodeValue v = c.at(1, 1);
    EXPECT_EQ(v.points, dec("1.75"));
    EXPECT_EQ(v.max, Rational(2));
    EXPECT_TRUE(v.capped);
    EXPECT_TRUE(c.is_exact(2));
    EXPECT_EQ(c.at(2, 1).points, dec("0.333"));
    EXPECT_FALSE(c.is_exact(3));
    EXPECT_TRUE(c.is_exact(4));
    EXPECT_EQ(c.points(4, 0), Rational(2));
    EXPECT_EQ(c.points(5, 0), dec("0.75"));
    EXPECT_EQ(c.points_column(0)[5], 3);
    EXPECT_NE(c.assessed(1, 1), nullptr);
    EXPECT_NE(c.assessed(3, 0), nullptr);
    EXPECT_NE(c.assessed(5, 1), nullptr);
    EXPECT_EQ(c.assessed(5, 0), nullptr);
    for (const NodeColumns& p : parts) {
        EXPECT_EQ(p.rows(), 0u);
        EXPECT_EQ(p.points_column(0), nullptr);
    }
}

TEST(NodeColumns, AllExactColumnsRefuseUnsetRowsAndWrongWidths) {
    NodeColumns c = NodeColumns::all_exact(2, 2);
    c.set_exact(0, {value(NodeSource::Children, "1", "2"), value(NodeSource::Rule, "1", "2")});
    EXPECT_EQ(c.points(0, 1), Rational(1));
    EXPECT_THROW(c.at(1, 0), std::logic_error);  // never set: no fixed cells to fall back on
    EXPECT_THROW(c.set_exact(0, {value(NodeSource::Rule, "1", "1")}), std::logic_error);
    EXPECT_THROW(c.set_exact(2, {value(NodeSource::Rule, "1", "1"), value(NodeSource::Rule, "1", "1")}),
                 std::logic_error);
}

TEST(NodeColumns, AssessedCellsAreSparseAndOrdered) {
    NodeColumns c = NodeColumns::all_exact(3, 3);
    c.set_assessed(0, 2, Assessed{Rational(10), Rational(8)});
    c.set_assessed(2, 1, Assessed{Rational(3), std::nullopt});
    ASSERT_NE(c.assessed(0, 2), nullptr);
    EXPECT_EQ(*c.assessed(0, 2)->self, Rational(10));
    EXPECT_EQ(*c.assessed(0, 2)->appraised, Rational(8));
    EXPECT_FALSE(c.assessed(2, 1)->appraised);
    EXPECT_EQ(c.assessed(0, 1), nullptr);
    EXPECT_EQ(c.assessed(1, 2), nullptr);
    EXPECT_THROW(c.set_assessed(1, 0, Assessed{}), std::logic_error);  // out of order
}

TEST(NodeColumns, BlockResultReadsAUnitThroughItsRow) {
    BlockResult b;
    b.nodes = NodeColumns(2, 2, 2);
    b.nodes.points_column(1)[0] = 3;  // row 0: 3/2
    b.nodes.set_exact(1, {value(NodeSource::Children, "5", "6"), value(NodeSource::Rule, "2.5", "3", true)});
    b.nodes.set_assessed(1, 1, Assessed{Rational(3), std::nullopt});
    UnitResult first, second;
    first.id = "a";
    first.row = 1;  // rank order need not be row order
    second.id = "b";
    second.row = 0;
    b.units = {first, second};
    EXPECT_EQ(b.points(b.units[0], 1), dec("2.5"));
    EXPECT_TRUE(b.node(b.units[0], 1).capped);
    EXPECT_EQ(b.points(b.units[1], 1), dec("1.5"));
    EXPECT_NE(b.assessed(b.units[0], 1), nullptr);
    EXPECT_EQ(b.assessed(b.units[1], 1), nullptr);
}

}  // namespace
}  // namespace chiso

namespace chiso {
namespace {

TEST(PackedRow, KeepsEveryValueExactlyIncludingOnesBeyond64Bits) {
    NodeValue small;
    small.source = NodeSource::Rule;
    small.points = Rational(7, 3);
    small.max = Rational(4);
    small.evaluated = small.capped = true;
    NodeValue na;
    na.source = NodeSource::NotApplicable;
    na.not_applicable = na.evaluated = true;
    const PackedRow packed({small, na});
    ASSERT_EQ(packed.size(), 2u);
    EXPECT_EQ(packed.at(0).points, Rational(7, 3));
    EXPECT_EQ(packed.points(0), Rational(7, 3));
    EXPECT_EQ(packed.at(0).max, Rational(4));
    EXPECT_TRUE(packed.at(0).capped);
    EXPECT_EQ(packed.at(1).source, NodeSource::NotApplicable);
    EXPECT_TRUE(packed.at(1).not_applicable);
    EXPECT_FALSE(packed.at(1).capped);

    // A value held by GMP keeps the row as NodeValues.
    NodeValue huge = small;
    huge.points = Rational(INT64_MAX) * Rational(INT64_MAX);
    ASSERT_TRUE(huge.points.is_big());
    const PackedRow exact({huge, small});
    EXPECT_EQ(exact.points(0), huge.points);
    EXPECT_EQ(exact.at(1).points, Rational(7, 3));

    NodeColumns c = NodeColumns::all_exact(2, 2);
    c.set_exact(0, PackedRow({small, na}));
    c.set_exact(1, std::vector<NodeValue>{huge, small});
    EXPECT_EQ(c.points(0, 0), Rational(7, 3));
    EXPECT_EQ(c.points(1, 0), huge.points);
}

}  // namespace
}  // namespace chiso
