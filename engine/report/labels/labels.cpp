#include "engine/report/labels/labels.hpp"

namespace chiso::labels {

const char* text(const MessageDef& message, Lang lang) { return lang == Lang::Vi ? message.vi : message.en; }

}  // namespace chiso::labels
