// `chiso show --resolved` prints valid .chiso text: parsing what it prints gives the
// same effective definition, for every criteria file of the repository (bundled
// criteria, examples, golden fixtures) that is valid.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "dsl/parser.hpp"
#include "engine/driver/driver.hpp"
#include "dsl/print.hpp"

namespace chiso {
namespace {

// ---- a dump of the syntax tree without positions: equal dumps, equal definitions ----------
std::string num(const ast::Number& n) { return n.value.to_string(18) + (n.percent ? "%" : ""); }
std::string num(const std::optional<ast::Number>& n) { return n ? num(*n) : "-"; }

std::string expr(const ast::ExprPtr& e) {
    if (!e) return "-";
    std::string out = "(" + std::to_string(static_cast<int>(e->kind)) + " " + num(e->number) + " " + e->name + " " +
                      expr(e->lhs) + " " + expr(e->rhs);
    for (const auto& link : e->rest) out += " " + std::to_string(static_cast<int>(link.op)) + expr(link.operand);
    return out + ")";
}

std::string cond(const ast::CondPtr& c) {
    if (!c) return "otherwise";
    std::string out = "(" + std::to_string(static_cast<int>(c->kind)) + " " + c->flag;
    for (const auto& o : c->operands)
        out += " [" + std::to_string(static_cast<int>(o.kind)) + " " + num(o.number) + " " + o.code.text + "]";
    for (auto cmp : c->cmps) out += " c" + std::to_string(static_cast<int>(cmp));
    for (const auto& p : c->parts) out += " " + cond(p);
    return out + ")";
}

// A rule as the printer writes it back (every field of its kind, no positions).
std::string rule(const ast::Rule& r) { return "rule " + rule_source_text(r); }

void node(std::string& out, const ast::Node& n, int depth) {
    out += std::string(static_cast<std::size_t>(depth) * 2, ' ') + n.keyword + " " + n.code.text + " \"" + n.title + "\"";
    out += " max " + num(n.max) + " weight " + num(n.weight);
    out += std::string(n.weighted ? " weighted" : "") + (n.unchecked ? " unchecked" : "") + (n.survey ? " survey" : "") +
           (n.optional ? " optional" : "");
    out += " na " + (n.na ? std::to_string(static_cast<int>(*n.na)) : "-") + " default " + num(n.default_value);
    out += " inputs";
    for (const auto& i : n.inputs) out += " " + i.text;
    out += " " + (n.rule ? rule(*n.rule) : "no rule") + "\n";
    for (const auto& c : n.children) node(out, c, depth + 1);
}

std::string dump(const ast::File& f) {
    std::string out;
    out += "extends " + (f.extends ? f.extends->path : "-") + "\n";
    out += "changes " + std::to_string(f.tree_edits.size() + f.block_edits.size() + f.ladder_edits.size() +
                                       f.ladder_replacements.size() + f.stat_replacements.size() + f.removals.size()) + "\n";
    out += "index " + (f.index_id ? f.index_id->text : "-") + " " + f.index_name + "\n";
    out += "locality " + (f.locality_id ? f.locality_id->text : "-") + " " + f.locality_name + "\n";
    out += "year " + num(f.year) + "\n";
    for (const auto& b : f.bases) out += "basis " + b.number + " " + b.date.value_or("-") + " " + b.title.value_or("-") + "\n";
    out += "publish " + (f.publish ? std::to_string(static_cast<int>(*f.publish)) : "-") + "\n";
    if (f.rounding) out += "rounding " + std::to_string(f.rounding->places) + " " + std::to_string(static_cast<int>(f.rounding->mode)) + "\n";
    if (f.ranking) {
        const auto& r = *f.ranking;
        out += "ranking " + std::to_string(static_cast<int>(r.by)) + " " + std::to_string(r.on_rounded) + " " +
               std::to_string(static_cast<int>(r.ties)) + " " + std::to_string(r.within_group);
        for (const auto& t : r.tie_breaks) out += " " + std::to_string(static_cast<int>(t.kind)) + t.code.text;
        out += "\n";
    }
    out += "na " + (f.not_applicable ? std::to_string(static_cast<int>(*f.not_applicable)) : "-") + "\n";
    out += "missing " + (f.missing_is_zero ? std::to_string(*f.missing_is_zero) : "-") + "\n";
    for (const auto& b : f.blocks) {
        out += "block " + b.id.text + " \"" + b.name + "\" tree " + (b.tree ? b.tree->text : "-") + " exclude";
        for (const auto& e : b.exclude) out += " " + e.text;
        out += "\n";
    }
    for (const auto& t : f.trees) {
        out += "tree " + t.id.text + " \"" + t.title + "\" max " + num(t.max) + (t.weighted ? " weighted" : "") +
               (t.unchecked ? " unchecked" : "") + "\n";
        for (const auto& n : t.children) node(out, n, 1);
    }
    for (const auto& l : f.ladders) {
        out += "ladder " + l.id.text + " \"" + l.name + "\"\n";
        for (const auto& s : l.sections) {
            out += "  section";
            for (const auto& b : s.blocks) out += " " + b.text;
            out += "\n";
            for (const auto& r : s.rungs)
                out += "    " + std::string(r.override_rung ? "override " : "") + r.label + " " + cond(r.when) + "\n";
        }
    }
    for (const auto& s : f.stats) out += "stat " + s.id.text + " \"" + s.label + "\" " + cond(s.when) + "\n";
    return out;
}

std::vector<std::string> criteria_files() {
    std::vector<std::string> out;
    for (const char* dir : {"criteria", "examples", "tests/golden/files"}) {
        const std::filesystem::path root = std::filesystem::path(CHISO_SOURCE_DIR) / dir;
        if (!std::filesystem::exists(root)) continue;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(root))
            if (entry.is_regular_file() && entry.path().extension() == ".chiso")
                out.push_back(std::filesystem::relative(entry.path(), CHISO_SOURCE_DIR).string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

TEST(ShowResolved, PrintedTextParsesToTheSameDefinitionForEveryFile) {
    std::size_t round_trips = 0;
    std::set<std::string> inheriting;
    for (const auto& path : criteria_files()) {
        SCOPED_TRACE(path);
        SourceSet sources;
        Diagnostics diags;
        auto effective = load_effective_criteria(sources, std::string(CHISO_SOURCE_DIR) + "/" + path, diags);
        if (!effective || !compile_effective(effective->file, diags)) continue;  // invalid on purpose (message tests)
        if (effective->chain.size() > 1) inheriting.insert(path);

        CriteriaTextOptions options;
        options.chain = effective->chain;
        options.origins = &effective->origins;
        const std::string text = criteria_text(*effective->file, options);
        Diagnostics reparse_diags;
        const SourceFile& printed = sources.add(path + " (printed)", text);
        auto reparsed = dsl::parse(printed, reparse_diags);
        ASSERT_TRUE(reparsed) << render_all(reparse_diags, RenderOptions{Lang::En, true}) << text;
        EXPECT_TRUE(reparse_diags.items().empty()) << render_all(reparse_diags, RenderOptions{Lang::En, true});
        EXPECT_EQ(dump(*reparsed), dump(*effective->file));
        Diagnostics check_diags;
        EXPECT_TRUE(compile_effective(std::make_shared<const ast::File>(std::move(*reparsed)), check_diags))
            << render_all(check_diags, RenderOptions{Lang::En, true});
        ++round_trips;
    }
    EXPECT_GE(round_trips, 10u);
    EXPECT_GE(inheriting.size(), 2u);
}

// Formulas and conditions keep their grouping; texts keep their escapes.
TEST(ShowResolved, GroupingAndEscapesSurvive) {
    const std::string text = R"(index t "Thử \"kép\" \\ gạch"
locality x "X"
year 2024
ranking by points exact ties distinct by 1.1, name, points within group
rounding 3 half_even
block b "B" exclude 1.2
tree t "T" max 10 {
  area 1 "A" max 10 {
    criterion 1.1 "a" max 4 inputs a, b, c formula max * (a - (b - c)) / (a + b) - -c + min(a, -(b + c)) * 2.125 + ((a - b) - c) * (a * b) * c
    criterion 1.2 "b" max 3 inputs a, b bands of a / b { = 0 -> 0  > 0 <= 50% -> 1.5  > 50% -> max }
    criterion 1.3 "c" max 3 deduction cap 10% per 0.25
  }
}
ladder l "L" {
  override "Không" when not (flag "kỷ luật" or rank > 3) and points(1.1) >= 2
  "A" when (index >= 90 or rank <= 1) and (index(1) > 50 and (rank < 2 or not rank < 3))
  "B" when index >= 80 and index < 90 or flag x
  "C" when ((index < 80 or index >= 95) or points > 5)
  "D" otherwise
}
stat s "S" count not not flag "y"
)";
    SourceSet sources;
    Diagnostics diags;
    auto original = dsl::parse(sources.add("g.chiso", text), diags);
    ASSERT_TRUE(original) << render_all(diags, RenderOptions{Lang::En, true});
    CriteriaTextOptions options;
    const std::string printed = criteria_text(*original, options);
    auto reparsed = dsl::parse(sources.add("printed.chiso", printed), diags);
    ASSERT_TRUE(reparsed) << render_all(diags, RenderOptions{Lang::En, true}) << printed;
    EXPECT_EQ(dump(*reparsed), dump(*original)) << printed;
    EXPECT_NE(printed.find("formula max * (a - (b - c)) / (a + b) - -c + min(a, -(b + c)) * 2.125"), std::string::npos)
        << printed;
    EXPECT_NE(printed.find("\"C\" when (index < 80 or index >= 95) or points > 5"), std::string::npos) << printed;
    EXPECT_NE(printed.find("+ ((a - b) - c) * (a * b) * c"), std::string::npos) << printed;
}

// A formula of 50,000 terms prints and parses back (the chain is a loop, not recursion).
TEST(ShowResolved, ALongFormulaRoundTrips) {
    std::string formula = "a";
    for (int i = 1; i < 50000; ++i) formula += i % 3 == 0 ? " - a" : i % 3 == 1 ? " + a * 2 / 3" : " + (a - 1)";
    const std::string text = "tree t \"T\" max 10 {\n  criterion 1 \"a\" max 10 inputs a formula " + formula + "\n}\n";
    SourceSet sources;
    Diagnostics diags;
    auto original = dsl::parse(sources.add("g.chiso", text), diags);
    ASSERT_TRUE(original) << render_all(diags, RenderOptions{Lang::En, true});
    const std::string printed = criteria_text(*original, CriteriaTextOptions{});
    EXPECT_NE(printed.find(formula), std::string::npos);
    auto reparsed = dsl::parse(sources.add("printed.chiso", printed), diags);
    ASSERT_TRUE(reparsed) << render_all(diags, RenderOptions{Lang::En, true});
    EXPECT_EQ(dump(*reparsed), dump(*original));
}

}  // namespace
}  // namespace chiso
