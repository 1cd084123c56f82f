#pragma once
// A block's ranking table in HTML: the same columns and cells as the terminal
// and Markdown tables (BlockView), so every format shows the same numbers; then
// the notes (renamed, merged units…) and the block's statistics.
#include <string>

#include "engine/core/messages.hpp"
#include "engine/report/view/block_view.hpp"

namespace chiso::report {

std::string render_ranking_table(const BlockView& view, Lang lang);

}  // namespace chiso::report
