#include "engine/plan/code_lookup.hpp"

#include <algorithm>
#include <vector>

#include "engine/core/normalise.hpp"

namespace chiso {

const CodeLookup::Index& CodeLookup::index() const {
    std::call_once(built_, [this] {
        // In tree order, so that a tie between suggestions does not depend on hashing.
        std::unordered_map<std::string, NodeId> by_key;
        std::vector<std::string> texts;
        for (NodeId id = 0; id < tree_.nodes.size(); ++id) {
            const std::string& code = tree_.nodes[id].code;
            if (tree_.find(code) != id) continue;  // not a code a score file may name
            texts.push_back(code);
            auto [it, inserted] = by_key.try_emplace(text_key(code), id);
            if (!inserted) it->second = kNoNode;  // ambiguous: only the exact spelling finds them
        }
        index_.emplace(Index{std::move(by_key), code_suggester(std::move(texts))});
    });
    return *index_;
}

NodeId CodeLookup::find(std::string_view code) const {
    if (NodeId id = plan_ ? plan_->find(code) : tree_.find(std::string(code)); id != kNoNode) return id;
    const auto& by_key = index().by_key;
    const auto it = by_key.find(text_key(code));
    return it == by_key.end() ? kNoNode : it->second;
}

std::string CodeLookup::suggest(std::string_view code) const { return closest_code(code, index().suggester); }

const BlockDef* find_unit_block(const Definition& def, const std::string& written) {
    if (const BlockDef* b = def.find_block(written)) return b;
    const std::string key = text_key(written);
    for (const auto& b : def.blocks)
        if (text_key(b.id) == key) return &b;
    return nullptr;
}

}  // namespace chiso
