#include "engine/input/yaml_documents.hpp"

#include <yaml-cpp/eventhandler.h>

#include <optional>
#include <sstream>

namespace chiso::input {
namespace {

// Remembers where the last document started; ignores everything else.
class DocumentStart : public YAML::EventHandler {
public:
    YAML::Mark mark;

    void OnDocumentStart(const YAML::Mark& at) override { mark = at; }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

}  // namespace

std::vector<YAML::Node> load_documents(const std::string& text) {
    // Every document but a stuck one reads at least one token, so two documents
    // starting at the same place mean that LoadAll would never return. Parse
    // errors are thrown here as LoadAll would throw them.
    std::istringstream in(text);
    YAML::Parser parser(in);
    DocumentStart start;
    std::optional<int> previous;
    while (parser.HandleNextDocument(start)) {
        if (previous == start.mark.pos) throw YAML::ParserException(start.mark, YAML::ErrorMsg::UNKNOWN_TOKEN);
        previous = start.mark.pos;
    }
    return YAML::LoadAll(text);
}

}  // namespace chiso::input
