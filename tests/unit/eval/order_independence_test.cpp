// The same inputs give the same results whatever the thread count or the order
// of the units in the score file: ranks, classes, statistics and every node's
// value (the columns are in evaluation order, so this also checks that readers go
// through UnitResult::row and never assume rank order).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>

#include "bench/national_model.hpp"
#include "bench/score_generator.hpp"
#include "engine/driver/driver.hpp"
#include "engine/eval/evaluate.hpp"
#include "engine/input/yaml_loader.hpp"

namespace chiso {
namespace {

struct Loaded {
    SourceSet sources;
    Diagnostics diags;
    std::optional<CompiledCriteria> criteria;
    std::optional<ScoreSheet> sheet;
};

std::unique_ptr<Loaded> load_national(int units) {
    auto l = std::make_unique<Loaded>();
    const bench::NationalModel model = bench::national_model();
    const SourceFile& criteria = l->sources.add("national.chiso", bench::criteria_text(model, 2024, 4));
    l->criteria = compile_criteria(criteria, l->diags);
    const SourceFile& scores =
        l->sources.add("scores.yaml", bench::scores_yaml(model, bench::ScoreSpec{units, 4, 2024, 7}));
    l->sheet = load_score_sheet(scores, l->diags);
    return l;
}

// Everything a writer reads of a unit, as text, keyed by unit id.
std::map<std::string, std::string> fingerprint(const Results& r) {
    std::map<std::string, std::string> out;
    for (const auto& block : r.blocks) {
        std::string stats = block.block->id + " " + std::to_string(block.stats.count) + " " +
                            block.stats.mean.to_string(8) + " " + block.stats.min.to_string() + " " +
                            block.stats.max.to_string();
        for (const auto& [ladder, counts] : block.stats.per_class)
            for (const auto& c : counts) stats += " " + ladder + ":" + c.label + "=" + std::to_string(c.count);
        out["block " + block.block->id] = stats;
        for (std::size_t i = 0; i < block.units.size(); ++i) {
            const UnitResult& u = block.units[i];
            std::string s = std::to_string(i) + " " + u.block + " " + u.group + " " + u.points.to_string() + "/" +
                            u.max.to_string() + " " + u.index.to_string(8) + " " + u.published.to_string() + " #" +
                            std::to_string(u.rank) + "/" + std::to_string(u.ranked_among);
            for (const auto& [ladder, label] : u.classes) s += " " + ladder + "=" + label;
            for (NodeId n = 0; n < block.nodes.nodes(); ++n) {
                const NodeValue v = block.node(u, n);
                s += " [" + std::to_string(static_cast<int>(v.source)) + (v.evaluated ? "e" : "") +
                     (v.not_applicable ? "n" : "") + (v.capped ? "c" : "") + " " + v.points.to_string() + "/" +
                     v.max.to_string() + "]";
                if (const Assessed* a = block.assessed(u, n))
                    s += "{" + (a->self ? a->self->to_string() : "-") + "," +
                         (a->appraised ? a->appraised->to_string() : "-") + "}";
            }
            out[u.id] = s;
        }
    }
    return out;
}

std::map<std::string, std::string> evaluated(const Loaded& l, const ScoreSheet& sheet, unsigned threads) {
    Diagnostics diags;
    auto results = evaluate(l.criteria->plan, sheet, diags, EvaluateOptions{.threads = threads});
    EXPECT_TRUE(results) << render_all(diags, RenderOptions{Lang::En, true});
    return results ? fingerprint(*results) : std::map<std::string, std::string>{};
}

TEST(OrderIndependence, OneOrTwoThreadsAndShuffledUnitsGiveTheSameResults) {
    auto l = load_national(600);
    ASSERT_TRUE(l->criteria && l->sheet) << render_all(l->diags, RenderOptions{Lang::En, true});
    const auto one = evaluated(*l, *l->sheet, 1);
    ASSERT_EQ(one.size(), 600u + 4u);
    EXPECT_EQ(evaluated(*l, *l->sheet, 2), one);

    ScoreSheet shuffled = *l->sheet;
    std::mt19937 random(13);
    std::shuffle(shuffled.units.begin(), shuffled.units.end(), random);
    ASSERT_NE(shuffled.units.front().id, l->sheet->units.front().id);
    EXPECT_EQ(evaluated(*l, shuffled, 1), one);
    EXPECT_EQ(evaluated(*l, shuffled, 2), one);
}

}  // namespace
}  // namespace chiso
