#include "engine/input/score_sheet.hpp"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

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

namespace {
std::uint64_t fnv1a(std::string_view s) {
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
}
}  // namespace

std::uint32_t InternTable::intern(std::string_view text) {
    if (slots_.empty()) slots_.assign(64, 0);
    const std::uint64_t h = fnv1a(text);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(h) & mask;; i = (i + 1) & mask) {
        const std::uint32_t slot = slots_[i];
        if (slot == 0) {
            const auto id = static_cast<std::uint32_t>(texts_.size());
            texts_.emplace_back(text);
            by_id_.push_back(&texts_.back());
            hashes_.push_back(h);
            slots_[i] = id + 1;
            if (texts_.size() * 2 > slots_.size()) grow();  // at most half full
            return id;
        }
        if (hashes_[slot - 1] == h && *by_id_[slot - 1] == text) return slot - 1;
    }
}

std::uint32_t InternTable::find(std::string_view text) const {
    if (slots_.empty()) return static_cast<std::uint32_t>(-1);
    const std::uint64_t h = fnv1a(text);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(h) & mask;; i = (i + 1) & mask) {
        const std::uint32_t slot = slots_[i];
        if (slot == 0) return static_cast<std::uint32_t>(-1);
        if (hashes_[slot - 1] == h && *by_id_[slot - 1] == text) return slot - 1;
    }
}

void InternTable::grow() {
    slots_.assign(slots_.size() * 2, 0);
    const std::size_t mask = slots_.size() - 1;
    for (std::uint32_t id = 0; id < texts_.size(); ++id) {
        std::size_t i = static_cast<std::size_t>(hashes_[id]) & mask;
        while (slots_[i] != 0) i = (i + 1) & mask;
        slots_[i] = id + 1;
    }
}

std::size_t InternTable::bytes() const {
    std::size_t n = hashes_.capacity() * sizeof(std::uint64_t) + slots_.capacity() * sizeof(std::uint32_t) +
                    by_id_.capacity() * sizeof(const std::string*);
    for (const std::string& s : texts_) n += sizeof(std::string) + (s.size() > 15 ? s.capacity() : 0);
    return n;
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
            const TextId name = text_id(n.name);
            std::uint8_t scale = 0;
            bool big = false;
            const std::int64_t number = pack_number(n.value, scale, big);
            push_named(name, number, scale, big, out.pos, SheetPos{n.loc.line, n.loc.byte_col});
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
    into.text.assign(texts_.at(v.text));
    into.loc = loc(v.pos);
    if (v.is(InputValue::Kind::Named)) {
        into.number = Rational();
        into.named.resize(v.named_count());
        for (std::uint32_t i = 0; i < v.named_count(); ++i) {
            const NamedItem& item = named_[v.first_named() + i];
            NamedValue& n = into.named[i];
            n.name.assign(texts_.at(item.name));
            n.value = number(item);
            n.loc = loc(named_pos(v, i));
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

SheetPos SheetPool::named_pos(const SheetValue& v, std::uint32_t i) const {
    const std::uint32_t index = v.first_named() + i;
    const std::uint32_t bits = named_[index].packed & NamedItem::kPosMask;
    if (bits == NamedItem::kFarPos) return far_pos_.at(index);
    return SheetPos{v.pos.line + (bits >> NamedItem::kLineShift), bits & NamedItem::kMaxCol};
}

std::uint32_t SheetPool::add_sides(SidePair pair) {
    sides_.push_back(pair);
    return static_cast<std::uint32_t>(sides_.size());
}

std::size_t SheetPool::bytes() const {
    return big_.size() * sizeof(Rational) + named_.size() * sizeof(NamedItem) + sides_.size() * sizeof(SidePair) +
           far_pos_.size() * (sizeof(std::uint32_t) + sizeof(SheetPos) + 2 * sizeof(void*)) +
           far_entries_.size() * sizeof(EntryFar) +
           codes_.bytes() + texts_.bytes();
}

NodeEntry pack_entry(SheetPool& pool, const EntryDraft& draft) { return pack_entry(pool, pool.code_id(draft.code), draft); }

SheetPos SheetPool::key_of(const NodeEntry& e) const {
    if (e.where & NodeEntry::kFar) return far_entries_[e.where & ~NodeEntry::kFar].key;
    return SheetPos{e.where >> NodeEntry::kColBits, e.where & NodeEntry::kMaxCol};
}

std::uint32_t SheetPool::sides_of(const NodeEntry& e) const {
    return (e.where & NodeEntry::kFar) ? far_entries_[e.where & ~NodeEntry::kFar].sides : 0;
}

void SheetPool::place(NodeEntry& e, SheetPos key, std::uint32_t sides) {
    if (sides == 0 && key.line <= NodeEntry::kMaxLine && key.byte_col <= NodeEntry::kMaxCol) {
        e.where = key.line << NodeEntry::kColBits | key.byte_col;
        return;
    }
    e.where = NodeEntry::kFar | static_cast<std::uint32_t>(far_entries_.size());
    far_entries_.push_back(EntryFar{key, sides});
}

NodeEntry pack_entry(SheetPool& pool, CodeId code, const EntryDraft& draft) {
    NodeEntry e;
    e.code = code;
    if (draft.value) e.value = pool.pack(*draft.value);
    std::uint32_t sides = 0;
    if (draft.self || draft.appraised) {
        SidePair pair;
        if (draft.self) pair.self = pool.pack(*draft.self);
        if (draft.appraised) pair.appraised = pool.pack(*draft.appraised);
        sides = pool.add_sides(pair);
    }
    pool.place(e, SheetPos{draft.loc.line, draft.loc.byte_col}, sides);
    e.value.spare = static_cast<std::uint8_t>((draft.self ? NodeEntry::kHasSelf : 0) |
                                              (draft.appraised ? NodeEntry::kHasAppraised : 0));
    return e;
}

std::optional<InputValue> UnitInput::value(const NodeEntry& e) const {
    if (!e.has_value()) return std::nullopt;
    return pool->unpack(e.value);
}

const SheetValue* UnitInput::self_of(const NodeEntry& e) const {
    return e.has_self() ? &pool->sides(pool->sides_of(e) - 1).self : nullptr;
}

const SheetValue* UnitInput::appraised_of(const NodeEntry& e) const {
    return e.has_appraised() ? &pool->sides(pool->sides_of(e) - 1).appraised : nullptr;
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
    pool->place(e, SheetPos{key.line, key.byte_col}, 0);
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
    const std::uint32_t index = pool.sides_of(e);
    SidePair pair = index ? pool.sides(index - 1) : SidePair{};
    (self ? pair.self : pair.appraised) = v ? pool.pack(*v) : SheetValue{};
    const bool none = !pair.self.present() && !pair.appraised.present();
    pool.place(e, pool.key_of(e), none ? 0 : pool.add_sides(pair));
    const std::uint8_t bit = self ? NodeEntry::kHasSelf : NodeEntry::kHasAppraised;
    e.value.spare = static_cast<std::uint8_t>(v ? (e.value.spare | bit) : (e.value.spare & ~bit));
}
}  // namespace

void UnitInput::set_self(NodeEntry& e, std::optional<InputValue> v) { set_side(*pool, e, std::move(v), true); }
void UnitInput::set_appraised(NodeEntry& e, std::optional<InputValue> v) { set_side(*pool, e, std::move(v), false); }

void SheetPool::push_named(TextId name, std::int64_t number, std::uint8_t scale, bool big, SheetPos value,
                           SheetPos at) {
    NamedItem item;
    item.name = name;
    item.number = number;
    item.packed = (big ? NamedItem::kBig : 0u) | static_cast<std::uint32_t>(scale) << NamedItem::kScaleShift;
    const std::uint32_t delta = at.line - value.line;  // wraps when above: then far
    if (at.line >= value.line && delta <= NamedItem::kMaxLineDelta && at.byte_col < NamedItem::kMaxCol) {
        item.packed |= delta << NamedItem::kLineShift | at.byte_col;
    } else {
        item.packed |= NamedItem::kFarPos;
        far_pos_.emplace(static_cast<std::uint32_t>(named_.size()), at);
    }
    named_.push_back(item);
}

SheetValue SheetPool::add_named(SheetPos pos, const std::vector<NamedDraft>& items) {
    SheetValue out;
    out.kind = static_cast<std::uint8_t>(InputValue::Kind::Named);
    out.pos = pos;
    const auto first = static_cast<std::uint64_t>(named_.size());
    for (const NamedDraft& d : items) push_named(d.name, d.number, d.scale, false, pos, d.pos);
    out.payload = static_cast<std::int64_t>((first << 32) | static_cast<std::uint64_t>(items.size()));
    return out;
}

void SheetPool::release_values() {
    texts_ = InternTable();
    texts_.intern("");  // id 0 stays ""
    std::deque<Rational>().swap(big_);
    std::deque<NamedItem>().swap(named_);
    std::unordered_map<std::uint32_t, SheetPos>().swap(far_pos_);
    std::deque<SidePair>().swap(sides_);
    std::deque<EntryFar>().swap(far_entries_);
}

void release_entries(ScoreSheet& sheet) {
    for (UnitInput& unit : sheet.units) std::vector<NodeEntry>().swap(unit.entries);
    if (sheet.pool) sheet.pool->release_values();
#if defined(__GLIBC__)
    // The entries are a few KB a unit, freed into the holes of the heap, which glibc
    // keeps mapped unless asked: give those pages back, so the output's own memory
    // is not counted on top of them.
    ::malloc_trim(0);
#endif
}

}  // namespace chiso
