#pragma once
// A user-facing message in both languages. Phases define their own catalogues
// (dsl/parse_messages.hpp, engine/check/check_messages.hpp, ...) as
// `inline constexpr MessageDef`; arguments are positional fmt fields {0}, {1}.
namespace chiso {

enum class Lang { Vi, En };

struct MessageDef {
    const char* id;  // stable kebab-case id, e.g. "parse.expected-max"
    const char* vi;
    const char* en;
};

}  // namespace chiso
