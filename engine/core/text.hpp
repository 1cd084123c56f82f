#pragma once
// Lists of words joined into one text: the one home of `join` (messages, reports).
#include <string>
#include <string_view>
#include <vector>

namespace chiso {

// Every part, `separator` between each two (an empty part keeps its place).
std::string join(const std::vector<std::string>& parts, std::string_view separator);
// The parts that are not empty, `separator` between each two.
std::string join_nonempty(const std::vector<std::string>& parts, std::string_view separator);
// "`a`, `b`, `c`": the choices a message lists (known keys, ids).
std::string join_quoted(const std::vector<std::string>& words);

}  // namespace chiso
