#include "engine/survey/exact_interval.hpp"

#include <gmp.h>

#include <utility>

namespace chiso::survey {
namespace {

// RAII over GMP's C types (the project uses no gmpxx).
struct Q {
    mpq_t v;
    Q() { mpq_init(v); }
    explicit Q(const Rational& r) {
        mpq_init(v);
        mpq_set_si(v, static_cast<long>(r.num()), static_cast<unsigned long>(r.den()));
        mpq_canonicalize(v);
    }
    Q(const Q& o) {
        mpq_init(v);
        mpq_set(v, o.v);
    }
    Q& operator=(const Q& o) {
        mpq_set(v, o.v);
        return *this;
    }
    ~Q() { mpq_clear(v); }
};
struct Z {
    mpz_t v;
    Z() { mpz_init(v); }
    ~Z() { mpz_clear(v); }
    Z(const Z&) = delete;
    Z& operator=(const Z&) = delete;
};

Q add(const Q& a, const Q& b) {
    Q r;
    mpq_add(r.v, a.v, b.v);
    return r;
}
Q sub(const Q& a, const Q& b) {
    Q r;
    mpq_sub(r.v, a.v, b.v);
    return r;
}
Q mul(const Q& a, const Q& b) {
    Q r;
    mpq_mul(r.v, a.v, b.v);
    return r;
}
Q div(const Q& a, const Q& b) {
    Q r;
    mpq_div(r.v, a.v, b.v);
    return r;
}
Q integer(std::int64_t n) {
    Q r;
    mpq_set_si(r.v, static_cast<long>(n), 1);
    return r;
}
Q from_int128(i128 n) {  // n >= 0
    Z hi, lo;
    mpz_set_ui(hi.v, static_cast<unsigned long>(static_cast<u128>(n) >> 64));
    mpz_mul_2exp(hi.v, hi.v, 64);
    mpz_set_ui(lo.v, static_cast<unsigned long>(static_cast<u128>(n)));
    mpz_add(hi.v, hi.v, lo.v);
    Q r;
    mpq_set_z(r.v, hi.v);
    return r;
}
Q pow10(unsigned long e) {
    Z p;
    mpz_ui_pow_ui(p.v, 10, e);
    Q r;
    mpq_set_z(r.v, p.v);
    return r;
}

// An integer beyond 64 bits is built from its 32-bit limbs by Rational's own arithmetic,
// which holds it in GMP: a share of weights with many digits stays exact.
Rational to_rational(const mpz_t n) {
    if (mpz_fits_slong_p(n)) return Rational(mpz_get_si(n));
    Z magnitude;
    mpz_abs(magnitude.v, n);
    const std::size_t limbs = (mpz_sizeinbase(magnitude.v, 2) + 31) / 32;
    Rational out(0);
    Z chunk;
    for (std::size_t i = limbs; i-- > 0;) {
        mpz_tdiv_q_2exp(chunk.v, magnitude.v, 32 * i);
        mpz_tdiv_r_2exp(chunk.v, chunk.v, 32);
        out = out * Rational(std::int64_t{1} << 32) + Rational(static_cast<std::int64_t>(mpz_get_ui(chunk.v)));
    }
    return mpz_sgn(n) < 0 ? -out : out;
}
Rational to_rational(const Q& q) { return to_rational(mpq_numref(q.v)) / to_rational(mpq_denref(q.v)); }

// x (≥ 0) at `places` decimals with `mode`, as an integer count of 10^-places.
std::int64_t round_scaled(const Q& x, int places, RoundingMode mode) {
    const Q y = mul(x, pow10(static_cast<unsigned long>(places)));
    Z f, r;
    mpz_fdiv_qr(f.v, r.v, mpq_numref(y.v), mpq_denref(y.v));
    // r / den is the fraction dropped: compare 2r with den for the halves.
    Z twice;
    mpz_mul_2exp(twice.v, r.v, 1);
    const int half = mpz_cmp(twice.v, mpq_denref(y.v));
    bool up = false;
    switch (mode) {
        case RoundingMode::Down: up = false; break;
        case RoundingMode::Up: up = mpz_sgn(r.v) > 0; break;
        case RoundingMode::HalfUp: up = half >= 0; break;
        case RoundingMode::HalfEven: up = half > 0 || (half == 0 && mpz_odd_p(f.v)); break;
    }
    if (up) mpz_add_ui(f.v, f.v, 1);
    return mpz_get_si(f.v);
}

Q clamp_percent(const Q& x) {
    if (mpq_sgn(x.v) < 0) return integer(0);
    const Q hundred = integer(100);
    if (mpq_cmp(x.v, hundred.v) > 0) return hundred;
    return x;
}

// ⌊√C · 10^d⌋ and whether √C · 10^d is that integer exactly.
std::pair<Q, bool> sqrt_floor(const Q& c, unsigned long d) {
    const Q scaled = mul(c, pow10(2 * d));
    Z t, rem, k;
    mpz_fdiv_qr(t.v, rem.v, mpq_numref(scaled.v), mpq_denref(scaled.v));
    const bool exact = mpz_sgn(rem.v) == 0 && mpz_perfect_square_p(t.v) != 0;
    mpz_sqrt(k.v, t.v);
    Q out;
    mpq_set_z(out.v, k.v);
    return {div(out, pow10(d)), exact};
}

// A ± K·√C in percent (sign -1 or +1), clamped to [0, 100] and rounded; refined until
// both ends of the enclosure round alike.
Rational bound(const Q& a, const Q& k, const Q& c, int sign, int places, RoundingMode mode) {
    const Q hundred = integer(100);
    for (unsigned long d = 20; d <= 2000; d += 16) {
        auto [s, exact] = sqrt_floor(c, d);
        const Q step = div(integer(1), pow10(d));
        Q s_hi = exact ? s : add(s, step);
        Q x_lo = sign < 0 ? sub(a, mul(k, s_hi)) : add(a, mul(k, s));
        Q x_hi = sign < 0 ? sub(a, mul(k, s)) : add(a, mul(k, s_hi));
        const std::int64_t lo = round_scaled(clamp_percent(mul(x_lo, hundred)), places, mode);
        const std::int64_t hi = round_scaled(clamp_percent(mul(x_hi, hundred)), places, mode);
        if (lo == hi || exact) {
            std::int64_t scale = 1;
            for (int i = 0; i < places; ++i) scale *= 10;
            return Rational(lo, scale);
        }
    }
    throw ArithmeticOverflow();
}

}  // namespace

Estimate estimate(const std::vector<PointTally>& points, bool weighted, bool wilson, const Rational& z, int places,
                  RoundingMode mode) {
    Estimate out;
    for (const auto& p : points) out.forms += static_cast<std::uint64_t>(p.forms);
    if (out.forms == 0) return out;
    const Q million = integer(1'000'000);
    Q s0, s1, s2, w2;
    for (const auto& p : points) {
        const Q w = weighted ? div(integer(p.weight), million) : integer(p.forms);
        const Q v(p.share);
        s0 = add(s0, w);
        s1 = add(s1, mul(v, w));
        s2 = add(s2, mul(mul(v, v), w));
        w2 = add(w2, weighted ? div(from_int128(p.weight_squares), mul(million, million)) : integer(p.forms));
    }
    const Q share = div(s1, s0);
    out.share = to_rational(share);
    const Q n = div(mul(s0, s0), w2);  // Kish's effective sample size; n without weights
    const Q zq(z);
    Q a, k, c;
    if (wilson) {
        const Q z2 = mul(zq, zq);
        const Q denom = add(integer(1), div(z2, n));
        a = div(add(share, div(z2, mul(integer(2), n))), denom);
        k = div(zq, denom);
        c = add(div(mul(share, sub(integer(1), share)), n), div(z2, mul(integer(4), mul(n, n))));
    } else {
        a = share;
        k = zq;
        const Q variance = sub(div(s2, s0), mul(share, share));
        c = div(variance, n);
    }
    out.low = bound(a, k, c, -1, places, mode);
    out.high = bound(a, k, c, +1, places, mode);
    return out;
}

}  // namespace chiso::survey
