#pragma once
// Score input as the engine sees it: plain values with positions. Produced by
// the YAML loader (engine/input/yaml_loader.cpp, with YamlFile, the only code that reads YAML);
// only shape is checked there. Whether a code exists, a value fits its rule or
// stays under the maximum is decided against the criteria in evaluation.
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/core/rational.hpp"
#include "engine/core/source.hpp"

namespace chiso {

// One name of the named form (`{dat: 47, tong: 51}`): the name as written, its
// number, and where the number is written. Name, number and position in one
// element, so a named value costs one allocation, not two.
struct NamedValue {
    std::string name;
    Rational value;
    SourceLoc loc;
};

struct InputValue {
    enum class Kind {
        Number,         // 8.5, 95% (percent=true: value is 95, meaning 0.95)
        Text,           // "tốt", "có"
        Boolean,        // true/false, có/không resolved later from Text
        NotApplicable,  // "không áp dụng", "na", "n/a"
        Named           // {done: 8, assigned: 10} or answer counts {A: 10, B: 3}
    };
    Kind kind = Kind::Number;
    bool percent = false;
    bool boolean = false;
    Rational number;
    std::string text;
    std::vector<NamedValue> named;  // Named: in file order
    SourceLoc loc;
};

// An optional value kept on the heap: most entries have no self-assessed or
// appraised value, and a national file has a million entries, so an empty slot
// costs a pointer rather than a whole InputValue. Copies are deep.
template <typename T>
class Boxed {
public:
    Boxed() = default;
    Boxed(const Boxed& o) : value_(o.value_ ? std::make_unique<T>(*o.value_) : nullptr) {}
    Boxed(Boxed&&) noexcept = default;
    Boxed& operator=(const Boxed& o) {
        value_ = o.value_ ? std::make_unique<T>(*o.value_) : nullptr;
        return *this;
    }
    Boxed& operator=(Boxed&&) noexcept = default;
    Boxed& operator=(std::optional<T> v) {
        value_ = v ? std::make_unique<T>(std::move(*v)) : nullptr;
        return *this;
    }
    Boxed& operator=(T v) {
        value_ = std::make_unique<T>(std::move(v));
        return *this;
    }
    explicit operator bool() const { return value_ != nullptr; }
    bool has_value() const { return value_ != nullptr; }
    const T& operator*() const { return *value_; }
    T& operator*() { return *value_; }
    const T* operator->() const { return value_.get(); }
    T* operator->() { return value_.get(); }
    void reset() { value_.reset(); }

private:
    std::unique_ptr<T> value_;
};

// Values of one code for one unit. A plain `code: value` fills `value`; the map form
// `{tự_chấm: …, thẩm_định: …}` fills `self` and `appraised`.
struct NodeEntry {
    std::string code;
    SourceLoc loc;  // of the key
    std::optional<InputValue> value;
    Boxed<InputValue> self;
    Boxed<InputValue> appraised;

    // The value that counts: appraised over a plain value over the self-assessment.
    const InputValue* official() const {
        if (appraised) return &*appraised;
        if (value) return &*value;
        if (self) return &*self;
        return nullptr;
    }
};

inline bool is_not_applicable(const InputValue* v) { return v && v->kind == InputValue::Kind::NotApplicable; }

struct UnitInput {
    std::string id;
    std::string name;
    std::string block;
    std::string group;
    std::vector<std::string> flags;
    std::vector<SourceLoc> flag_locs;  // one per flag
    std::vector<NodeEntry> entries;  // in file order; sized exactly (a national file has a million)
    // Ids of last year's units this unit continues (renamed, merged, split).
    // Absent: the same id; an empty list: a unit new this year.
    std::optional<std::vector<std::string>> predecessors;
    std::vector<SourceLoc> predecessor_locs;
    SourceLoc loc;
    SourceLoc block_loc;
    SourceLoc group_loc;
};

struct ScoreSheet {
    std::string index;
    std::string locality;
    int year = 0;
    SourceLoc index_loc, locality_loc, year_loc;
    std::string previous;  // `previous:` file of last year's results, as written
    SourceLoc previous_loc;
    std::vector<UnitInput> units;
    const SourceFile* source = nullptr;
};

}  // namespace chiso
