#include "engine/resolve/resolve_tree.hpp"

#include <filesystem>

#include "dsl/print.hpp"
#include "engine/resolve/resolve_messages.hpp"
#include "engine/resolve/resolve_rule.hpp"

namespace chiso {

Rational fraction_of(const ast::Number& n) { return n.percent ? n.value / Rational(100) : n.value; }

namespace {

class TreeResolver {
public:
    TreeResolver(NaPolicy default_na, Diagnostics& diags) : default_na_(default_na), diags_(diags) {}

    std::optional<TreeDef> run(const ast::Tree& tree) {
        out_.id = tree.id.text;
        out_.title = tree.title;
        out_.loc = tree.loc;
        if (tree.max) out_.max_loc = tree.max->loc;
        NodeDef root;
        root.code = "total";
        root.title = tree.title;
        root.weighted = tree.weighted;
        root.mean = tree.mean;
        root.unchecked = tree.unchecked;
        root.na = default_na_;
        root.loc = tree.loc;
        out_.nodes.push_back(root);
        out_.by_code["total"] = 0;
        for (const auto& child : tree.children) add_node(child, 0, 1);
        resolve_max(0, tree.max);
        // A tree without detail is scored by its total alone (only totals published).
        if (out_.nodes[0].is_leaf()) out_.nodes[0].rule = RuleDef{};
        if ((tree.weighted || tree.children.empty()) && !tree.max) fail(tree.id.loc, msg::kMissingMax, "total");
        if (failed_ || !ok_) return std::nullopt;
        return std::move(out_);
    }

private:
    void add_node(const ast::Node& node, NodeId parent, int depth) {
        NodeId id = static_cast<NodeId>(out_.nodes.size());
        auto [it, inserted] = out_.by_code.emplace(node.code.text, id);
        if (!inserted) {
            fail(node.code.loc, msg::kDuplicateCode, node.code.text, out_.nodes[it->second].loc.line);
            return;
        }
        NodeDef def;
        def.code = node.code.text;
        def.title = node.title;
        def.weighted = node.weighted;
        def.mean = node.mean;
        def.unchecked = node.unchecked;
        def.survey = node.survey || out_.nodes[parent].survey;
        def.optional = node.optional || node.na.has_value();
        def.na = node.na.value_or(out_.nodes[parent].na);
        def.parent = parent;
        def.depth = depth;
        def.loc = node.loc;
        for (const auto& in : node.inputs) def.inputs.push_back(in.text);
        if (node.weight) def.weight = non_negative(fraction_of(*node.weight), node.weight->loc, "weight");
        if (node.default_value) {
            // A negative default would take points away from a unit that entered nothing.
            def.default_value = non_negative(node.default_value->value, node.default_value->loc, "default");
            def.default_loc = node.default_value->loc;
        }
        def.written = written_of(node);
        if (node.normalise) def.normalise = resolve_normalise(*node.normalise);
        out_.nodes.push_back(def);
        out_.nodes[parent].children.push_back(id);
        for (const auto& child : node.children) add_node(child, id, depth + 1);
        resolve_max(id, node.max);
        resolve_rule(id, node);
    }

    static WrittenNode written_of(const ast::Node& node) {
        WrittenNode w;
        if (node.rule) w.rule = rule_source_text(*node.rule);
        if (node.max) w.max = node.max->loc;
        if (node.weight) w.weight = node.weight->loc;
        if (node.default_value) w.default_value = node.default_value->loc;
        if (node.na) w.na = node.na_loc;
        if (node.up_to) w.up_to = node.up_to->loc;
        if (node.allow_negative) w.allow_negative = node.allow_negative_loc;
        return w;
    }

    // Numbers as written (a percentage is a share, as for `weight`); the ranges are
    // checked by check (check_normalise.cpp), which sees the blocks too.
    static NormaliseDef resolve_normalise(const ast::Normalise& n) {
        NormaliseDef d;
        d.method = n.method;
        const auto value = [](const std::optional<ast::Number>& x) { return x ? fraction_of(*x) : Rational(0); };
        d.from = value(n.from);
        d.to = value(n.to);
        d.post_low = value(n.post_low);
        d.post_high = value(n.post_high);
        d.lower_better = n.lower_better;
        d.z_sample = n.z_sample;
        d.z_mean = value(n.z_mean);
        d.z_sd = value(n.z_sd);
        if (n.z_mean) d.z_mean_loc = n.z_mean->loc;
        if (n.z_sd) d.z_sd_loc = n.z_sd->loc;
        for (const auto& b : n.blocks) {
            d.blocks.push_back(b.text);
            d.block_locs.push_back(b.loc);
        }
        for (const auto& y : n.years) {
            const std::string from = y.loc.file ? y.loc.file->path() : std::string();
            d.years.push_back(PooledYearDef{y.text, pooled_path(from, y.text), y.loc});
        }
        if (n.if_equal) {
            d.if_equal = fraction_of(*n.if_equal);
            d.if_equal_loc = n.if_equal->loc;
        }
        d.written = normalise_source_text(n);
        d.loc = n.loc;
        if (n.from) d.range_loc = n.from->loc;
        if (n.post_low) d.post_loc = n.post_low->loc;
        return d;
    }

    // `over years "ddci-2022.yaml"` written in `from`: relative to its folder.
    static std::string pooled_path(const std::string& from, const std::string& path) {
        const std::filesystem::path p(path);
        if (p.is_absolute() || from.empty()) return p.lexically_normal().string();
        return (std::filesystem::path(from).parent_path() / p).lexically_normal().string();
    }

    // A written maximum wins; a plain sum node without one takes its children's total.
    void resolve_max(NodeId id, const std::optional<ast::Number>& written) {
        NodeDef& node = out_.nodes[id];
        if (written) {
            if (written->percent) fail(written->loc, msg::kMaxIsPercent);
            node.max = non_negative(written->value, written->loc, "max");
            return;
        }
        if (!node.is_leaf() && !node.weighted) {
            Rational sum;
            for (NodeId c : node.children)
                if (!out_.nodes[c].is_adjustment()) sum += out_.nodes[c].max;
            node.max = sum;
        }
    }

    void resolve_rule(NodeId id, const ast::Node& node) {
        NodeDef& def = out_.nodes[id];
        if (!def.is_leaf()) {
            if (node.rule) fail(node.rule->loc, msg::kRuleOnInnerNode, def.code);
            RuleDef none;  // an inner node has no input: `allow negative` / `up to` are refused
            if (!node.rule) resolve_range(none, node);
        } else {
            def.rule = node.rule ? chiso::resolve_rule(*node.rule, def, diags_, ok_) : RuleDef{};
            if (!node.rule) def.rule->loc = node.loc;
            resolve_range(*def.rule, node);
        }
        bool has_max = node.max.has_value() || (!def.is_leaf() && !def.weighted);
        if (!has_max && !def.is_adjustment()) fail(node.code.loc, msg::kMissingMax, def.code);
    }

    // The range of the rule's input, from its kind and the node's `allow negative` /
    // `up to N%` (the only way to widen it: a ratio of -5% or 150% is otherwise refused
    // in evaluation, never scored silently).
    void resolve_range(RuleDef& out, const ast::Node& node) {
        const RuleMeasure measure = node.rule ? rule_measure(*node.rule) : RuleMeasure{};
        const bool ratio = measure.ratio;
        if (ratio) out.ratio_limit = Rational(1);
        const bool takes_negative = measure.takes_negative;
        if (node.allow_negative) {
            if (takes_negative) out.allow_negative = true;
            else fail(node.allow_negative_loc, msg::kRangeNotApplicable, "allow negative", "proportional, bands, formula", node.code.text);
        }
        if (!node.up_to) return;
        if (!ratio) fail(node.up_to->loc, msg::kRangeNotApplicable, "up to", "proportional, bands", node.code.text);
        else if (!node.up_to->percent || node.up_to->value <= Rational(100)) fail(node.up_to->loc, msg::kUpToPercent);
        else out.ratio_limit = fraction_of(*node.up_to);
    }

    Rational non_negative(const Rational& v, const SourceLoc& loc, const char* what) {
        if (v.is_negative()) fail(loc, msg::kNegativeNumber, what);
        return v;
    }

    template <typename... Args>
    void fail(const SourceLoc& loc, const MessageDef& m, Args&&... args) {
        diags_.error(loc, m, std::forward<Args>(args)...);
        failed_ = true;
    }

    NaPolicy default_na_;
    Diagnostics& diags_;
    TreeDef out_;
    bool failed_ = false;
    bool ok_ = true;  // resolve_rule's errors
};

}  // namespace

std::optional<TreeDef> resolve_tree(const ast::Tree& tree, NaPolicy default_na, Diagnostics& diags) {
    return TreeResolver(default_na, diags).run(tree);
}

}  // namespace chiso
