#include "engine/eval/normalisation.hpp"

#include <algorithm>
#include <deque>

#include "engine/eval/distribution.hpp"
#include "engine/eval/evaluate_unit.hpp"
#include "engine/eval/normalisation_messages.hpp"
#include "engine/plan/code_lookup.hpp"

namespace chiso {

std::vector<int> normalisation_levels(const TreeDef& tree) {
    std::vector<int> below(tree.nodes.size(), -1);  // the highest level normalised in a node's subtree
    std::vector<int> level(tree.nodes.size(), -1);
    // Pre-order: every child has a higher id than its parent, so going down the ids
    // backwards visits children first.
    for (std::size_t i = tree.nodes.size(); i-- > 0;) {
        const NodeDef& node = tree.nodes[i];
        int deepest = -1;
        for (NodeId c : node.children) deepest = std::max(deepest, below[c]);
        if (node.normalise) level[i] = deepest + 1;
        below[i] = std::max(deepest, level[i]);
    }
    return level;
}

bool has_normalisations(const Definition& def) {
    for (const auto& tree : def.trees)
        for (const auto& node : tree.nodes)
            if (node.normalise) return true;
    return false;
}

namespace {

// The file of a population value: this year's (empty) or a pooled year's.
struct SheetAt {
    const ScoreSheet* sheet;
    std::string year;  // as written
    std::string path;  // resolved (PooledYearDef::path); empty for this year's
};

// Whether the units of `at` belong to the population of `n`: this year's always, a
// pooled year's only where the node names that file.
bool pools(const NormaliseDef& n, const SheetAt& at) {
    if (at.path.empty()) return true;
    return std::any_of(n.years.begin(), n.years.end(), [&](const PooledYearDef& y) { return y.path == at.path; });
}

// The blocks whose units make up the population of `node` for block `b`.
std::vector<std::size_t> population_blocks(const Definition& def, const NormaliseDef& n, std::size_t b) {
    if (n.blocks.empty()) return {b};
    std::vector<std::size_t> out;
    for (const auto& id : n.blocks)
        if (const BlockDef* block = def.find_block(id)) out.push_back(static_cast<std::size_t>(block - def.blocks.data()));
    return out;
}

bool named_before(const PopulationValue& a, const PopulationValue& b) {
    return std::tie(a.year, a.unit) < std::tie(b.year, b.unit);
}

class Preparer {
public:
    Preparer(const Plan& plan, const ScoreSheet& sheet, const std::vector<PooledSheet>* pooled, Diagnostics& diags)
        : plan_(plan), def_(*plan.definition), diags_(diags) {
        sheets_.push_back(SheetAt{&sheet, {}, {}});
        for (const auto& tree : plan.trees) {
            codes_.emplace_back(*tree.tree, &tree);
            levels_.push_back(normalisation_levels(*tree.tree));
        }
        if (pooled)
            for (const auto& p : *pooled)
                if (p.sheet) sheets_.push_back(SheetAt{p.sheet.get(), p.written, p.path});
        pooled_ = pooled;
    }

    std::shared_ptr<const Normalisations> run() {
        if (!pooled_files_read()) return nullptr;
        int top = -1;
        for (const auto& l : levels_)
            for (int v : l) top = std::max(top, v);
        for (int level = 0; level <= top; ++level) collect(level);
        return std::make_shared<const Normalisations>(std::move(out_));
    }

private:
    // Every `over years` file must have been read: a population without it would
    // silently describe fewer years.
    bool pooled_files_read() {
        bool ok = true;
        for (const auto& tree : def_.trees)
            for (const auto& node : tree.nodes) {
                if (!node.normalise) continue;
                for (const auto& y : node.normalise->years) {
                    const bool read = pooled_ && std::any_of(pooled_->begin(), pooled_->end(), [&](const PooledSheet& p) {
                        return p.path == y.path && p.sheet;
                    });
                    if (!read) {
                        diags_.error(y.loc, msg::kPooledNotRead, y.written);
                        ok = false;
                    }
                }
            }
        return ok;
    }

    // The raw values of the nodes of `level` for every unit of every sheet, under
    // the populations of the levels below; then their populations.
    void collect(int level) {
        // (tree, node, block of the unit) -> the unit's raw values, in file order.
        std::map<std::tuple<std::size_t, NodeId, std::size_t>, std::vector<PopulationValue>> raw;
        for (const SheetAt& at : sheets_) {
            for (const UnitInput& unit : at.sheet->units) {
                const BlockDef* block = find_unit_block(def_, unit.block);
                if (!block || !has_level(block->tree, level)) continue;
                RawCapture capture;
                Diagnostics dropped;  // the final pass reports the unit's problems
                (void)evaluate_unit(def_, *block, plan_.trees[block->tree], unit, dropped, &codes_[block->tree], nullptr,
                                    &out_, &capture);
                const std::size_t b = static_cast<std::size_t>(block - def_.blocks.data());
                const TreeDef& tree = def_.trees[block->tree];
                for (const auto& [node, value] : capture)
                    if (levels_[block->tree][node] == level && pools(*tree.nodes[node].normalise, at))
                        raw[{block->tree, node, b}].push_back(PopulationValue{value, unit.id, at.year});
            }
        }
        for (std::size_t t = 0; t < def_.trees.size(); ++t)
            for (NodeId id = 0; id < def_.trees[t].nodes.size(); ++id)
                if (levels_[t][id] == level) settle(t, id, raw);
    }

    bool has_level(std::size_t tree, int level) const {
        return std::find(levels_[tree].begin(), levels_[tree].end(), level) != levels_[tree].end();
    }

    // The population of node `id` for each block of its tree: the raw values of the
    // blocks it pools. One error per degenerate population without `if equal`.
    void settle(std::size_t t, NodeId id,
                const std::map<std::tuple<std::size_t, NodeId, std::size_t>, std::vector<PopulationValue>>& raw) {
        const NodeDef& node = def_.trees[t].nodes[id];
        const NormaliseDef& n = *node.normalise;
        std::map<std::vector<std::size_t>, std::shared_ptr<const NormPopulation>> shared;  // `over blocks`: one for all
        for (std::size_t b = 0; b < def_.blocks.size(); ++b) {
            if (def_.blocks[b].tree != t) continue;
            const std::vector<std::size_t> blocks = population_blocks(def_, n, b);
            auto& pop = shared[blocks];
            if (!pop) pop = make_population(n, t, id, blocks, raw);
            if (pop->count == 0) continue;  // no unit of the block has a raw value: none is normalised
            out_.table[{t, id, b}] = pop;
        }
        for (const auto& [blocks, pop] : shared) {
            if (pop->count == 0 || !pop->degenerate() || n.if_equal || n.method == NormMethod::Goalposts) continue;
            diags_.error(n.loc, msg::kNormaliseEqual, node.code, pop->count, pop->low.raw.to_string(4),
                         described(*pop));
        }
    }

    std::shared_ptr<const NormPopulation> make_population(
        const NormaliseDef& n, std::size_t t, NodeId id, const std::vector<std::size_t>& blocks,
        const std::map<std::tuple<std::size_t, NodeId, std::size_t>, std::vector<PopulationValue>>& raw) const {
        auto pop = std::make_shared<NormPopulation>();
        for (std::size_t b : blocks) pop->blocks.push_back(def_.blocks[b].id);
        for (const auto& y : n.years) pop->years.push_back(y.written);
        bool first = true;
        for (std::size_t b : blocks) {
            auto it = raw.find({t, id, b});
            if (it == raw.end()) continue;
            for (const PopulationValue& v : it->second) {
                ++pop->count;
                pop->sorted.push_back(v.raw);
                // Equal values: the one named is the first by (file, unit id), this year's
                // first, so the order of the units in a file changes nothing.
                if (first || v.raw < pop->low.raw || (v.raw == pop->low.raw && named_before(v, pop->low))) pop->low = v;
                if (first || v.raw > pop->high.raw || (v.raw == pop->high.raw && named_before(v, pop->high)))
                    pop->high = v;
                first = false;
            }
        }
        std::sort(pop->sorted.begin(), pop->sorted.end());
        if (n.method == NormMethod::ZScore) moments(*pop, n.z_sample);
        return pop;
    }

    // The mean and the variance of a z-score's population, exactly. A population of one
    // (or of equal values) has no spread: it is degenerate, and `if equal` decides.
    static void moments(NormPopulation& pop, bool sample) {
        pop.sample = sample;
        if (pop.count == 0) return;
        pop.mean = mean_of(pop.sorted);
        if (pop.degenerate()) return;
        pop.variance = variance_of(pop.sorted, sample ? StatMethod::Sample : StatMethod::Population);
    }

    // "khối so; tệp ddci-2022.yaml": the blocks and files, as ids (the same in both languages).
    static std::string described(const NormPopulation& pop) {
        std::string out;
        for (const auto& b : pop.blocks) out += (out.empty() ? "" : ", ") + b;
        for (const auto& y : pop.years) out += ", " + y;
        return out;
    }

    const Plan& plan_;
    const Definition& def_;
    Diagnostics& diags_;
    const std::vector<PooledSheet>* pooled_ = nullptr;
    std::vector<SheetAt> sheets_;
    std::deque<CodeLookup> codes_;
    std::vector<std::vector<int>> levels_;
    Normalisations out_;
};

}  // namespace

std::shared_ptr<const Normalisations> prepare_normalisations(const Plan& plan, const ScoreSheet& sheet,
                                                              const std::vector<PooledSheet>* pooled,
                                                              Diagnostics& diags) {
    if (!has_normalisations(*plan.definition)) return nullptr;
    return Preparer(plan, sheet, pooled, diags).run();
}

}  // namespace chiso
