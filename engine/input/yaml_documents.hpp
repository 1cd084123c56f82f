#pragma once
// The documents of a YAML text, for the two loaders of engine/input (the only
// users of yaml-cpp). YAML::LoadAll of yaml-cpp 0.7 never returns on some invalid
// texts; load_documents reports them as a parse error instead.
#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

namespace chiso::input {

// YAML::LoadAll(text), except that a document starting with a token no node can
// start with (a `,` outside `[ ]` and `{ }`, as in a file holding only ",") throws
// YAML::ParserException ("unknown token") at that token. yaml-cpp 0.7 reads no
// token there and starts the next document at the same place, forever, taking
// memory at each turn (yaml-cpp issue #1040).
std::vector<YAML::Node> load_documents(const std::string& text);

}  // namespace chiso::input
