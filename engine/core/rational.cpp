#include "engine/core/rational.hpp"
#include "engine/core/rational_root.hpp"

#include <gmp.h>

#include <compare>
#include <cstdlib>

namespace chiso {
namespace detail {

// Also the scoped holder of every GMP temporary below, so that none leaks when
// ArithmeticOverflow is thrown halfway.
class BigRational {
public:
    BigRational() { mpq_init(value); }
    ~BigRational() { mpq_clear(value); }
    BigRational(const BigRational&) = delete;
    BigRational& operator=(const BigRational&) = delete;
    mpq_t value;
};

BigRational* clone(const BigRational& big) {
    auto* copy = new BigRational;
    mpq_set(copy->value, big.value);
    return copy;
}

void destroy(BigRational* big) { delete big; }

}  // namespace detail

namespace {

using i128 = detail::wide_int;
__extension__ typedef unsigned __int128 u128;

int ctz64(std::uint64_t v) { return __builtin_ctzll(v); }

int ctz128(u128 v) {
    const auto low = static_cast<std::uint64_t>(v);
    return low != 0 ? __builtin_ctzll(low) : 64 + __builtin_ctzll(static_cast<std::uint64_t>(v >> 64));
}

// Binary GCD: no division, which matters because every sum of points reduces.
template <typename U, int (*ctz)(U)>
U binary_gcd(U a, U b) {
    if (a == 0) return b;
    if (b == 0) return a;
    const int shift = ctz(a | b);
    a >>= ctz(a);
    do {
        b >>= ctz(b);
        if (a > b) std::swap(a, b);
        b -= a;
    } while (b != 0);
    return a << shift;
}

std::uint64_t gcd64(std::uint64_t a, std::uint64_t b) { return binary_gcd<std::uint64_t, ctz64>(a, b); }

u128 gcd128(u128 a, u128 b) {
    if ((a >> 64) == 0 && (b >> 64) == 0) return gcd64(static_cast<std::uint64_t>(a), static_cast<std::uint64_t>(b));
    return binary_gcd<u128, ctz128>(a, b);
}

u128 magnitude(i128 v) { return v < 0 ? -static_cast<u128>(v) : static_cast<u128>(v); }

bool fits64(i128 v) { return v <= INT64_MAX && v >= -INT64_MAX; }

// A GMP integer for the length of a scope.
struct Mpz {
    Mpz() { mpz_init(value); }
    ~Mpz() { mpz_clear(value); }
    Mpz(const Mpz&) = delete;
    Mpz& operator=(const Mpz&) = delete;
    mpz_t value;
};

void set_mpz(mpz_t out, i128 v) {
    const u128 m = magnitude(v);
    const std::uint64_t words[2] = {static_cast<std::uint64_t>(m), static_cast<std::uint64_t>(m >> 64)};
    mpz_import(out, 2, -1, sizeof(std::uint64_t), 0, 0, words);
    if (v < 0) mpz_neg(out, out);
}

}  // namespace

// The constructors and GMP conversions the operators share.
struct RationalAccess {
    static Rational small(std::int64_t n, std::int64_t d) { return Rational(n, d, Rational::Reduced{}); }

    // A canonical mpq (reduced, den > 0) as a Rational: 64-bit when it fits; a big
    // value takes `q`'s storage.
    static Rational from_mpq(detail::BigRational& q) {
        mpz_srcptr n = mpq_numref(q.value);
        mpz_srcptr d = mpq_denref(q.value);
        if (mpz_fits_slong_p(n) && mpz_fits_slong_p(d) && mpz_cmp_si(n, -INT64_MAX) >= 0)
            return small(mpz_get_si(n), mpz_get_si(d));
        if (mpz_sizeinbase(n, 2) > kMaxRationalBits || mpz_sizeinbase(d, 2) > kMaxRationalBits)
            throw ArithmeticOverflow();
        auto* big = new detail::BigRational;
        mpq_swap(big->value, q.value);
        return Rational(detail::BigHandle(big));
    }

    static Rational from_wide(i128 n, i128 d) {
        if (d == 0) throw std::domain_error("division by zero");
        if (d < 0) {
            n = -n;
            d = -d;
        }
        const u128 g = gcd128(magnitude(n), magnitude(d));
        if (g > 1) {
            n /= static_cast<i128>(g);
            d /= static_cast<i128>(g);
        }
        if (fits64(n) && fits64(d)) return small(static_cast<std::int64_t>(n), static_cast<std::int64_t>(d));
        detail::BigRational q;
        set_mpz(mpq_numref(q.value), n);
        set_mpz(mpq_denref(q.value), d);
        return from_mpq(q);
    }

    static void to_mpq(const Rational& r, mpq_t out) {
        if (r.big_)
            mpq_set(out, r.big_.get()->value);
        else
            mpq_set_si(out, r.num_, static_cast<unsigned long>(r.den_));
    }

    // Any two values through GMP; `op` is mpq_add, mpq_sub, mpq_mul or mpq_div.
    static Rational big_op(const Rational& a, const Rational& b, void (*op)(mpq_ptr, mpq_srcptr, mpq_srcptr)) {
        detail::BigRational x, y;
        to_mpq(a, x.value);
        to_mpq(b, y.value);
        op(x.value, x.value, y.value);
        return from_mpq(x);
    }

    static std::int64_t num(const Rational& r) { return r.num_; }
    static std::int64_t den(const Rational& r) { return r.den_; }
    static const mpq_t& mpq(const Rational& r) { return r.big_.get()->value; }
};

namespace {

using A = RationalAccess;

// n/d with d > 0, through one 64-bit GCD.
Rational reduce64(std::int64_t n, std::int64_t d) {
    if (n == INT64_MIN) return A::from_wide(n, d);
    const std::uint64_t g = gcd64(static_cast<std::uint64_t>(std::llabs(n)), static_cast<std::uint64_t>(d));
    const auto gi = static_cast<std::int64_t>(g);
    return A::small(n / gi, d / gi);
}

// 10^38 is the largest power of ten in 128 bits.
constexpr int kWidePlaces = 38;

i128 pow10(int places) {
    i128 p = 1;
    for (int i = 0; i < places; ++i) p *= 10;
    return p;
}

// Floor division for a positive divisor.
i128 floor_div(i128 n, i128 d) {
    i128 q = n / d;
    if ((n % d != 0) && (n < 0)) --q;
    return q;
}

// Whether the rounded quotient q (of a value of sign `sign`, remainder compared to
// the divisor by `half`: <0 below half, 0 exactly half, >0 above) moves up by one.
bool rounds_up(RoundingMode mode, int sign, int half, bool q_odd) {
    switch (mode) {
        case RoundingMode::Down: return sign < 0;  // toward zero
        case RoundingMode::Up: return sign > 0;    // away from zero
        case RoundingMode::HalfUp: return half > 0 || (half == 0 && sign > 0);
        case RoundingMode::HalfEven: return half > 0 || (half == 0 && q_odd);
    }
    return false;
}

// Through GMP: a big value, or a small one whose value x 10^places leaves 128 bits
// (many places asked of a large numerator).
Rational round_big(const Rational& value, int places, RoundingMode mode) {
    Mpz scale, q, rem;
    mpz_ui_pow_ui(scale.value, 10, static_cast<unsigned long>(places));
    detail::BigRational exact;
    A::to_mpq(value, exact.value);
    const mpq_t& v = exact.value;
    mpz_mul(q.value, mpq_numref(v), scale.value);
    mpz_fdiv_qr(q.value, rem.value, q.value, mpq_denref(v));  // 0 <= rem < den
    if (mpz_sgn(rem.value) != 0) {
        mpz_mul_2exp(rem.value, rem.value, 1);
        const int half = mpz_cmp(rem.value, mpq_denref(v));
        if (rounds_up(mode, mpq_sgn(v), half, mpz_odd_p(q.value) != 0)) mpz_add_ui(q.value, q.value, 1);
    }
    detail::BigRational r;
    mpq_set_num(r.value, q.value);
    mpq_set_den(r.value, scale.value);
    mpq_canonicalize(r.value);
    return A::from_mpq(r);
}

// The decimal digits of |value| x 10^places (value already rounded to `places`).
std::string scaled_digits(const Rational& rounded, int places, bool& negative) {
    i128 product = 0;
    if (!rounded.is_big() && places <= kWidePlaces &&
        !__builtin_mul_overflow(i128(A::num(rounded)), pow10(places), &product)) {
        i128 scaled = product / A::den(rounded);
        negative = scaled < 0;
        u128 m = magnitude(scaled);
        std::string digits;
        do {
            digits.insert(digits.begin(), char('0' + int(m % 10)));
            m /= 10;
        } while (m > 0);
        return digits;
    }
    detail::BigRational exact;
    A::to_mpq(rounded, exact.value);
    const mpq_t& v = exact.value;
    Mpz scaled;
    mpz_ui_pow_ui(scaled.value, 10, static_cast<unsigned long>(places));
    mpz_mul(scaled.value, scaled.value, mpq_numref(v));
    mpz_divexact(scaled.value, scaled.value, mpq_denref(v));
    negative = mpz_sgn(scaled.value) < 0;
    mpz_abs(scaled.value, scaled.value);
    std::string digits(mpz_sizeinbase(scaled.value, 10) + 1, '\0');
    mpz_get_str(digits.data(), 10, scaled.value);
    digits.resize(std::char_traits<char>::length(digits.c_str()));
    return digits;
}

}  // namespace

Rational::Rational(std::int64_t n, std::int64_t d) {
    if (d == 0) throw std::domain_error("division by zero");
    *this = A::from_wide(n, d);
}

std::int64_t Rational::too_large() { throw ArithmeticOverflow(); }

int Rational::big_sign() const { return mpq_sgn(big_.get()->value); }

bool Rational::big_equal(const Rational& a, const Rational& b) { return mpq_equal(A::mpq(a), A::mpq(b)) != 0; }

double Rational::to_double() const {
    if (big_) return mpq_get_d(big_.get()->value);
    return static_cast<double>(num_) / static_cast<double>(den_);
}

std::optional<Rational> Rational::parse_decimal(std::string_view text) {
    if (text.empty()) return std::nullopt;
    std::size_t i = 0;
    bool negative = false;
    if (text[0] == '-' || text[0] == '+') {
        negative = text[0] == '-';
        i = 1;
    }
    i128 n = 0;
    i128 d = 1;
    bool digits = false;
    bool point = false;
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (c == '.' && !point) {
            point = true;
            continue;
        }
        if (c < '0' || c > '9') return std::nullopt;
        digits = true;
        n = n * 10 + (c - '0');
        if (point) d *= 10;
        if (n > INT64_MAX || d > INT64_MAX) return std::nullopt;
    }
    if (!digits) return std::nullopt;
    return A::from_wide(negative ? -n : n, d);
}

Rational Rational::operator-() const {
    if (!big_) return A::small(-num_, den_);
    detail::BigRational q;
    mpq_neg(q.value, big_.get()->value);
    return A::from_mpq(q);
}

Rational Rational::operator+(const Rational& o) const {
    if (big_ || o.big_) return A::big_op(*this, o, mpq_add);
    std::int64_t n;
    if (den_ == o.den_ && !__builtin_add_overflow(num_, o.num_, &n) && n != INT64_MIN)
        return den_ == 1 ? A::small(n, 1) : reduce64(n, den_);
    return A::from_wide(i128(num_) * o.den_ + i128(o.num_) * den_, i128(den_) * o.den_);
}

Rational Rational::operator-(const Rational& o) const {
    if (big_ || o.big_) return A::big_op(*this, o, mpq_sub);
    std::int64_t n;
    if (den_ == o.den_ && !__builtin_sub_overflow(num_, o.num_, &n) && n != INT64_MIN)
        return den_ == 1 ? A::small(n, 1) : reduce64(n, den_);
    return A::from_wide(i128(num_) * o.den_ - i128(o.num_) * den_, i128(den_) * o.den_);
}

Rational Rational::operator*(const Rational& o) const {
    if (big_ || o.big_) return A::big_op(*this, o, mpq_mul);
    if (num_ == 0 || o.num_ == 0) return Rational();
    // Cross-reduce first: both factors are reduced, so the product then is too.
    const auto g1 = static_cast<std::int64_t>(gcd64(static_cast<std::uint64_t>(std::llabs(num_)), static_cast<std::uint64_t>(o.den_)));
    const auto g2 = static_cast<std::int64_t>(gcd64(static_cast<std::uint64_t>(std::llabs(o.num_)), static_cast<std::uint64_t>(den_)));
    const std::int64_t a = num_ / (g1 ? g1 : 1), b = o.num_ / (g2 ? g2 : 1);
    const std::int64_t c = den_ / (g2 ? g2 : 1), d = o.den_ / (g1 ? g1 : 1);
    std::int64_t n, m;
    if (!__builtin_mul_overflow(a, b, &n) && !__builtin_mul_overflow(c, d, &m) && n != INT64_MIN && m != INT64_MIN)
        return A::small(n, m);
    return A::from_wide(i128(a) * b, i128(c) * d);
}

Rational Rational::operator/(const Rational& o) const {
    if (o.is_zero()) throw std::domain_error("division by zero");
    if (big_ || o.big_) return A::big_op(*this, o, mpq_div);
    const Rational inverse = o.num_ < 0 ? A::small(-o.den_, -o.num_) : A::small(o.den_, o.num_);
    return *this * inverse;
}

std::strong_ordering operator<=>(const Rational& a, const Rational& b) {
    if (a.big_ || b.big_) {
        detail::BigRational x, y;
        A::to_mpq(a, x.value);
        A::to_mpq(b, y.value);
        const int c = mpq_cmp(x.value, y.value);
        return c < 0 ? std::strong_ordering::less : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
    }
    i128 l = i128(a.num_) * b.den_;
    i128 r = i128(b.num_) * a.den_;
    if (l < r) return std::strong_ordering::less;
    if (l > r) return std::strong_ordering::greater;
    return std::strong_ordering::equal;
}

Rational Rational::round(int places, RoundingMode mode) const {
    if (big_ || places > kWidePlaces) return round_big(*this, places, mode);
    const i128 scale = pow10(places);
    i128 scaled_num = 0;  // value * scale = scaled_num / den
    if (__builtin_mul_overflow(i128(num_), scale, &scaled_num)) return round_big(*this, places, mode);
    i128 q = floor_div(scaled_num, den_);
    const i128 rem = scaled_num - q * den_;  // 0 <= rem < den
    if (rem != 0) {
        const i128 twice = rem * 2;
        const int half = twice < den_ ? -1 : twice > den_ ? 1 : 0;
        if (rounds_up(mode, num_ < 0 ? -1 : 1, half, q % 2 != 0)) ++q;
    }
    return A::from_wide(q, scale);
}

std::string Rational::to_fixed(int places) const {
    bool negative = false;
    std::string digits = scaled_digits(round(places, RoundingMode::HalfUp), places, negative);
    while (static_cast<int>(digits.size()) <= places) digits.insert(digits.begin(), '0');
    const std::size_t whole = digits.size() - static_cast<std::size_t>(places);
    std::string out = negative ? "-" : "";
    out.append(digits, 0, whole);
    if (places > 0) {
        out.push_back('.');
        out.append(digits, whole, std::string::npos);
    }
    return out;
}

std::string Rational::to_string(int max_places) const {
    std::string s = to_fixed(max_places);
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    if (s == "-0") s = "0";
    return s;
}

}  // namespace chiso

// ---- roots (engine/core/rational_root.hpp) -----------------------------------------------
// Here rather than in a file of its own because it builds Rationals from GMP values
// through RationalAccess, which only this file sees.
namespace chiso {
namespace {

void check_size(const mpz_t v) {
    if (mpz_sizeinbase(v, 2) > kMaxRadicandBits) throw ArithmeticOverflow();
}

// out ×= base^power (numerator and denominator separately).
void multiply_power(mpz_t num, mpz_t den, const Rational& base, std::uint32_t power) {
    detail::BigRational b;
    A::to_mpq(base, b.value);
    Mpz p;
    mpz_pow_ui(p.value, mpq_numref(b.value), power);
    mpz_mul(num, num, p.value);
    check_size(num);
    mpz_pow_ui(p.value, mpq_denref(b.value), power);
    mpz_mul(den, den, p.value);
    check_size(den);
}

// y / 2^bits as a Rational.
Rational over_power_of_two(const mpz_t y, unsigned bits) {
    detail::BigRational q;
    mpz_set(mpq_numref(q.value), y);
    mpz_set_ui(mpq_denref(q.value), 1);
    mpz_mul_2exp(mpq_denref(q.value), mpq_denref(q.value), bits);
    mpq_canonicalize(q.value);
    return A::from_mpq(q);
}

}  // namespace

// value × 2^bits = (scale^q × Π base_i^power_i × 2^(bits·q))^(1/q) = X^(1/q) for a
// rational X = N/D. For an integer y, y ≤ X^(1/q) ⇔ y^q ≤ X ⇔ y^q ≤ ⌊X⌋, so
// ⌊X^(1/q)⌋ = ⌊⌊X⌋^(1/q)⌋ = mpz_root(⌊N/D⌋): exact integer arithmetic throughout, and
// y ≤ value × 2^bits < y + 1, with equality on the left exactly when D divides N and
// ⌊N/D⌋ is a perfect q-th power.
RootBounds root_bounds(const Rational& scale, const std::vector<RootFactor>& factors, std::uint32_t q, unsigned bits) {
    if (q == 0 || bits > kMaxRootBits) throw ArithmeticOverflow();
    Mpz num, den;
    mpz_set_ui(num.value, 1);
    mpz_set_ui(den.value, 1);
    multiply_power(num.value, den.value, scale, q);
    for (const RootFactor& f : factors)
        if (f.power != 0) multiply_power(num.value, den.value, f.base, f.power);
    if (static_cast<std::size_t>(bits) * q > kMaxRadicandBits) throw ArithmeticOverflow();
    mpz_mul_2exp(num.value, num.value, static_cast<mp_bitcnt_t>(bits) * q);
    check_size(num.value);
    Mpz x, rem, y;
    mpz_fdiv_qr(x.value, rem.value, num.value, den.value);
    const bool perfect = mpz_root(y.value, x.value, q) != 0;
    RootBounds out;
    out.exact = perfect && mpz_sgn(rem.value) == 0;
    out.lower = over_power_of_two(y.value, bits);
    if (out.exact) {
        out.upper = out.lower;
    } else {
        mpz_add_ui(y.value, y.value, 1);
        out.upper = over_power_of_two(y.value, bits);
    }
    return out;
}

// A square root is rational exactly when the reduced numerator and denominator are
// both perfect squares.
std::optional<Rational> exact_sqrt(const Rational& v) {
    if (v.is_negative()) return std::nullopt;
    detail::BigRational q;
    A::to_mpq(v, q.value);
    if (mpz_perfect_square_p(mpq_numref(q.value)) == 0 || mpz_perfect_square_p(mpq_denref(q.value)) == 0)
        return std::nullopt;
    mpz_sqrt(mpq_numref(q.value), mpq_numref(q.value));
    mpz_sqrt(mpq_denref(q.value), mpq_denref(q.value));
    return A::from_mpq(q);
}

}  // namespace chiso
