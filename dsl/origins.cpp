#include "dsl/origins.hpp"

#include <algorithm>

namespace chiso {

void Origins::note(const std::string& key, const std::string& attribute, const SourceLoc& loc) {
    auto& list = changes[key];
    auto it = std::find_if(list.begin(), list.end(), [&](const AttributeOrigin& o) { return o.attribute == attribute; });
    if (it != list.end()) it->loc = loc;
    else list.push_back({attribute, loc});
}

void Origins::forget(const std::string& key, const std::string& attribute) {
    auto found = changes.find(key);
    if (found == changes.end()) return;
    auto& list = found->second;
    list.erase(std::remove_if(list.begin(), list.end(), [&](const AttributeOrigin& o) { return o.attribute == attribute; }),
               list.end());
    if (list.empty()) changes.erase(found);
}

void Origins::erase_prefix(const std::string& prefix) {
    for (auto it = changes.lower_bound(prefix); it != changes.end() && it->first.starts_with(prefix);)
        it = changes.erase(it);
}

void Origins::rename(const std::string& from, const std::string& to) {
    auto found = changes.find(from);
    if (found == changes.end()) return;
    auto list = std::move(found->second);
    changes.erase(found);
    changes[to] = std::move(list);
}

const std::vector<AttributeOrigin>* Origins::find(const std::string& key) const {
    auto found = changes.find(key);
    return found == changes.end() ? nullptr : &found->second;
}

std::string where(const SourceLoc& loc) {
    if (!loc.file) return "";
    if (loc.line == 0) return loc.file->path();
    return loc.file->path() + ":" + std::to_string(loc.line);
}

}  // namespace chiso
