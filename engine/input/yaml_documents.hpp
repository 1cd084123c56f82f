#pragma once
// The documents of a YAML text, for the two loaders of engine/input (the only
// users of yaml-cpp). YAML::LoadAll of yaml-cpp 0.7 never returns on some invalid
// texts; load_documents reports them as a parse error instead.
#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "engine/core/messages.hpp"

namespace chiso::input {

// YAML::LoadAll(text), except that a document starting with a token no node can
// start with (a `,` outside `[ ]` and `{ }`, as in a file holding only ",") throws
// YAML::ParserException ("unknown token") at that token. yaml-cpp 0.7 reads no
// token there and starts the next document at the same place, forever, taking
// memory at each turn (yaml-cpp issue #1040).
//
// Before yaml-cpp reads the text, two mistakes that it would report badly are looked
// for, and thrown as a DocumentProblem carrying the message to give:
//  - a double-quoted text that runs over a line end into a line that looks like
//    `key:` or `- `, and ends only at a later `"` (yaml-cpp would read on to it and
//    fail lines below): input.unclosed-quote at the opening quote. A text closed
//    nowhere is left to the loader, which reports it the same way;
//  - `[` or `{` nested more than kMaxFlowDepth levels (yaml-cpp gives up at 2,000
//    with "bad file" past the end of the line): input.too-deep at that bracket.
std::vector<YAML::Node> load_documents(const std::string& text);

inline constexpr int kMaxFlowDepth = 100;

// A DocumentProblem is a YAML::ParserException, so a caller that only catches
// those still reports it (as input.not-yaml, with an English `msg`); a caller that
// catches it first reports `message` with `args` at `mark`.
class DocumentProblem : public YAML::ParserException {
public:
    DocumentProblem(const YAML::Mark& at, const MessageDef& problem, std::vector<std::string> problem_args,
                    const std::string& fallback)
        : YAML::ParserException(at, fallback), message(&problem), args(std::move(problem_args)) {}

    const MessageDef* message;
    std::vector<std::string> args;
};

}  // namespace chiso::input
