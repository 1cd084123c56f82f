#pragma once
// The meaning of one scalar of a score file ("8.5", "95%", "không áp dụng", "có",
// "tốt"), independent of YAML. Kept apart from the loader so the value forms can
// be read and tested without a parser.
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "engine/input/score_sheet.hpp"

namespace chiso::input {

// Why a scalar that looks like a number cannot be used. The loader turns each
// kind into a positioned message.
struct ScalarProblem {
    enum class Kind {
        Empty,               // "" or only spaces
        NotFinite,           // .nan, .inf, nan, inf
        DecimalComma,        // 8,5 -> 8.5
        AmbiguousComma,      // 1,234 -> 1.234 or 1234
        ThousandsSeparator,  // 1,234,567 or 1.234,5 -> 1234567, 1234.5
        TooLong,             // more digits than exact 64-bit arithmetic holds
        NumberForm           // 1e3, 0x1F, 1_000
    };
    Kind kind = Kind::Empty;
    std::string suggestion;   // the corrected text, when there is one
    std::string alternative;  // AmbiguousComma: the whole-number reading
};

using ScalarReading = std::variant<InputValue, ScalarProblem>;

// Classifies the exact text of a scalar. The result's `loc` is left unset; `text`
// holds the (trimmed) source text for every kind.
ScalarReading read_scalar(std::string_view text);

// Who gave a value, for the map form {self: …, appraised: …}.
enum class ValueSource { Value, Self, Appraised };

// "self", "appraised", "value", "tự_chấm", "thẩm_định", "tự chấm", "thẩm định"
// (any case); nullopt for any other key.
std::optional<ValueSource> source_key(std::string_view key);

// Canonical English name of a source, used in messages.
const char* source_name(ValueSource source);

// Two values of one entry that cannot both be meant. One home for both readers: the
// full reader reports it, the fast reader declines, so neither keeps one value and
// drops the other without a word.
struct SourceConflict {
    enum class Kind {
        ValueWithSource,  // {value: 8, appraised: 7}: the plain score beside a side (one would vanish)
        Applicability     // {self: không áp dụng, appraised: 18}: applies on one side only
    };
    Kind kind = Kind::ValueWithSource;
    ValueSource first = ValueSource::Value;      // ValueWithSource: value; Applicability: the side that says n/a
    ValueSource second = ValueSource::Appraised;  // the other source of the pair
};
std::optional<SourceConflict> source_conflict(const EntryDraft& entry);

}  // namespace chiso::input
