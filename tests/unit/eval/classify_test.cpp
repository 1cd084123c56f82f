// classify_block decides a rung that only compares the index with numbers by
// int64 bounds read once per block; every other rung by holds(). Held here to the
// plain reading of the ladders (every rung through holds(), overrides first): on
// every bundled example, and with each unit's index moved onto, just below and just
// above every number a ladder compares it with, for both `ranking … rounded` and
// exact indices, so that every comparison is tried at its boundary.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "engine/driver/driver.hpp"
#include "engine/eval/classify.hpp"
#include "engine/eval/conditions.hpp"
#include "engine/eval/evaluate.hpp"

namespace chiso {
namespace {

std::vector<std::string> files_under(const std::vector<std::string>& dirs, const std::string& ext) {
    std::vector<std::string> out;
    for (const auto& d : dirs)
        for (const auto& e : std::filesystem::recursive_directory_iterator(std::filesystem::path(CHISO_SOURCE_DIR) / d))
            if (e.is_regular_file() && e.path().extension() == ext) out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

// The ladders read plainly: every rung through holds().
std::map<std::string, std::string> plain_classes(const Definition& def, const BlockResult& block, const UnitResult& u) {
    std::map<std::string, std::string> out;
    CondContext ctx{def, def.tree_of(*block.block), u, block.block->tree, block.nodes};
    for (const auto& ladder : def.ladders) {
        const LadderSectionDef* section = ladder.section_for(block.block->id);
        if (!section) continue;
        bool found = false;
        for (int pass = 0; pass < 2 && !found; ++pass)
            for (const auto& rung : section->rungs) {
                if (rung.override_rung != (pass == 0) || (rung.when && !holds(*rung.when, ctx))) continue;
                out[ladder.id] = rung.label;
                found = true;
                break;
            }
    }
    return out;
}

// Every number a ladder's conditions compare with, as scaled for `tree`.
void numbers_of(const CondDef& c, std::size_t tree, std::vector<Rational>& out) {
    for (const Comparison& link : c.chain)
        for (const CondValue* v : {&link.lhs, &link.rhs})
            if (v->kind == Measure::Number && !v->rank_share)
                out.push_back(tree < v->scaled.size() ? v->scaled[tree] : v->number);
    for (const CondDef& p : c.parts) numbers_of(p, tree, out);
}

std::size_t compare_block(const Definition& def, BlockResult& block, const std::string& where) {
    std::size_t compared = 0;
    for (UnitResult& u : block.units) {
        u.classes.clear();
    }
    classify_block(def, block);
    for (const UnitResult& u : block.units) {
        EXPECT_EQ(u.classes, plain_classes(def, block, u)) << where << " unit " << u.id;
        ++compared;
    }
    return compared;
}

TEST(Classify, BoundsAgreeWithHoldsOnEveryBundledExample) {
    SourceSet sources;
    std::vector<CompiledCriteria> criteria;
    for (const auto& path : files_under({"criteria", "examples", "tests"}, ".chiso")) {
        Diagnostics diags;
        auto c = load_criteria(sources, path, diags);
        if (c && !diags.has_errors()) criteria.push_back(std::move(*c));
    }
    std::size_t units = 0, moved = 0;
    for (const auto& path : files_under({"examples", "tests"}, ".yaml")) {
        Diagnostics load_diags;
        const auto sheet = load_scores(sources, path, load_diags);
        if (!sheet || sheet->units.empty()) continue;
        for (const CompiledCriteria& c : criteria) {
            if (sheet->index != c.definition->index_id) continue;
            Diagnostics diags;
            EvaluateOptions options;
            options.check_year_and_locality = false;
            auto results = evaluate(c.plan, *sheet, diags, options);
            if (!results || diags.has_errors()) continue;
            const Definition& def = *c.definition;
            for (BlockResult& block : results->blocks) {
                units += compare_block(def, block, path);
                // Each unit's index onto, below and above each number compared with.
                std::vector<Rational> numbers;
                for (const auto& ladder : def.ladders)
                    if (const LadderSectionDef* s = ladder.section_for(block.block->id))
                        for (const auto& rung : s->rungs)
                            if (rung.when) numbers_of(*rung.when, block.block->tree, numbers);
                const Rational step(1, 1000);
                for (const Rational& n : numbers)
                    for (const Rational& at : {n - step, n, n + step}) {
                        for (UnitResult& u : block.units) u.index = u.published = at;
                        moved += compare_block(def, block, path + " at " + at.to_string(4));
                    }
            }
        }
    }
    EXPECT_GT(units, 200u);
    EXPECT_GT(moved, 2000u);
}

}  // namespace
}  // namespace chiso
