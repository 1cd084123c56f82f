#include "report_fixture.hpp"

#include <map>

#include "engine/eval/trace.hpp"

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
    // 1.1 is answered yes or no; 2 is scored in one band, from 80% up.
    tree.nodes[2].rule = RuleDef{};
    tree.nodes[2].rule->body = rule::YesNo{};
    tree.nodes[4].rule = RuleDef{};
    IntervalDef from80;
    from80.lower = BoundDef{Cmp::Ge, dec("0.8"), true};
    tree.nodes[4].rule->body = rule::Bands{{RuleDef::Band{from80, dec("3.5"), {}}}, std::nullopt};
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

NodeValue outcome(NodeSource source, const char* points, const char* max) {
    NodeValue o;
    o.source = source;
    o.points = dec(points);
    o.max = dec(max);
    o.evaluated = true;
    return o;
}

NodeValue rule(const char* points, const char* max) { return outcome(NodeSource::Rule, points, max); }

NodeValue not_applicable() {
    NodeValue o = outcome(NodeSource::NotApplicable, "0", "0");
    o.not_applicable = true;
    return o;
}

InputValue text_input(const char* text) {
    InputValue v;
    v.kind = InputValue::Kind::Text;
    v.text = text;
    return v;
}

InputValue number_input(const char* number) {
    InputValue v;
    v.number = dec(number);
    return v;
}

RuleTrace rule_trace(std::size_t choice, const char* value = "0") {
    return RuleTrace{choice, dec(value), std::nullopt, false};
}

// What the evaluator would have traced for the hand-built units: the values entered
// and the branches applied, keyed by unit id (the fixture has no score sheet to re-run).
class FixtureTracer final : public UnitTracer {
public:
    struct Node {
        NodeId id;
        InputValue entered;
        std::optional<RuleTrace> rule;
    };
    std::map<std::string, std::vector<Node>> units;

    std::optional<UnitTrace> trace(const BlockResult& block, const UnitResult& unit) const override {
        UnitTrace t;
        t.nodes.resize(block.nodes.nodes());
        for (NodeId id = 0; id < t.nodes.size(); ++id) {
            t.nodes[id].value = block.node(unit, id);
            if (const Assessed* a = block.assessed(unit, id)) t.nodes[id].assessed = *a;
        }
        auto it = units.find(unit.id);
        if (it == units.end()) return t;
        for (const Node& n : it->second) {
            t.nodes[n.id].entered = n.entered;
            t.nodes[n.id].rule = n.rule;
        }
        return t;
    }
};

std::shared_ptr<const UnitTracer> fixture_tracer() {
    auto tracer = std::make_shared<FixtureTracer>();
    for (const char* id : {"sgddt", "stp"})
        tracer->units[id] = {{2, text_input("có"), rule_trace(1)},
                             {4, text_input("7/8"), rule_trace(0, "0.875")}};
    tracer->units["snv"] = {{2, text_input("không"), rule_trace(0)}, {3, number_input("3"), std::nullopt}};
    tracer->units["thuynguyen"] = {{1, number_input("5"), std::nullopt}, {4, number_input("5"), std::nullopt}};
    return tracer;
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

// The rows of a hand-built block, one per unit in the order of `units`.
void set_rows(BlockResult& b, const std::vector<std::vector<NodeValue>>& rows) {
    b.nodes = NodeColumns::all_exact(rows.front().size(), rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        b.nodes.set_exact(r, rows[r]);
        b.units[r].row = r;
    }
}

// 5.5 of 6 (1.2 not applicable and removed from the maximum): 91.666… -> 91.67.
UnitResult tied_unit(const char* id, std::string name) {
    UnitResult u = unit(id, std::move(name), "5.5", "6", 1);
    u.block = "so";
    u.classes["xep_loai"] = "Tốt";
    return u;
}

UnitResult third_unit() {
    UnitResult u = unit("snv", "S" + kDecomposedO + " Nội vụ", "7", "10", 3);
    u.block = "so";
    u.classes["xep_loai"] = "Trung bình";
    return u;
}

BlockResult so_block(const Definition& def) {
    BlockResult b;
    b.block = &def.blocks[0];
    b.units = {tied_unit("sgddt", "Sở Giáo dục và Đào tạo"), tied_unit("stp", "Sở Tư pháp"), third_unit()};
    const std::vector<NodeValue> tied = {outcome(NodeSource::Children, "5.5", "6"),
                                         outcome(NodeSource::Children, "2", "2"), rule("2", "2"), not_applicable(),
                                         rule("3.5", "4")};
    const std::vector<NodeValue> third = {outcome(NodeSource::Children, "7", "10"),
                                          outcome(NodeSource::Children, "3", "6"), rule("0", "2"), rule("3", "4"),
                                          outcome(NodeSource::Default, "4", "4")};
    set_rows(b, {tied, tied, third});
    b.nodes.set_assessed(2, 3, Assessed{dec("3.5"), dec("3")});
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
    return u;
}

BlockResult district_block(const Definition& def) {
    BlockResult b;
    b.block = &def.blocks[1];
    b.units = {district_unit()};
    NodeValue capped = rule("4", "4");
    capped.capped = true;
    set_rows(b, {{outcome(NodeSource::Children, "9", "10"), outcome(NodeSource::Given, "5", "6"), NodeValue{},
                  NodeValue{}, capped}});
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
    f->results.tracer = fixture_tracer();
    return f;
}

void edit_node(BlockResult& block, std::size_t unit, NodeId id, const std::function<void(NodeValue&)>& edit) {
    const std::size_t row = block.units.at(unit).row;
    std::vector<NodeValue> values;
    for (NodeId n = 0; n < block.nodes.nodes(); ++n) values.push_back(block.nodes.at(row, n));
    edit(values.at(id));
    block.nodes.set_exact(row, std::move(values));
}

}  // namespace chiso::testing
