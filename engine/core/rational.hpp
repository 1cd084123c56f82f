#pragma once
// Exact arithmetic for points. A Rational is num/den with den > 0, always reduced.
// Points and maxima come from decimal text and ratios of them, so binary floats
// would let 0.1 + 0.2 change a total, a tie or a rank; rationals never do.
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace chiso {

namespace detail {
// 128-bit intermediates keep products of two 64-bit values exact before reduction.
__extension__ typedef __int128 wide_int;
}  // namespace detail

// Thrown when a value no longer fits in 64-bit numerator/denominator.
// Callers turn it into a positioned diagnostic; it never escapes the CLI.
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

    std::int64_t num() const { return num_; }
    std::int64_t den() const { return den_; }
    bool is_zero() const { return num_ == 0; }
    bool is_negative() const { return num_ < 0; }

    Rational operator+(const Rational& o) const;
    Rational operator-(const Rational& o) const;
    Rational operator*(const Rational& o) const;
    Rational operator/(const Rational& o) const;  // throws std::domain_error on /0
    Rational operator-() const { return Rational(-num_, den_); }
    Rational& operator+=(const Rational& o) { return *this = *this + o; }
    Rational& operator-=(const Rational& o) { return *this = *this - o; }

    friend bool operator==(const Rational& a, const Rational& b) {
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
    double to_double() const { return static_cast<double>(num_) / static_cast<double>(den_); }

private:
    struct Reduced {};  // marks arguments already reduced with den > 0
    constexpr Rational(std::int64_t n, std::int64_t d, Reduced) : num_(n), den_(d) {}
    friend Rational make_reduced_rational(detail::wide_int n, detail::wide_int d);

    std::int64_t num_ = 0;
    std::int64_t den_ = 1;
};

inline Rational min(const Rational& a, const Rational& b) { return b < a ? b : a; }
inline Rational max(const Rational& a, const Rational& b) { return a < b ? b : a; }

}  // namespace chiso
