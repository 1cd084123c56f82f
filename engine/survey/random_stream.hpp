#pragma once
// The random stream of the bootstrap (docs/language.md "Survey answer sheets", "The
// bootstrap"): fully specified, so that a bound is the same on every machine, compiler,
// thread count and run, and tests/survey_reference.py draws the same resamples.
//
// - SplitMix64 (Steele, Lea, Flood 2014; the generator Java's SplittableRandom and the
//   seeding of xoshiro use): the state advances by 0x9E3779B97F4A7C15 and each output
//   is the state mixed by two xor-shift-multiply rounds, all modulo 2^64.
// - A whole number in [0, n) without modulo bias: outputs x ≥ 2^64 − (2^64 mod n) are
//   drawn again; the first x below that limit gives x mod n.
// - One stream per unit and question: its first state is the survey's seed xor the
//   64-bit FNV-1a hash of the unit's id (as the score file writes it), a 0 byte and the
//   question's leaf code (as the criteria write it), both in UTF-8.
#include <cstdint>
#include <string_view>

namespace chiso::survey {

class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t state) : state_(state) {}

    std::uint64_t next() {
        state_ += 0x9E3779B97F4A7C15ULL;
        std::uint64_t z = state_;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n), n ≥ 1: rejection above the largest multiple of n below 2^64.
    std::uint64_t below(std::uint64_t n) {
        const std::uint64_t rest = (0 - n) % n;  // 2^64 mod n
        const std::uint64_t limit = 0 - rest;    // 2^64 − rest (0 when rest is 0: nothing rejected)
        while (true) {
            const std::uint64_t x = next();
            if (rest == 0 || x < limit) return x % n;
        }
    }

private:
    std::uint64_t state_;
};

// FNV-1a, 64 bits: offset basis 0xCBF29CE484222325, prime 0x100000001B3.
inline std::uint64_t fnv1a(std::string_view bytes, std::uint64_t h = 0xCBF29CE484222325ULL) {
    for (const char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001B3ULL;
    }
    return h;
}

// The first state of the stream of one unit and one question.
inline std::uint64_t stream_seed(std::uint64_t seed, std::string_view unit, std::string_view code) {
    std::uint64_t h = fnv1a(unit);
    h = fnv1a(std::string_view("\0", 1), h);
    return seed ^ fnv1a(code, h);
}

}  // namespace chiso::survey
