#include "engine/core/upper_case.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace chiso {

std::string upper_case(std::string_view text) {
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())));
    std::string out;
    unicode.toUpper(icu::Locale("vi")).toUTF8String(out);
    return out;
}

}  // namespace chiso
