#include "engine/core/rational.hpp"

#include <compare>
#include <numeric>

namespace chiso {
namespace {

using i128 = detail::wide_int;

std::int64_t narrow(i128 v) {
    if (v > INT64_MAX || v < -INT64_MAX) throw ArithmeticOverflow();
    return static_cast<std::int64_t>(v);
}

i128 gcd128(i128 a, i128 b) {
    if (a < 0) a = -a;
    if (b < 0) b = -b;
    while (b != 0) {
        i128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

}  // namespace

Rational make_reduced_rational(i128 n, i128 d) {
    if (d == 0) throw std::domain_error("division by zero");
    if (d < 0) {
        n = -n;
        d = -d;
    }
    i128 g = gcd128(n, d);
    if (g > 1) {
        n /= g;
        d /= g;
    }
    return Rational(narrow(n), narrow(d), Rational::Reduced{});
}

namespace {

Rational make_reduced(i128 n, i128 d) { return make_reduced_rational(n, d); }

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

}  // namespace

Rational::Rational(std::int64_t n, std::int64_t d) {
    if (d == 0) throw std::domain_error("division by zero");
    *this = make_reduced(n, d);
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
    return make_reduced(negative ? -n : n, d);
}

Rational Rational::operator+(const Rational& o) const {
    return make_reduced(i128(num_) * o.den_ + i128(o.num_) * den_, i128(den_) * o.den_);
}
Rational Rational::operator-(const Rational& o) const {
    return make_reduced(i128(num_) * o.den_ - i128(o.num_) * den_, i128(den_) * o.den_);
}
Rational Rational::operator*(const Rational& o) const {
    return make_reduced(i128(num_) * o.num_, i128(den_) * o.den_);
}
Rational Rational::operator/(const Rational& o) const {
    if (o.num_ == 0) throw std::domain_error("division by zero");
    return make_reduced(i128(num_) * o.den_, i128(den_) * o.num_);
}

std::strong_ordering operator<=>(const Rational& a, const Rational& b) {
    i128 l = i128(a.num_) * b.den_;
    i128 r = i128(b.num_) * a.den_;
    if (l < r) return std::strong_ordering::less;
    if (l > r) return std::strong_ordering::greater;
    return std::strong_ordering::equal;
}

Rational Rational::round(int places, RoundingMode mode) const {
    const i128 scale = pow10(places);
    const i128 scaled_num = i128(num_) * scale;  // value * scale = scaled_num / den
    i128 q = floor_div(scaled_num, den_);
    const i128 rem = scaled_num - q * den_;  // 0 <= rem < den
    if (rem != 0) {
        const i128 twice = rem * 2;
        switch (mode) {
            case RoundingMode::Down:  // toward zero
                if (num_ < 0) ++q;
                break;
            case RoundingMode::Up:  // away from zero
                if (num_ > 0) ++q;
                break;
            case RoundingMode::HalfUp:  // half away from zero
                if (twice > den_ || (twice == den_ && num_ > 0)) ++q;
                break;
            case RoundingMode::HalfEven:
                if (twice > den_ || (twice == den_ && (q % 2 != 0))) ++q;
                break;
        }
    }
    return make_reduced(q, scale);
}

std::string Rational::to_fixed(int places) const {
    Rational r = round(places, RoundingMode::HalfUp);
    const i128 scale = pow10(places);
    i128 scaled = i128(r.num_) * scale / r.den_;
    bool negative = scaled < 0;
    if (negative) scaled = -scaled;
    std::string digits;
    do {
        digits.insert(digits.begin(), char('0' + int(scaled % 10)));
        scaled /= 10;
    } while (scaled > 0);
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
