#pragma once
// A syntax error found while matching: the message, its arguments and the byte
// offset it points at. Thrown out of the PEGTL match (by parse_errors.hpp and by a
// few actions) and caught per top-level statement by the parser, which records it
// and resumes at the next statement.
#include <cstddef>
#include <string>
#include <vector>

#include "engine/core/messages.hpp"

namespace chiso::dsl {

struct SyntaxError {
    const MessageDef* message = nullptr;
    std::vector<std::string> args;
    std::size_t offset = 0;
};

}  // namespace chiso::dsl
