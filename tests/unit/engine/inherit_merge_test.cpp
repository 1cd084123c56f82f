// merge(): a child's changes applied to its parent's effective file. The parent is
// parsed from text; the child's changes are built by hand (as the parser builds them).
#include <gtest/gtest.h>

#include "dsl/parser.hpp"
#include "engine/driver/driver.hpp"
#include "dsl/print.hpp"
#include "engine/resolve/inherit.hpp"

namespace chiso {
namespace {

const char* kParent = R"(index par "Chỉ số CCHC"
locality vn "Mẫu chung"
year 2022
basis "01/QĐ-BNV" date 2022-01-10 "Bộ chỉ số"
block so "Sở, ban, ngành" tree so
block huyen "UBND huyện" tree so exclude 3
tree so "Bộ tiêu chí cấp sở" max 20 {
  area 1 "Chỉ đạo, điều hành" max 6 {
    criterion 1.1 "Kế hoạch" max 3 yesno
    criterion 1.2 "Báo cáo" max 3
  }
  area 2 "Thủ tục hành chính" max 8 {
    criterion 2.1 "Đúng hạn" max 4 proportional
    criterion 2.2 "Công khai" max 4 {
      item 2.2.1 "Niêm yết" max 2
      item 2.2.2 "Trực tuyến" max 2
    }
  }
  area 3 "Hiện đại hóa" max 6 {
    criterion 3.1 "Chính quyền số" max 3
    criterion 3.2 "ISO" max 3
  }
}
ladder xep_loai "Xếp loại" {
  "Tốt" when index >= 80
  "Khá" when index < 80
  block huyen {
    "Nhóm I" when index >= 75
    "Nhóm II" when index < 75
  }
}
ladder dau "Người đứng đầu" {
  "Hoàn thành" otherwise
}
stat tren_80 "Trên 80" count index >= 80
stat tren_90 "Trên 90" count index >= 90
)";

class Merge : public ::testing::Test {
protected:
    Merge() : parent_source_(sources_.add("vn/par.chiso", kParent)), child_source_(sources_.add("ht/par.chiso", lines())) {
        child_.source = &child_source_;
    }

    static std::string lines() {
        std::string text;
        for (int i = 1; i <= 60; ++i) text += "line " + std::to_string(i) + " of the child with enough columns to point at\n";
        return text;
    }

    ast::File parent() {
        Diagnostics d;
        auto f = dsl::parse(parent_source_, d);
        EXPECT_TRUE(f) << render_all(d, RenderOptions{Lang::En, true});
        return std::move(*f);
    }

    SourceLoc at(std::uint32_t line, std::uint32_t col = 1) const { return SourceLoc{&child_source_, line, col}; }
    ast::Name name(const std::string& text, std::uint32_t line, std::uint32_t col = 1) const { return {text, at(line, col)}; }
    ast::Number number(const char* text, std::uint32_t line, std::uint32_t col = 1) const {
        std::string_view t = text;
        ast::Number n;
        n.percent = t.ends_with('%');
        if (n.percent) t.remove_suffix(1);
        n.value = *Rational::parse_decimal(t);
        n.loc = at(line, col);
        return n;
    }

    ast::TreeEdit& edit_tree(std::uint32_t line) {
        auto& e = child_.tree_edits.emplace_back();
        e.tree = name("so", line, 11);
        e.loc = at(line);
        return e;
    }
    static ast::NodeEdit& node_edit(ast::TreeEdit& tree, ast::NodeEdit::Kind kind, ast::Name code) {
        auto& e = tree.edits.emplace_back();
        e.kind = kind;
        e.code = code;
        e.node.code = code;
        e.loc = code.loc;
        return e;
    }

    std::optional<ast::File> run() { return merge(parent(), child_, diags_, origins_); }
    std::string messages() const {
        Diagnostics sorted = diags_;
        sorted.sort_by_position();
        return render_all(sorted, RenderOptions{Lang::En, true});
    }

    static std::string outline(const std::vector<ast::Node>& nodes) {
        std::string out;
        for (const auto& n : nodes) {
            out += (out.empty() ? "" : " ") + n.code.text;
            if (!n.children.empty()) out += "(" + outline(n.children) + ")";
        }
        return out;
    }
    static const ast::Node* find(const std::vector<ast::Node>& nodes, const std::string& code) {
        for (const auto& n : nodes) {
            if (n.code.text == code) return &n;
            if (const ast::Node* inner = find(n.children, code)) return inner;
        }
        return nullptr;
    }

    SourceSet sources_;
    const SourceFile& parent_source_;
    const SourceFile& child_source_;
    ast::File child_;
    Diagnostics diags_;
    Origins origins_;
};

TEST_F(Merge, HeaderStatementsReplaceAndBasesAddUp) {
    child_.locality_id = name("hatinh", 2, 10);
    child_.locality_name = "Hà Tĩnh";
    child_.year = number("2023", 3, 6);
    child_.bases.push_back({"12/QĐ-UBND", "2023-02-01", "Bộ chỉ số của tỉnh", at(4)});
    child_.missing_is_zero = true;
    child_.missing_loc = at(5);
    auto out = run();
    ASSERT_TRUE(out) << messages();
    EXPECT_EQ(out->index_id->text, "par");  // not written in the child: the parent's
    EXPECT_EQ(out->index_id->loc.file, &parent_source_);
    EXPECT_EQ(out->locality_id->text, "hatinh");
    EXPECT_EQ(out->locality_name, "Hà Tĩnh");
    EXPECT_EQ(out->year->value, Rational(2023));
    ASSERT_EQ(out->bases.size(), 2u);
    EXPECT_EQ(out->bases[0].number, "01/QĐ-BNV");
    EXPECT_EQ(out->bases[1].number, "12/QĐ-UBND");
    EXPECT_EQ(out->missing_is_zero, true);
    EXPECT_EQ(out->missing_loc.file, &child_source_);
    EXPECT_EQ(out->source, &child_source_);
    EXPECT_FALSE(out->extends);
}

TEST_F(Merge, NewDeclarationsComeAfterTheParentsAndRedeclaringIsAnError) {
    child_.blocks.push_back({name("xa", 3, 7), "UBND xã", name("so", 3, 25), {}, at(3)});
    child_.blocks.push_back({name("so", 4, 7), "Sở", std::nullopt, {}, at(4)});
    auto& tree = child_.trees.emplace_back();
    tree.id = name("so", 5, 6);
    tree.loc = at(5);
    auto& ladder = child_.ladders.emplace_back();
    ladder.id = name("xep_loai", 6, 8);
    ladder.loc = at(6);
    auto& stat = child_.stats.emplace_back();
    stat.id = name("tren_90", 7, 6);
    stat.loc = at(7);
    auto& fresh = child_.stats.emplace_back();
    fresh.id = name("top_3", 8, 6);
    fresh.loc = at(8);
    EXPECT_FALSE(run());
    EXPECT_EQ(messages(),
              "ht/par.chiso:4:7: error: block `so` already exists in the base file (vn/par.chiso:5): to change it write "
              "`edit block so …`; to drop it write `remove block so` [inherit.block-exists]\n"
              "  line 4 of the child with enough columns to point at\n        ^\n"
              "ht/par.chiso:5:6: error: tree `so` already exists in the base file (vn/par.chiso:7): to change it write "
              "`edit tree so { … }`; to drop it write `remove tree so` [inherit.tree-exists]\n"
              "  line 5 of the child with enough columns to point at\n       ^\n"
              "ht/par.chiso:6:8: error: ladder `xep_loai` already exists in the base file (vn/par.chiso:24): to change "
              "thresholds write `edit ladder xep_loai { … }`; to replace the whole ladder write `replace ladder xep_loai …` "
              "[inherit.ladder-exists]\n"
              "  line 6 of the child with enough columns to point at\n         ^\n"
              "ht/par.chiso:7:6: error: statistic `tren_90` already exists in the base file (vn/par.chiso:36): to replace "
              "it write `replace stat tren_90 …`; to drop it write `remove stat tren_90` [inherit.stat-exists]\n"
              "  line 7 of the child with enough columns to point at\n       ^\n");
}

TEST_F(Merge, NewItemsAreAppendedInOrder) {
    child_.blocks.push_back({name("xa", 3, 7), "UBND xã", name("so", 3, 25), {}, at(3)});
    auto& stat = child_.stats.emplace_back();
    stat.id = name("top_3", 8, 6);
    stat.loc = at(8);
    auto out = run();
    ASSERT_TRUE(out) << messages();
    ASSERT_EQ(out->blocks.size(), 3u);
    EXPECT_EQ(out->blocks[2].id.text, "xa");
    ASSERT_EQ(out->stats.size(), 3u);
    EXPECT_EQ(out->stats[2].id.text, "top_3");
}

TEST_F(Merge, EditBlockReplacesWhatIsWritten) {
    auto& e = child_.block_edits.emplace_back();
    e.block.id = name("huyen", 3, 12);
    e.block.name = "UBND huyện, thị xã";
    e.block.exclude = {name("3.2", 3, 40), name("1.2", 3, 45)};
    e.given = {"name", "exclude"};
    e.loc = at(3);
    auto out = run();
    ASSERT_TRUE(out) << messages();
    const ast::Block& b = out->blocks[1];
    EXPECT_EQ(b.name, "UBND huyện, thị xã");
    EXPECT_EQ(b.tree->text, "so");  // not written: kept
    ASSERT_EQ(b.exclude.size(), 2u);
    EXPECT_EQ(b.exclude[0].text, "3.2");
    EXPECT_EQ(b.loc.file, &parent_source_);
    const auto* noted = origins_.find(Origins::block_key("huyen"));
    ASSERT_TRUE(noted);
    EXPECT_EQ((*noted)[0].attribute, "name");
    EXPECT_EQ((*noted)[0].loc.line, 3u);
}

TEST_F(Merge, ChangeReplacesOnlyTheAttributesWritten) {
    auto& tree = edit_tree(2);
    tree.max = number("24", 2, 20);
    tree.given = {"max"};
    auto& change = node_edit(tree, ast::NodeEdit::Kind::Set, name("1.2", 3, 10));
    change.node.max = number("3.5", 3, 18);
    change.node.title = "Báo cáo định kỳ";
    change.node.optional = true;
    change.node.rule.emplace().body = ast::YesNoRule{};
    change.node.rule->loc = at(3, 30);
    change.given = {"max", "title", "optional", "rule"};
    auto out = run();
    ASSERT_TRUE(out) << messages();
    EXPECT_EQ(out->trees[0].max->value, Rational(24));
    const ast::Node* n = find(out->trees[0].children, "1.2");
    ASSERT_TRUE(n);
    EXPECT_EQ(n->max->value, Rational(7, 2));
    EXPECT_EQ(n->max->loc.file, &child_source_);
    EXPECT_EQ(n->title, "Báo cáo định kỳ");
    EXPECT_TRUE(n->optional);
    EXPECT_TRUE(std::holds_alternative<ast::YesNoRule>(n->rule->body));
    EXPECT_EQ(n->loc.file, &parent_source_);  // the node itself stays the parent's
    EXPECT_EQ(n->code.loc.file, &parent_source_);
    const auto* noted = origins_.find(Origins::node_key("so", "1.2"));
    ASSERT_TRUE(noted);
    ASSERT_EQ(noted->size(), 2u);
    EXPECT_EQ((*noted)[0].attribute, "title");
    EXPECT_EQ((*noted)[1].attribute, "optional");
    // 1.1 untouched
    EXPECT_TRUE(std::holds_alternative<ast::YesNoRule>(find(out->trees[0].children, "1.1")->rule->body));
}

TEST_F(Merge, AddPutsTheNodeWhereAskedWithItsChildren) {
    auto& tree = edit_tree(2);
    auto& last = node_edit(tree, ast::NodeEdit::Kind::Add, name("3.3", 3, 17));
    last.node.keyword = "criterion";
    last.parent = name("3", 3, 40);
    auto& after = node_edit(tree, ast::NodeEdit::Kind::Add, name("1.3", 4, 17));
    after.parent = name("1", 4, 40);
    after.after = name("1.1", 4, 48);
    auto& first = node_edit(tree, ast::NodeEdit::Kind::Add, name("9", 5, 12));
    first.parent = name("total", 5, 40);
    first.first = true;
    auto& child = first.node.children.emplace_back();
    child.code = name("9.1", 5, 60);
    auto out = run();
    ASSERT_TRUE(out) << messages();
    EXPECT_EQ(outline(out->trees[0].children), "9(9.1) 1(1.1 1.3 1.2) 2(2.1 2.2(2.2.1 2.2.2)) 3(3.1 3.2 3.3)");
}

TEST_F(Merge, RemoveTakesTheSubtree) {
    auto& tree = edit_tree(2);
    node_edit(tree, ast::NodeEdit::Kind::Remove, name("2.2", 3, 10));
    node_edit(tree, ast::NodeEdit::Kind::Remove, name("1", 4, 10));
    auto out = run();
    ASSERT_TRUE(out) << messages();
    EXPECT_EQ(outline(out->trees[0].children), "2(2.1) 3(3.1 3.2)");
}

TEST_F(Merge, MoveKeepsTheSubtreeAndMayRenameTheNodeOnly) {
    auto& tree = edit_tree(2);
    auto& into = node_edit(tree, ast::NodeEdit::Kind::Move, name("2.2", 3, 8));
    into.parent = name("3", 3, 15);
    into.after = name("3.1", 3, 23);
    auto& up = node_edit(tree, ast::NodeEdit::Kind::Move, name("1.2", 4, 8));
    up.parent = name("total", 4, 15);
    up.new_code = name("10", 4, 24);
    auto& front = node_edit(tree, ast::NodeEdit::Kind::Move, name("1.1", 5, 8));
    front.parent = name("2", 5, 15);
    front.first = true;
    auto out = run();
    ASSERT_TRUE(out) << messages();
    EXPECT_EQ(outline(out->trees[0].children), "1 2(1.1 2.1) 3(3.1 2.2(2.2.1 2.2.2) 3.2) 10");
    const ast::Node* renamed = find(out->trees[0].children, "10");
    EXPECT_EQ(renamed->title, "Báo cáo");
    EXPECT_EQ(renamed->loc.file, &parent_source_);
    EXPECT_EQ(renamed->code.loc.file, &child_source_);
    ASSERT_TRUE(origins_.find(Origins::node_key("so", "10")));
    EXPECT_EQ(origins_.find(Origins::node_key("so", "10"))->front().attribute, "move");
}

TEST_F(Merge, MovingWithinTheSameParent) {
    auto& tree = edit_tree(2);
    auto& e = node_edit(tree, ast::NodeEdit::Kind::Move, name("1", 3, 8));
    e.parent = name("total", 3, 15);
    e.after = name("3", 3, 23);
    auto out = run();
    ASSERT_TRUE(out) << messages();
    EXPECT_EQ(outline(out->trees[0].children), "2(2.1 2.2(2.2.1 2.2.2)) 3(3.1 3.2) 1(1.1 1.2)");
}

TEST_F(Merge, EveryTreeEditMistakeIsReportedWithASuggestion) {
    auto& tree = edit_tree(2);
    node_edit(tree, ast::NodeEdit::Kind::Set, name("2.2.3", 3, 10)).given = {"max"};
    auto& add = node_edit(tree, ast::NodeEdit::Kind::Add, name("2.1", 4, 17));
    add.parent = name("2.3", 4, 40);
    auto& nested = node_edit(tree, ast::NodeEdit::Kind::Add, name("4", 5, 12));
    nested.parent = name("total", 5, 30);
    nested.node.children.emplace_back().code = name("3.1", 5, 50);
    auto& after = node_edit(tree, ast::NodeEdit::Kind::Add, name("3.3", 6, 17));
    after.parent = name("3", 6, 30);
    after.after = name("2.1", 6, 38);
    auto& loop = node_edit(tree, ast::NodeEdit::Kind::Move, name("2", 7, 8));
    loop.parent = name("2.2.1", 7, 13);
    auto& taken = node_edit(tree, ast::NodeEdit::Kind::Move, name("3.2", 8, 8));
    taken.parent = name("total", 8, 15);
    taken.new_code = name("1", 8, 24);
    node_edit(tree, ast::NodeEdit::Kind::Remove, name("3.3", 9, 10));  // added above, so it exists... only if the add worked
    EXPECT_FALSE(run());
    EXPECT_EQ(messages(),
              "ht/par.chiso:3:10: error: tree `so` has no code `2.2.3` (did you mean `2.2.1`?) [inherit.unknown-code]\n"
              "  line 3 of the child with enough columns to point at\n           ^\n"
              "ht/par.chiso:4:17: error: tree `so` already has code `2.1` (vn/par.chiso:13): choose another code, or write "
              "`change 2.1 …` to change that node [inherit.code-exists]\n"
              "  line 4 of the child with enough columns to point at\n                  ^\n"
              "ht/par.chiso:4:40: error: tree `so` has no code `2.3` to put the node in: write the code of an existing "
              "node, or `total` for the root (did you mean `2.1`?) [inherit.unknown-parent]\n"
              "  line 4 of the child with enough columns to point at\n                                         ^\n"
              "ht/par.chiso:5:50: error: tree `so` already has code `3.1` (vn/par.chiso:20): choose another code, or "
              "write `change 3.1 …` to change that node [inherit.code-exists]\n"
              "  line 5 of the child with enough columns to point at\n                                                   ^\n"
              "ht/par.chiso:6:38: error: `2.1` is not a direct child of `3`: after `after` write the code of a child of "
              "`3`, or write `first` (did you mean `3.1`?) [inherit.after-not-child]\n"
              "  line 6 of the child with enough columns to point at\n                                       ^\n"
              "ht/par.chiso:7:13: error: cannot move `2` into `2.2.1`: `2.2.1` lies inside `2`; choose a node outside "
              "`2` [inherit.move-into-itself]\n"
              "  line 7 of the child with enough columns to point at\n              ^\n"
              "ht/par.chiso:8:24: error: tree `so` already has code `1` (vn/par.chiso:8): choose another code, or write "
              "`change 1 …` to change that node [inherit.code-exists]\n"
              "  line 8 of the child with enough columns to point at\n                         ^\n"
              "ht/par.chiso:9:10: error: tree `so` has no code `3.3` (did you mean `3.1`?) [inherit.unknown-code]\n"
              "  line 9 of the child with enough columns to point at\n           ^\n");
}

TEST_F(Merge, UnknownIdsAreReportedWithTheBaseFile) {
    auto& tree = edit_tree(2);
    tree.tree = name("sở", 2, 11);
    node_edit(tree, ast::NodeEdit::Kind::Remove, name("9", 3, 10));  // not looked at: the tree is unknown
    auto& block = child_.block_edits.emplace_back();
    block.block.id = name("huyn", 4, 12);
    block.loc = at(4);
    auto& ladder = child_.ladder_replacements.emplace_back();
    ladder.id = name("xep_hang", 5, 16);
    child_.stat_replacements.emplace_back().id = name("tren_70", 6, 14);
    child_.removals.push_back({ast::Removal::Kind::Stat, name("tren_85", 7, 13), at(7)});
    EXPECT_FALSE(run());
    EXPECT_EQ(messages(),
              "ht/par.chiso:2:11: error: the base file `vn/par.chiso` has no `tree sở` (did you mean `so`?) "
              "[inherit.unknown-id]\n  line 2 of the child with enough columns to point at\n            ^\n"
              "ht/par.chiso:4:12: error: the base file `vn/par.chiso` has no `block huyn` (did you mean `huyen`?) [inherit.unknown-id]\n  line 4 of the child with enough columns to point at\n             ^\n"
              "ht/par.chiso:5:16: error: the base file `vn/par.chiso` has no `ladder xep_hang` [inherit.unknown-id]\n  line 5 of the child with enough columns to point at\n                 ^\n"
              "ht/par.chiso:6:14: error: the base file `vn/par.chiso` has no `stat tren_70` (did you mean `tren_80`?) [inherit.unknown-id]\n  line 6 of the child with enough columns to point at\n               ^\n"
              "ht/par.chiso:7:13: error: the base file `vn/par.chiso` has no `stat tren_85` (did you mean `tren_80`?) [inherit.unknown-id]\n  line 7 of the child with enough columns to point at\n              ^\n");
}

ast::CondPtr index_at_least(const SourceLoc& loc, std::int64_t value) {
    auto c = ast::make_box<ast::Cond>();
    c->kind = ast::Cond::Kind::Compare;
    ast::Operand index;
    index.kind = ast::Operand::Kind::Index;
    index.loc = loc;
    ast::Operand number;
    number.number.value = Rational(value);
    c->operands = {index, number};
    c->cmps = {ast::Cmp::Ge};
    c->loc = loc;
    return c;
}

TEST_F(Merge, EditLadderChangesConditionsByLabel) {
    auto& e = child_.ladder_edits.emplace_back();
    e.ladder = name("xep_loai", 2, 13);
    e.loc = at(2);
    auto& common = e.sections.emplace_back();
    auto& good = common.rungs.emplace_back();
    good.label = "Tốt";
    good.when = index_at_least(at(3, 20), 85);
    good.loc = at(3, 3);
    auto& huyen = e.sections.emplace_back();
    huyen.blocks = {name("huyen", 4, 9)};
    auto& first = huyen.rungs.emplace_back();
    first.label = "Nhóm II";
    first.loc = at(5, 5);  // `otherwise`
    auto out = run();
    ASSERT_TRUE(out) << messages();
    const ast::Ladder& l = out->ladders[0];
    EXPECT_EQ(l.sections[0].rungs[0].when->operands[1].number.value, Rational(85));
    EXPECT_EQ(l.sections[0].rungs[0].when->loc.file, &child_source_);
    EXPECT_EQ(l.sections[0].rungs[0].loc.file, &parent_source_);
    EXPECT_FALSE(l.sections[1].rungs[1].when);
    const auto* noted = origins_.find(Origins::rung_key("xep_loai", 1, "Nhóm II"));
    ASSERT_TRUE(noted);
    EXPECT_EQ(noted->front().attribute, "otherwise");
}

TEST_F(Merge, EditLadderListsWhatExists) {
    auto& e = child_.ladder_edits.emplace_back();
    e.ladder = name("xep_loai", 2, 13);
    auto& common = e.sections.emplace_back();
    common.rungs.emplace_back().label = "Tôt";
    common.rungs.back().loc = at(3, 3);
    auto& xa = e.sections.emplace_back();
    xa.blocks = {name("huyn", 4, 9)};
    xa.rungs.emplace_back().label = "Nhóm I";
    auto& section = e.sections.emplace_back();
    section.blocks = {name("huyen", 5, 9)};
    section.rungs.emplace_back().label = "Nhóm III";
    section.rungs.back().loc = at(6, 5);
    auto& plain = child_.ladder_edits.emplace_back();
    plain.ladder = name("dau", 7, 13);
    plain.sections.emplace_back();
    plain.sections.emplace_back().blocks = {name("so", 8, 9)};
    EXPECT_FALSE(run());
    EXPECT_EQ(messages(),
              "ht/par.chiso:3:3: error: ladder `xep_loai` has no rung \"Tôt\"; its rungs are: \"Tốt\", \"Khá\" "
              "(did you mean `Tốt`?) [inherit.unknown-rung]\n"
              "  line 3 of the child with enough columns to point at\n    ^\n"
              "ht/par.chiso:4:9: error: ladder `xep_loai` has no section for block `huyn`; its sections are: block huyen "
              "(did you mean `huyen`?) [inherit.unknown-section]\n"
              "  line 4 of the child with enough columns to point at\n          ^\n"
              "ht/par.chiso:6:5: error: ladder `xep_loai` (block huyen) has no rung \"Nhóm III\"; its rungs are: "
              "\"Nhóm I\", \"Nhóm II\" (did you mean `Nhóm II`?) [inherit.unknown-rung]\n"
              "  line 6 of the child with enough columns to point at\n      ^\n"
              "ht/par.chiso:8:9: error: ladder `dau` has no section for any block: write the rungs to change directly in "
              "`edit ladder dau { … }`, not in `block so { … }` [inherit.no-sections]\n"
              "  line 8 of the child with enough columns to point at\n          ^\n");
}

TEST_F(Merge, ReplaceKeepsThePosition) {
    auto& l = child_.ladder_replacements.emplace_back();
    l.id = name("xep_loai", 2, 16);
    l.name = "Xếp loại mới";
    l.sections.emplace_back().rungs.emplace_back().label = "Đạt";
    l.loc = at(2);
    auto& s = child_.stat_replacements.emplace_back();
    s.id = name("tren_80", 3, 14);
    s.label = "Từ 85 điểm";
    s.when = index_at_least(at(3, 40), 85);
    auto out = run();
    ASSERT_TRUE(out) << messages();
    ASSERT_EQ(out->ladders.size(), 2u);
    EXPECT_EQ(out->ladders[0].name, "Xếp loại mới");
    EXPECT_EQ(out->ladders[0].sections.size(), 1u);
    EXPECT_EQ(out->stats[0].label, "Từ 85 điểm");
    EXPECT_EQ(out->stats[1].id.text, "tren_90");
}

TEST_F(Merge, RemoveChecksThatNoBlockStillUsesATree) {
    child_.removals.push_back({ast::Removal::Kind::Tree, name("so", 2, 13), at(2)});
    child_.removals.push_back({ast::Removal::Kind::Block, name("so", 3, 14), at(3)});
    EXPECT_FALSE(run());
    EXPECT_EQ(messages(),
              "ht/par.chiso:2:13: error: cannot remove tree `so`: block `huyen` (vn/par.chiso:6) still uses it; remove "
              "the block too (`remove block huyen`) or give it another tree (`edit block huyen tree <tree id>`) "
              "[inherit.tree-in-use]\n"
              "  line 2 of the child with enough columns to point at\n              ^\n");
}

TEST_F(Merge, RemovedIdsMayBeDeclaredAnew) {
    child_.removals.push_back({ast::Removal::Kind::Tree, name("so", 2, 13), at(2)});
    child_.removals.push_back({ast::Removal::Kind::Block, name("huyen", 3, 14), at(3)});
    auto& tree = child_.trees.emplace_back();
    tree.id = name("so", 4, 6);
    tree.title = "Bộ tiêu chí mới";
    tree.max = number("10", 4, 30);
    tree.loc = at(4);
    child_.blocks.push_back({name("huyen", 5, 7), "Huyện", name("so", 5, 25), {}, at(5)});
    auto out = run();
    ASSERT_TRUE(out) << messages();
    ASSERT_EQ(out->trees.size(), 1u);
    EXPECT_EQ(out->trees[0].title, "Bộ tiêu chí mới");
    ASSERT_EQ(out->blocks.size(), 2u);
    EXPECT_EQ(out->blocks[1].name, "Huyện");
    EXPECT_EQ(out->ladders[0].sections.size(), 2u);  // the new `huyen` keeps its ladder section
}

TEST_F(Merge, RemovingABlockDropsItsLadderSections) {
    child_.removals.push_back({ast::Removal::Kind::Block, name("huyen", 2, 14), at(2)});
    child_.removals.push_back({ast::Removal::Kind::Ladder, name("dau", 3, 15), at(3)});
    child_.removals.push_back({ast::Removal::Kind::Stat, name("tren_90", 4, 13), at(4)});
    auto out = run();
    ASSERT_TRUE(out) << messages();
    ASSERT_EQ(out->blocks.size(), 1u);
    ASSERT_EQ(out->ladders.size(), 1u);
    EXPECT_EQ(out->ladders[0].sections.size(), 1u);
    EXPECT_EQ(out->stats.size(), 1u);
    // and the result is a valid definition
    Diagnostics d;
    EXPECT_TRUE(compile_effective(std::make_shared<const ast::File>(std::move(*out)), d))
        << render_all(d, RenderOptions{Lang::En, true});
}

TEST_F(Merge, TheEffectiveFilePrintsWithOrigins) {
    auto& tree = edit_tree(2);
    auto& change = node_edit(tree, ast::NodeEdit::Kind::Set, name("1.2", 15, 10));
    change.node.max = number("2.5", 15, 20);
    change.node.title = "Báo cáo định kỳ";
    change.given = {"max", "title"};
    auto& shrink = node_edit(tree, ast::NodeEdit::Kind::Set, name("1", 16, 10));
    shrink.node.max = number("5.5", 16, 18);
    shrink.given = {"max"};
    tree.max = number("19.5", 2, 20);
    tree.given = {"max"};
    auto out = run();
    ASSERT_TRUE(out) << messages();
    CriteriaTextOptions options;
    options.lang = Lang::En;
    options.chain = {"ht/par.chiso", "vn/par.chiso"};
    options.origins = &origins_;
    const std::string text = criteria_text(*out, options);
    EXPECT_NE(text.find("# Chain of files (→ is `extends`): ht/par.chiso → vn/par.chiso\n"), std::string::npos) << text;
    EXPECT_NE(text.find("\n    criterion 1.2 \"Báo cáo định kỳ\" max 2.5  # vn/par.chiso:10 (title, max: ht/par.chiso:15)\n"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("\ntree so \"Bộ tiêu chí cấp sở\" max 19.5 {  # vn/par.chiso:7 (max: ht/par.chiso:2)\n"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("\n    criterion 1.1 \"Kế hoạch\" max 3 yesno  # vn/par.chiso:9\n"), std::string::npos) << text;
}

TEST(CriteriaText, NumbersAreExact) {
    EXPECT_EQ(rational_text(Rational(25, 2)), "12.5");
    EXPECT_EQ(rational_text(Rational(-3)), "-3");
    EXPECT_EQ(rational_text(*Rational::parse_decimal("0.000000000000000001")), "0.000000000000000001");
    EXPECT_EQ(rational_text(*Rational::parse_decimal("123456789012.123456")), "123456789012.123456");
    EXPECT_EQ(number_text(ast::Number{Rational(75), true, false, {}}), "75%");
    EXPECT_EQ(number_text(ast::Number{Rational(1, 8), true, false, {}}), "0.125%");
}

}  // namespace
}  // namespace chiso
