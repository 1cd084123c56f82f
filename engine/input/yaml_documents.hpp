#pragma once
// The documents of a YAML text, for the loaders of engine/input: libyaml's events
// made into one YamlTree (yaml_tree.hpp), after a pre-scan of the raw text.
#include <memory>
#include <string>

#include "engine/input/yaml_tree.hpp"

namespace chiso::input {

// YamlTree::parse(text), except that a mistake libyaml would report lines too late
// is looked for first and thrown as a DocumentProblem: a double-quoted text that
// runs over a line end into a line that looks like `key:` or `- `, and ends only
// at a later `"` (libyaml would read on to it and fail lines below):
// input.unclosed-quote at the opening quote. A text closed nowhere is left to the
// loader, which reports it the same way. Nesting too deep (input.too-deep) is
// found while the tree is built, for block and flow style alike.
// Before anything else, the first U+0085, U+2028 or U+2029 is refused
// (input.yaml-line-break): a line break to libyaml that no editor shows.
std::shared_ptr<const YamlTree> load_documents(const std::string& text);

}  // namespace chiso::input
