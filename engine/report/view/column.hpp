#pragma once
// A column of a table in a view (results, diff): its heading, and whether it holds
// numbers (right-aligned in the terminal table and in Markdown).
#include <string>

namespace chiso::report {

struct Column {
    std::string header;
    bool numeric = false;  // right-aligned
};

}  // namespace chiso::report
