#include "engine/core/vietnamese_order.hpp"

#include <unicode/coll.h>
#include <unicode/locid.h>

#include <memory>
#include <stdexcept>

namespace chiso {
namespace {

// Built once per thread: opening a collator loads and compiles the locale's
// tailoring. One per thread because ranking runs blocks on worker threads and
// the ICU API reference does not promise that one Collator may be used by
// several threads at once (clones may; each createInstance is such a clone of
// the cached tailoring, so the cost is a small copy per thread).
const icu::Collator& vietnamese_collator() {
    thread_local const std::unique_ptr<icu::Collator> collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("vi"), status));
        // The root order (a fallback) would silently put đ among the d's: refuse it.
        if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || !c)
            throw std::runtime_error("ICU has no Vietnamese collation (locale \"vi\")");
        return c;
    }();
    return *collator;
}

icu::StringPiece piece(std::string_view text) {
    return icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size()));
}

}  // namespace

int compare_vietnamese(std::string_view a, std::string_view b) {
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result = vietnamese_collator().compareUTF8(piece(a), piece(b), status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU could not compare two names");
    return static_cast<int>(result);
}

}  // namespace chiso
