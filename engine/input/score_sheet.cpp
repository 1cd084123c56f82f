#include "engine/input/score_sheet.hpp"

#include <array>

namespace chiso {
namespace {

constexpr std::array<std::int64_t, 19> kPow10 = [] {
    std::array<std::int64_t, 19> p{};
    p[0] = 1;
    for (std::size_t i = 1; i < p.size(); ++i) p[i] = p[i - 1] * 10;
    return p;
}();

// A reduced fraction n/d as m / 10^s with the least s, when d divides a power of ten
// that 64 bits hold and m fits: what every decimal a score file can hold is.
bool as_decimal(std::int64_t n, std::int64_t d, std::int64_t& m, std::uint8_t& s) {
    for (std::size_t k = 0; k < kPow10.size(); ++k) {
        if (kPow10[k] % d != 0) continue;
        if (__builtin_mul_overflow(n, kPow10[k] / d, &m)) return false;
        s = static_cast<std::uint8_t>(k);
        return true;
    }
    return false;
}

}  // namespace

SheetPool::SheetPool(const SourceFile* file) : file_(file) { text_id(""); }

CodeId SheetPool::code_id(std::string_view code) {
    if (auto it = code_ids_.find(code); it != code_ids_.end()) return it->second;
    const auto id = static_cast<CodeId>(codes_.size());
    codes_.emplace_back(code);
    code_ids_.emplace(codes_.back(), id);
    return id;
}

TextId SheetPool::text_id(std::string_view text) {
    if (auto it = text_ids_.find(text); it != text_ids_.end()) return it->second;
    const auto id = static_cast<TextId>(texts_.size());
    texts_.emplace_back(text);
    text_ids_.emplace(texts_.back(), id);
    return id;
}

std::int64_t SheetPool::pack_number(const Rational& r, std::uint8_t& scale, bool& big) {
    std::int64_t m = 0;
    big = r.is_big() || !as_decimal(r.num(), r.den(), m, scale);
    if (!big) return m;
    scale = 0;
    big_.push_back(r);
    return static_cast<std::int64_t>(big_.size() - 1);
}

Rational SheetPool::item_number(std::int64_t number, std::uint8_t scale, bool big) const {
    if (big) return big_[static_cast<std::size_t>(number)];
    if (scale == 0) return Rational(number);
    return Rational(number, kPow10[scale]);
}

SheetValue SheetPool::pack(const InputValue& v) {
    SheetValue out;
    out.kind = static_cast<std::uint8_t>(v.kind);
    out.text = text_id(v.text);
    out.pos = SheetPos{v.loc.line, v.loc.byte_col};
    if (v.percent) out.flags |= SheetValue::kPercent;
    if (v.boolean) out.flags |= SheetValue::kBoolean;
    if (v.kind == InputValue::Kind::Named) {
        const auto first = static_cast<std::uint64_t>(named_.size());
        for (const NamedValue& n : v.named) {
            NamedItem item;
            item.name = text_id(n.name);
            item.pos = SheetPos{n.loc.line, n.loc.byte_col};
            item.number = pack_number(n.value, item.scale, item.big);
            named_.push_back(item);
        }
        out.payload = static_cast<std::int64_t>((first << 32) | static_cast<std::uint64_t>(v.named.size()));
        return out;
    }
    bool big = false;
    out.payload = pack_number(v.number, out.scale, big);
    if (big) out.flags |= SheetValue::kBigNumber;
    return out;
}

Rational SheetPool::number(const SheetValue& v) const {
    return item_number(v.payload, v.scale, (v.flags & SheetValue::kBigNumber) != 0);
}

void SheetPool::unpack(const SheetValue& v, InputValue& into) const {
    into.kind = v.value_kind();
    into.percent = v.percent();
    into.boolean = v.boolean();
    into.text.assign(texts_[v.text]);
    into.loc = loc(v.pos);
    if (v.is(InputValue::Kind::Named)) {
        into.number = Rational();
        into.named.resize(v.named_count());
        for (std::uint32_t i = 0; i < v.named_count(); ++i) {
            const NamedItem& item = named_[v.first_named() + i];
            NamedValue& n = into.named[i];
            n.name.assign(texts_[item.name]);
            n.value = item_number(item.number, item.scale, item.big);
            n.loc = loc(item.pos);
        }
        return;
    }
    into.named.clear();
    into.number = number(v);
}

InputValue SheetPool::unpack(const SheetValue& v) const {
    InputValue out;
    unpack(v, out);
    return out;
}

std::uint32_t SheetPool::add_sides(SidePair pair) {
    sides_.push_back(pair);
    return static_cast<std::uint32_t>(sides_.size());
}

std::size_t SheetPool::bytes() const {
    std::size_t n = big_.size() * sizeof(Rational) + named_.size() * sizeof(NamedItem) + sides_.size() * sizeof(SidePair);
    for (const std::string& s : codes_) n += sizeof(std::string) + s.capacity();
    for (const std::string& s : texts_) n += sizeof(std::string) + s.capacity();
    return n;
}

NodeEntry pack_entry(SheetPool& pool, const EntryDraft& draft) {
    NodeEntry e;
    e.code = pool.code_id(draft.code);
    e.key = SheetPos{draft.loc.line, draft.loc.byte_col};
    if (draft.value) e.value = pool.pack(*draft.value);
    if (draft.self || draft.appraised) {
        SidePair pair;
        if (draft.self) pair.self = pool.pack(*draft.self);
        if (draft.appraised) pair.appraised = pool.pack(*draft.appraised);
        e.sides = pool.add_sides(pair);
    }
    e.value.spare = static_cast<std::uint8_t>((draft.self ? NodeEntry::kHasSelf : 0) |
                                              (draft.appraised ? NodeEntry::kHasAppraised : 0));
    return e;
}

std::optional<InputValue> UnitInput::value(const NodeEntry& e) const {
    if (!e.has_value()) return std::nullopt;
    return pool->unpack(e.value);
}

const SheetValue* UnitInput::self_of(const NodeEntry& e) const {
    return e.has_self() ? &pool->sides(e.sides - 1).self : nullptr;
}

const SheetValue* UnitInput::appraised_of(const NodeEntry& e) const {
    return e.has_appraised() ? &pool->sides(e.sides - 1).appraised : nullptr;
}

std::optional<InputValue> UnitInput::self(const NodeEntry& e) const {
    if (const SheetValue* v = self_of(e)) return pool->unpack(*v);
    return std::nullopt;
}

std::optional<InputValue> UnitInput::appraised(const NodeEntry& e) const {
    if (const SheetValue* v = appraised_of(e)) return pool->unpack(*v);
    return std::nullopt;
}

const SheetValue* UnitInput::official(const NodeEntry& e) const {
    if (const SheetValue* a = appraised_of(e)) return a;
    if (e.has_value()) return &e.value;
    return self_of(e);
}

std::optional<InputValue> UnitInput::official_value(const NodeEntry& e) const {
    if (const SheetValue* v = official(e)) return pool->unpack(*v);
    return std::nullopt;
}

bool UnitInput::is_not_applicable(const NodeEntry& e) const { return chiso::is_not_applicable(official(e)); }

EntryDraft UnitInput::draft(const NodeEntry& e) const {
    return EntryDraft{code(e), loc_of(e), value(e), self(e), appraised(e)};
}

bool UnitInput::has_sides() const {
    for (const NodeEntry& e : entries)
        if (e.has_self() || e.has_appraised()) return true;
    return false;
}

NodeEntry& UnitInput::add_entry(std::string_view code, const SourceLoc& key) {
    NodeEntry e;
    e.code = pool->code_id(code);
    e.key = SheetPos{key.line, key.byte_col};
    entries.push_back(e);
    return entries.back();
}

void UnitInput::set_value(NodeEntry& e, std::optional<InputValue> v) {
    const std::uint8_t sides = e.value.spare;
    e.value = v ? pool->pack(*v) : SheetValue{};
    e.value.spare = sides;
}

namespace {
// A side's value set or cleared: the entry gets its own pair (the pool only grows,
// so an entry copied from this one keeps its own).
void set_side(SheetPool& pool, NodeEntry& e, std::optional<InputValue> v, bool self) {
    SidePair pair = e.sides ? pool.sides(e.sides - 1) : SidePair{};
    (self ? pair.self : pair.appraised) = v ? pool.pack(*v) : SheetValue{};
    e.sides = pool.add_sides(pair);
    const std::uint8_t bit = self ? NodeEntry::kHasSelf : NodeEntry::kHasAppraised;
    e.value.spare = static_cast<std::uint8_t>(v ? (e.value.spare | bit) : (e.value.spare & ~bit));
    if (!pair.self.present() && !pair.appraised.present()) e.sides = 0;
}
}  // namespace

void UnitInput::set_self(NodeEntry& e, std::optional<InputValue> v) { set_side(*pool, e, std::move(v), true); }
void UnitInput::set_appraised(NodeEntry& e, std::optional<InputValue> v) { set_side(*pool, e, std::move(v), false); }

}  // namespace chiso
