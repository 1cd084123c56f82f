#pragma once
// The reason a file operation failed, in the language of the messages. The C
// library gives it in English only (strerror in the "C" locale, and Debian has no
// Vietnamese locale by default), so the reasons a user meets when writing a
// file are translated here; any other falls back to strerror's English.
#include <string>

#include "engine/core/messages.hpp"

namespace chiso::cli {

std::string errno_text(int error, Lang lang);

}  // namespace chiso::cli
