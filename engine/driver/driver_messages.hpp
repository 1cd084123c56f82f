#pragma once
#include "engine/core/messages.hpp"

namespace chiso::msg {

inline constexpr MessageDef kCannotRead{"driver.cannot-read",
    "không đọc được tệp `{0}`", "cannot read file `{0}`"};

}  // namespace chiso::msg
