#pragma once
// Exact arithmetic for points. A Rational is num/den with den > 0, always reduced.
// Points and maxima come from decimal text and ratios of them, so binary floats
// would let 0.1 + 0.2 change a total, a tie or a rank; rationals never do.
#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace chiso {

namespace detail {
// 128-bit intermediates keep products of two 64-bit values exact before reduction.
__extension__ typedef __int128 wide_int;

// A value too large for 64 bits, held by GMP (engine/core/rational.cpp). Sums of
// many ratios with unrelated denominators (done/assigned for each criterion) have
// a common denominator that outgrows 64 bits long before anything is wrong.
class BigRational;
BigRational* clone(const BigRational& big);
void destroy(BigRational* big);

// Owns a BigRational; copies deep. Empty for every value that fits 64 bits.
class BigHandle {
public:
    BigHandle() = default;
    explicit BigHandle(BigRational* big) : big_(big) {}
    BigHandle(const BigHandle& o) : big_(o.big_ ? clone(*o.big_) : nullptr) {}
    BigHandle(BigHandle&& o) noexcept : big_(o.big_) { o.big_ = nullptr; }
    BigHandle& operator=(const BigHandle& o) {
        if (this != &o) BigHandle(o).swap(*this);
        return *this;
    }
    BigHandle& operator=(BigHandle&& o) noexcept {
        BigHandle(std::move(o)).swap(*this);
        return *this;
    }
    ~BigHandle() {
        if (big_) destroy(big_);
    }
    void swap(BigHandle& o) noexcept { std::swap(big_, o.big_); }
    const BigRational* get() const { return big_; }
    explicit operator bool() const { return big_ != nullptr; }

private:
    BigRational* big_ = nullptr;
};
}  // namespace detail

// Beyond this many bits in its numerator or denominator a value is refused
// (ArithmeticOverflow): no realistic criteria get near it, and it bounds the time
// and memory a hostile file can cost.
inline constexpr std::size_t kMaxRationalBits = 8192;

// Thrown when a value grows beyond kMaxRationalBits (or num()/den() is asked of a
// value that has no 64-bit form). Callers turn it into a positioned diagnostic;
// it never escapes the CLI.
struct ArithmeticOverflow : std::overflow_error {
    ArithmeticOverflow() : std::overflow_error("rational arithmetic overflow") {}
};

enum class RoundingMode { HalfUp, HalfEven, Down, Up };

class Rational {
public:
    constexpr Rational() = default;
    Rational(std::int64_t n) : num_(n), den_(1) {}  // NOLINT: integers are rationals
    Rational(std::int64_t n, std::int64_t d);

    // Parses "12", "-3.25", "8.5" (decimal point only). No exponent, NaN or inf.
    static std::optional<Rational> parse_decimal(std::string_view text);
    static Rational percent(const Rational& p) { return p / Rational(100); }

    // Only for values with a 64-bit form (input values always have one); a larger
    // value throws ArithmeticOverflow.
    std::int64_t num() const { return big_ ? too_large() : num_; }
    std::int64_t den() const { return big_ ? too_large() : den_; }
    bool is_zero() const { return !big_ && num_ == 0; }  // a big value is never 0
    bool is_negative() const { return big_ ? big_sign() < 0 : num_ < 0; }
    // Held by GMP rather than in 64 bits (for tests and benchmarks).
    bool is_big() const { return static_cast<bool>(big_); }

    Rational operator+(const Rational& o) const;
    Rational operator-(const Rational& o) const;
    Rational operator*(const Rational& o) const;
    Rational operator/(const Rational& o) const;  // throws std::domain_error on /0
    Rational operator-() const;
    Rational& operator+=(const Rational& o) { return *this = *this + o; }
    Rational& operator-=(const Rational& o) { return *this = *this - o; }

    // A value is big only when it has no 64-bit form, so a big and a small value differ.
    friend bool operator==(const Rational& a, const Rational& b) {
        if (a.big_ || b.big_) return a.big_ && b.big_ && big_equal(a, b);
        return a.num_ == b.num_ && a.den_ == b.den_;
    }
    friend std::strong_ordering operator<=>(const Rational& a, const Rational& b);

    // Rounds to `places` decimal places with the given mode (ties resolved exactly).
    Rational round(int places, RoundingMode mode) const;
    // Exact decimal text when the value has a finite expansion within `max_places`,
    // otherwise rounded half-up to `max_places`. Trailing zeros trimmed.
    std::string to_string(int max_places = 6) const;
    // Fixed number of decimals (rounded half-up), e.g. 91.9 -> "91.90".
    std::string to_fixed(int places) const;
    double to_double() const;

private:
    struct Reduced {};  // marks arguments already reduced with den > 0
    constexpr Rational(std::int64_t n, std::int64_t d, Reduced) : num_(n), den_(d) {}
    explicit Rational(detail::BigHandle big) : big_(std::move(big)) {}
    friend struct RationalAccess;

    [[noreturn]] static std::int64_t too_large();
    int big_sign() const;
    static bool big_equal(const Rational& a, const Rational& b);

    std::int64_t num_ = 0;  // 0/1 when big_ holds the value
    std::int64_t den_ = 1;
    detail::BigHandle big_;
};

inline Rational min(const Rational& a, const Rational& b) { return b < a ? b : a; }
inline Rational max(const Rational& a, const Rational& b) { return a < b ? b : a; }

}  // namespace chiso
