#include "engine/resolve/resolve.hpp"

#include <map>
#include <set>

#include "engine/core/suggest.hpp"
#include "engine/resolve/resolve_condition.hpp"
#include "engine/resolve/resolve_messages.hpp"
#include "engine/resolve/resolve_survey.hpp"
#include "engine/resolve/resolve_tree.hpp"

namespace chiso {
namespace {

// Whole-file problems name the file without pointing at a line.
SourceLoc file_start(const ast::File& f) { return SourceLoc{f.source, 0, 0}; }

class Resolver {
public:
    Resolver(std::shared_ptr<const ast::File> file, Diagnostics& diags) : file_(std::move(file)), diags_(diags) {}

    Resolved run() {
        def_.source = file_->source;
        if (empty(*file_)) {
            // One message, not "missing index, locality, year, tree, block".
            fail(file_start(*file_), msg::kEmptyCriteria);
            return Resolved{std::move(def_), false, false};
        }
        header();
        policies();
        trees();
        blocks();
        ladders();
        stats();
        if (!resolve_surveys(*file_, def_, diags_)) failed_ = true;
        tie_breaks();
        return Resolved{std::move(def_), !failed_, blocks_complete_};
    }

private:
    // Nothing declared at all (an empty file, or only comments).
    static bool empty(const ast::File& f) {
        return !f.index_id && !f.locality_id && !f.year && f.bases.empty() && !f.publish && !f.rounding && !f.ranking &&
               !f.not_applicable && !f.missing_is_zero && f.blocks.empty() && f.trees.empty() && f.ladders.empty() &&
               f.stats.empty();
    }

    void header() {
        const ast::File& f = *file_;
        if (!f.index_id) fail(file_start(f), msg::kMissingHeader, "index");
        if (!f.locality_id) fail(file_start(f), msg::kMissingHeader, "locality");
        if (!f.year) fail(file_start(f), msg::kMissingHeader, "year");
        if (f.index_id) def_.index_id = f.index_id->text;
        def_.index_name = f.index_name;
        if (f.locality_id) def_.locality_id = f.locality_id->text;
        def_.locality_name = f.locality_name;
        if (f.year) {
            const Rational& y = f.year->value;
            if (y.den() != 1 || f.year->percent || y.num() < 1000 || y.num() > 9999)
                fail(f.year->loc, msg::kYearNotInteger);
            else
                def_.year = static_cast<int>(y.num());
        }
        for (const auto& b : f.bases) def_.bases.push_back({b.number, b.date.value_or(""), b.title.value_or(""), b.loc});
        HeaderLocs& at = def_.header_locs;
        if (f.index_id) at.index = f.index_id->loc;
        if (f.locality_id) at.locality = f.locality_id->loc;
        if (f.year) at.year = f.year->loc;
        at.publish = f.publish_loc;
        if (f.rounding) at.rounding = f.rounding->loc;
        if (f.ranking) at.ranking = f.ranking->loc;
        at.na = f.not_applicable_loc;
        at.missing = f.missing_loc;
    }

    void policies() {
        const ast::File& f = *file_;
        def_.publish = f.publish.value_or(Publish::Percent);
        if (f.rounding) {
            def_.places = f.rounding->places;
            def_.rounding = f.rounding->mode;
        }
        if (f.ranking) {
            def_.ranking.by = f.ranking->by;
            def_.ranking.on_rounded = f.ranking->on_rounded;
            def_.ranking.ties = f.ranking->ties;
            def_.ranking.within_group = f.ranking->within_group;
            def_.ranking.loc = f.ranking->loc;
        }
        def_.default_na = f.not_applicable.value_or(NaPolicy::Exclude);
        def_.missing_is_zero = f.missing_is_zero.value_or(false);
    }

    void trees() {
        const ast::File& f = *file_;
        if (f.trees.empty()) fail(file_start(f), msg::kNoTree);
        std::map<std::string, std::uint32_t> seen;
        for (const auto& t : f.trees) {
            if (!unique("tree", t.id, seen)) continue;
            auto tree = resolve_tree(t, def_.default_na, diags_);
            if (!tree) {
                failed_ = true;
                broken_trees_.insert(t.id.text);  // already reported: blocks naming it stay quiet
                continue;
            }
            def_.trees.push_back(std::move(*tree));
        }
    }

    void blocks() {
        const ast::File& f = *file_;
        if (f.blocks.empty()) {
            fail(file_start(f), msg::kNoBlock);
            blocks_complete_ = false;
        }
        std::map<std::string, std::uint32_t> seen;
        std::set<std::size_t> used_trees;
        for (const auto& b : f.blocks) {
            if (!unique("block", b.id, seen)) {
                blocks_complete_ = false;
                continue;
            }
            BlockDef block{b.id.text, b.name, 0, {}, b.loc};
            auto tree = tree_for(b);
            if (!tree) {
                blocks_complete_ = false;
                continue;
            }
            block.tree = *tree;
            used_trees.insert(*tree);
            for (const auto& code : b.exclude) {
                NodeId node = find_code(def_.trees[*tree], code);
                if (node != kNoNode) block.excluded.push_back(node);
            }
            def_.blocks.push_back(std::move(block));
        }
        if (failed_) return;
        for (std::size_t i = 0; i < def_.trees.size(); ++i)
            if (!used_trees.count(i)) fail(def_.trees[i].loc, msg::kTreeUnused, def_.trees[i].id);
    }

    std::optional<std::size_t> tree_for(const ast::Block& b) {
        if (!b.tree) {
            if (def_.trees.size() == 1) return 0;
            if (def_.trees.empty() && !broken_trees_.empty()) return std::nullopt;
            if (!def_.trees.empty()) fail(b.id.loc, msg::kBlockNeedsTree, b.id.text, def_.trees.size());
            return std::nullopt;
        }
        std::vector<std::string> ids;
        for (std::size_t i = 0; i < def_.trees.size(); ++i) {
            if (def_.trees[i].id == b.tree->text) return i;
            ids.push_back(def_.trees[i].id);
        }
        if (broken_trees_.count(b.tree->text)) return std::nullopt;
        fail(b.tree->loc, msg::kUnknownTree, b.tree->text);
        diags_.suggest(closest_match(b.tree->text, ids));
        return std::nullopt;
    }

    // One "did you mean" index per tree, built at its first unknown code: a file
    // with a thousand bad references to a tree of 100,000 nodes builds it once.
    const Suggester& code_suggester_for(const TreeDef& tree) {
        auto it = code_suggesters_.find(tree.id);
        if (it == code_suggesters_.end()) {
            std::vector<std::string> codes;
            for (const auto& [c, _] : tree.by_code) codes.push_back(c);
            it = code_suggesters_.emplace(tree.id, code_suggester(std::move(codes))).first;
        }
        return it->second;
    }

    NodeId find_code(const TreeDef& tree, const ast::Name& code) {
        NodeId id = tree.find(code.text);
        if (id == kNoNode) {
            fail(code.loc, msg::kUnknownCode, tree.id, code.text);
            diags_.suggest(closest_code(code.text, code_suggester_for(tree)));
        }
        return id;
    }

    // Blocks a ladder section or a condition applies to: its own, or all.
    std::vector<const BlockDef*> blocks_named(const std::vector<ast::Name>& names) {
        std::vector<const BlockDef*> out;
        if (names.empty()) {
            for (const auto& b : def_.blocks) out.push_back(&b);
            return out;
        }
        for (const auto& n : names) {
            if (const BlockDef* b = def_.find_block(n.text)) {
                out.push_back(b);
                continue;
            }
            fail(n.loc, msg::kUnknownBlock, n.text);
            std::vector<std::string> ids;
            for (const auto& b : def_.blocks) ids.push_back(b.id);
            diags_.suggest(closest_match(n.text, ids));
        }
        return out;
    }

    // The default section of a ladder serves the blocks that have no section of their own.
    std::vector<const BlockDef*> blocks_without_section(const ast::Ladder& ladder) {
        std::vector<const BlockDef*> out;
        for (const auto& b : def_.blocks) {
            bool own = false;
            for (const auto& s : ladder.sections)
                for (const auto& n : s.blocks) own = own || n.text == b.id;
            if (!own) out.push_back(&b);
        }
        return out;
    }

    // Codes in a condition must exist in the tree of every block it is used for.
    void resolve_codes(const ast::Cond& c, const std::vector<const BlockDef*>& blocks) {
        for (const auto& op : c.operands) resolve_codes(op, blocks);
        for (const auto& part : c.parts) resolve_codes(*part, blocks);
    }

    // Inside arithmetic and statistics too (`mean(index(2))`); recursion follows the
    // written grouping, which the parser bounds.
    void resolve_codes(const ast::Operand& op, const std::vector<const BlockDef*>& blocks) {
        if (op.first) resolve_codes(*op.first, blocks);
        for (const auto& link : op.rest)
            if (link.operand) resolve_codes(*link.operand, blocks);
        if (op.of) resolve_codes(*op.of, blocks);
        if (op.arith != ast::Operand::Arith::None) return;
        if (op.kind != ast::Operand::Kind::NodeIndex && op.kind != ast::Operand::Kind::NodePoints) return;
        std::set<std::size_t> trees;
        for (const BlockDef* b : blocks) trees.insert(b->tree);
        for (std::size_t t : trees) find_code(def_.trees[t], op.code);
    }

    void ladders() {
        std::map<std::string, std::uint32_t> seen;
        for (const auto& l : file_->ladders) {
            if (!unique("ladder", l.id, seen)) continue;
            LadderDef ladder{l.id.text, l.name, {}, l.loc};
            for (const auto& s : l.sections) {
                auto blocks = s.blocks.empty() ? blocks_without_section(l) : blocks_named(s.blocks);
                LadderSectionDef section;
                section.loc = s.loc;
                for (const auto& n : s.blocks) section.blocks.push_back(n.text);
                for (const auto& r : s.rungs) {
                    if (r.when) resolve_codes(*r.when, blocks);
                    section.rungs.push_back({r.label, when_of(r.when), r.override_rung, r.loc});
                }
                ladder.sections.push_back(std::move(section));
            }
            def_.ladders.push_back(std::move(ladder));
        }
    }

    void stats() {
        std::map<std::string, std::uint32_t> seen;
        auto all = blocks_named({});
        for (const auto& s : file_->stats) {
            if (!unique("stat", s.id, seen)) continue;
            if (s.when) resolve_codes(*s.when, all);
            def_.stats.push_back({s.id.text, s.label, when_of(s.when), s.loc});
        }
    }

    std::optional<CondDef> when_of(const ast::CondPtr& when) {
        if (!when) return std::nullopt;
        const std::size_t errors = diags_.error_count();
        CondDef out = resolve_condition(*when, def_, diags_);
        if (diags_.error_count() != errors) failed_ = true;  // arithmetic or a statistic refused
        return out;
    }

    // Bound once the trees are known; a code absent from the tree of a block is reported.
    void tie_breaks() {
        if (!file_->ranking) return;
        for (const auto& t : file_->ranking->tie_breaks) {
            def_.ranking.tie_breaks.push_back(resolve_tie_break(t, def_));
            if (t.kind != ast::TieBreak::Kind::NodePoints) continue;
            std::set<std::size_t> trees;
            for (const auto& b : def_.blocks) trees.insert(b.tree);
            for (std::size_t tree : trees) find_code(def_.trees[tree], t.code);
        }
    }

    bool unique(const char* what, const ast::Name& id, std::map<std::string, std::uint32_t>& seen) {
        auto [it, inserted] = seen.emplace(id.text, id.loc.line);
        if (!inserted) fail(id.loc, msg::kDuplicateId, what, id.text, it->second);
        return inserted;
    }

    template <typename... Args>
    void fail(const SourceLoc& loc, const MessageDef& m, Args&&... args) {
        diags_.error(loc, m, std::forward<Args>(args)...);
        failed_ = true;
    }

    std::shared_ptr<const ast::File> file_;
    Diagnostics& diags_;
    Definition def_;
    std::set<std::string> broken_trees_;
    std::map<std::string, Suggester> code_suggesters_;  // by tree id
    bool failed_ = false;
    bool blocks_complete_ = true;
};

}  // namespace

Resolved resolve_partial(std::shared_ptr<const ast::File> file, Diagnostics& diags) {
    return Resolver(std::move(file), diags).run();
}

std::optional<Definition> resolve(std::shared_ptr<const ast::File> file, Diagnostics& diags) {
    Resolved resolved = resolve_partial(std::move(file), diags);
    if (!resolved.complete) return std::nullopt;
    return std::move(resolved.definition);
}

}  // namespace chiso
