#include "diff_fixture.hpp"

#include <gtest/gtest.h>

#include "engine/input/yaml_loader.hpp"

namespace chiso::difftest {
namespace {

const std::string kHeader = "index par \"PAR\"\nlocality x \"X\"\nyear 2024\n";

}  // namespace

const diff::RuleChange* Pair::find(diff::ChangeKind kind, const std::string& subject) const {
    for (const auto& c : rules.changes)
        if (c.kind == kind && (subject.empty() || c.subject == subject)) return &c;
    return nullptr;
}

std::size_t Pair::count(diff::ChangeKind kind) const {
    std::size_t n = 0;
    for (const auto& c : rules.changes)
        if (c.kind == kind) ++n;
    return n;
}

std::unique_ptr<Pair> compare_texts(const std::string& old_text, const std::string& new_text, bool header) {
    auto p = std::make_unique<Pair>();
    const SourceFile& o = p->sources.add("old.chiso", (header ? kHeader : "") + old_text);
    const SourceFile& n = p->sources.add("new.chiso", (header ? kHeader : "") + new_text);
    p->old_criteria = compile_criteria(o, p->diags);
    p->new_criteria = compile_criteria(n, p->diags);
    EXPECT_FALSE(p->diags.has_errors()) << render_all(p->diags, RenderOptions{});
    if (p->old_criteria && p->new_criteria)
        p->rules = diff::diff_rules(*p->old_criteria->definition, *p->new_criteria->definition);
    return p;
}

std::unique_ptr<Pair> compare_files(const std::string& old_path, const std::string& new_path,
                                    const std::string& scores_path) {
    auto p = std::make_unique<Pair>();
    const std::string root = std::string(CHISO_SOURCE_DIR) + "/";
    p->old_criteria = load_criteria(p->sources, root + old_path, p->diags);
    p->new_criteria = load_criteria(p->sources, root + new_path, p->diags);
    EXPECT_FALSE(p->diags.has_errors()) << render_all(p->diags, RenderOptions{});
    if (!p->old_criteria || !p->new_criteria) return p;
    p->rules = diff::diff_rules(*p->old_criteria->definition, *p->new_criteria->definition);
    if (scores_path.empty()) return p;
    p->sheet = load_scores(p->sources, root + scores_path, p->diags);
    if (p->sheet)
        p->comparison = diff::compare_scores(p->rules, p->old_criteria->plan, p->new_criteria->plan, *p->sheet, p->diags);
    EXPECT_FALSE(p->diags.has_errors()) << render_all(p->diags, RenderOptions{});
    return p;
}

void add_scores(Pair& p, const std::string& units_yaml) {
    const SourceFile& file = p.sources.add("scores.yaml", "index: par\nlocality: x\nyear: 2024\nunits:\n" + units_yaml);
    p.sheet = load_score_sheet(file, p.diags);
    ASSERT_TRUE(p.sheet) << render_all(p.diags, RenderOptions{});
    p.comparison = diff::compare_scores(p.rules, p.old_criteria->plan, p.new_criteria->plan, *p.sheet, p.diags);
    ASSERT_TRUE(p.comparison) << render_all(p.diags, RenderOptions{});
}

}  // namespace chiso::difftest
