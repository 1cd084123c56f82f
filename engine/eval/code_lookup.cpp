#include "engine/eval/code_lookup.hpp"

#include <algorithm>
#include <vector>

#include "engine/core/normalise.hpp"

namespace chiso {

const CodeLookup::Index& CodeLookup::index() const {
    std::call_once(built_, [this] {
        // In tree order, so that a tie between suggestions does not depend on hashing.
        std::vector<std::pair<NodeId, std::string>> codes;
        for (const auto& [code, id] : plan_.by_code) codes.emplace_back(id, std::string(code));
        std::sort(codes.begin(), codes.end());
        std::unordered_map<std::string, NodeId> by_key;
        std::vector<std::string> texts;
        for (const auto& [id, code] : codes) {
            texts.push_back(code);
            auto [it, inserted] = by_key.try_emplace(text_key(code), id);
            if (!inserted) it->second = kNoNode;  // ambiguous: only the exact spelling finds them
        }
        index_.emplace(Index{std::move(by_key), code_suggester(std::move(texts))});
    });
    return *index_;
}

NodeId CodeLookup::find(std::string_view code) const {
    if (NodeId id = plan_.find(code); id != kNoNode) return id;
    const auto& by_key = index().by_key;
    const auto it = by_key.find(text_key(code));
    return it == by_key.end() ? kNoNode : it->second;
}

std::string CodeLookup::suggest(std::string_view code) const { return closest_code(code, index().suggester); }

}  // namespace chiso
