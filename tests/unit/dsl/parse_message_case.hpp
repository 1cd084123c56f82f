#pragma once
// A parser message case: a source and the exact rendering of what it reports, in
// Vietnamese and in English. The cases live in parse_messages_test.cpp (the base
// language) and parse_inherit_messages_test.cpp (extends, edit, replace, remove);
// together they must produce every message of dsl/parse_messages.hpp.
#include <ostream>
#include <string>
#include <vector>

namespace chiso::test {

struct MessageCase {
    const char* name;
    std::string source;
    std::string vi;
    std::string en;
};

// gtest prints a failing parameter with this: its name, not its bytes.
inline void PrintTo(const MessageCase& c, std::ostream* os) { *os << c.name; }

const std::vector<MessageCase>& message_cases();
const std::vector<MessageCase>& inherit_message_cases();

}  // namespace chiso::test
