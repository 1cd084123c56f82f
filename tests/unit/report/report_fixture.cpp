#include "report_fixture.hpp"

namespace chiso::testing {
namespace {

Rational dec(const char* text) { return *Rational::parse_decimal(text); }

NodeDef node(const char* code, const char* title, std::int64_t max, NodeId parent, int depth) {
    NodeDef n;
    n.code = code;
    n.title = title;
    n.max = Rational(max);
    n.parent = parent;
    n.depth = depth;
    return n;
}

// total(10) > 1(6) > {1.1(2), 1.2(4, optional)}, 2(4)
TreeDef make_tree() {
    TreeDef tree;
    tree.id = "chung";
    tree.title = "Tổng điểm";
    tree.nodes = {node("total", "", 10, kNoNode, 0), node("1", "Công tác chỉ đạo", 6, 0, 1),
                  node("1.1", "Kế hoạch CCHC", 2, 1, 2), node("1.2", "Báo cáo định kỳ", 4, 1, 2),
                  node("2", "Cải cách TTHC", 4, 0, 1)};
    tree.nodes[0].children = {1, 4};
    tree.nodes[1].children = {2, 3};
    tree.nodes[3].optional = true;
    for (NodeId i = 0; i < tree.nodes.size(); ++i) tree.by_code[tree.nodes[i].code] = i;
    return tree;
}

LadderDef make_ladder() {
    LadderDef ladder;
    ladder.id = "xep_loai";
    ladder.name = "Xếp loại";
    LadderSectionDef section;
    for (const char* label : {"Tốt", "Khá", "Trung bình"}) section.rungs.push_back(RungDef{label, std::nullopt, false, {}});
    ladder.sections.push_back(section);
    return ladder;
}

Definition make_definition() {
    Definition def;
    def.index_id = "par";
    def.index_name = "Chỉ số cải cách hành chính";
    def.locality_id = "hp";
    def.locality_name = "Hải Phòng";
    def.year = 2024;
    def.bases = {{"1091/QĐ-UBND", "2024-05-10", "Ban hành Bộ chỉ số CCHC", {}}, {"25/KH-UBND", "", "", {}}};
    def.trees.push_back(make_tree());
    def.blocks = {BlockDef{"so", "Sở, ban, ngành", 0, {}, {}}, BlockDef{"huyen", "UBND cấp huyện", 0, {}, {}}};
    def.ladders.push_back(make_ladder());
    def.stats.push_back(StatDef{"tren_80", "Đạt từ 80% trở lên", std::nullopt, {}});
    return def;
}

NodeOutcome outcome(NodeOutcome::Source source, const char* points, const char* max) {
    NodeOutcome o;
    o.source = source;
    o.points = dec(points);
    o.max = dec(max);
    o.declared_max = o.max;
    o.evaluated = true;
    return o;
}

NodeOutcome rule(const char* points, const char* max, const char* input, const char* fired) {
    NodeOutcome o = outcome(NodeOutcome::Source::Rule, points, max);
    o.input_text = input;
    o.fired = fired;
    return o;
}

NodeOutcome not_applicable(const char* declared_max) {
    NodeOutcome o = outcome(NodeOutcome::Source::NotApplicable, "0", "0");
    o.declared_max = dec(declared_max);
    o.not_applicable = true;
    return o;
}

UnitResult unit(const char* id, std::string name, const char* points, const char* max, int rank) {
    UnitResult u;
    u.id = id;
    u.name = std::move(name);
    u.points = dec(points);
    u.max = dec(max);
    u.index = u.points / u.max * Rational(100);
    u.published = u.index.round(2, RoundingMode::HalfUp);
    u.rank = rank;
    return u;
}

// 5.5 of 6 (1.2 not applicable and removed from the maximum): 91.666… -> 91.67.
UnitResult tied_unit(const char* id, std::string name) {
    UnitResult u = unit(id, std::move(name), "5.5", "6", 1);
    u.block = "so";
    u.classes["xep_loai"] = "Tốt";
    u.nodes = {outcome(NodeOutcome::Source::Children, "5.5", "6"), outcome(NodeOutcome::Source::Children, "2", "2"),
               rule("2", "2", "có", "có -> max"), not_applicable("4"), rule("3.5", "4", "7/8", ">= 80% -> 3.5")};
    return u;
}

UnitResult third_unit() {
    UnitResult u = unit("snv", "S" + kDecomposedO + " Nội vụ", "7", "10", 3);
    u.block = "so";
    u.classes["xep_loai"] = "Trung bình";
    NodeOutcome report = rule("3", "4", "3", "");
    report.self_points = dec("3.5");
    report.appraised_points = dec("3");
    u.nodes = {outcome(NodeOutcome::Source::Children, "7", "10"), outcome(NodeOutcome::Source::Children, "3", "6"),
               rule("0", "2", "không", "không -> 0"), report, outcome(NodeOutcome::Source::Default, "4", "4")};
    return u;
}

BlockResult so_block(const Definition& def) {
    BlockResult b;
    b.block = &def.blocks[0];
    b.units = {tied_unit("sgddt", "Sở Giáo dục và Đào tạo"), tied_unit("stp", "Sở Tư pháp"), third_unit()};
    b.stats.count = 3;
    b.stats.mean = (dec("91.67") + dec("91.67") + dec("70")) / Rational(3);
    b.stats.min = dec("70");
    b.stats.max = dec("91.67");
    b.stats.per_class["xep_loai"] = {{"Tốt", 2}, {"Khá", 0}, {"Trung bình", 1}};
    b.stats.counted = {2};  // tren_80
    return b;
}

// Node 1 given as a total (its items not evaluated), node 2 capped at its maximum.
UnitResult district_unit() {
    UnitResult u = unit("thuynguyen", "Huyện Thủy Nguyên, \"mới\"", "9", "10", 1);
    u.block = "huyen";
    u.group = "loai1";
    u.classes["xep_loai"] = "Tốt";
    NodeOutcome given = outcome(NodeOutcome::Source::Given, "5", "6");
    given.input_text = "5";
    NodeOutcome capped = rule("4", "4", "5", "");
    capped.capped = true;
    u.nodes = {outcome(NodeOutcome::Source::Children, "9", "10"), given, NodeOutcome{}, NodeOutcome{}, capped};
    return u;
}

BlockResult district_block(const Definition& def) {
    BlockResult b;
    b.block = &def.blocks[1];
    b.units = {district_unit()};
    b.stats.count = 1;
    b.stats.mean = b.stats.min = b.stats.max = dec("90");
    b.stats.per_class["xep_loai"] = {{"Tốt", 1}, {"Khá", 0}, {"Trung bình", 0}};
    b.stats.counted = {1};  // tren_80
    return b;
}

}  // namespace

std::unique_ptr<ReportFixture> make_report_fixture() {
    auto f = std::make_unique<ReportFixture>();
    f->definition = make_definition();
    f->results.definition = &f->definition;
    f->results.blocks = {so_block(f->definition), district_block(f->definition)};
    return f;
}

}  // namespace chiso::testing
