#include "bench/answer_sheet_generator.hpp"

#include <fmt/format.h>

#include <array>

namespace chiso::bench {
namespace {

// SplitMix64: a fixed sequence for a fixed seed on every platform.
struct Random {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

constexpr std::array<const char*, 6> kLabels{"Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng",
                                             "Rất không hài lòng", "Không trả lời"};

}  // namespace

std::string answer_sheet_csv(int forms, int questions, int units, std::uint64_t seed) {
    Random rng{seed};
    std::string out = "\xEF\xBB\xBF" "start,ma_phieu,don_vi";
    for (int q = 1; q <= questions; ++q) out += fmt::format(",cau_{}", q);
    out += ",ghi_chu\r\n";
    for (int f = 1; f <= forms; ++f) {
        out += fmt::format("2025-10-{:02d}T08:{:02d}:00+07:00,P{:06d},don-vi-{:03d}", 1 + f % 28, f % 60, f,
                           1 + rng.below(static_cast<std::size_t>(units)));
        for (int q = 1; q <= questions; ++q) {
            out += ',';
            const std::size_t r = rng.below(20);
            if (r == 0) continue;  // blank
            if (q % 2 == 0) out += kLabels[r % kLabels.size()];
            else out += static_cast<char>('1' + r % 5);
        }
        if (f % 8 == 0) out += ",\"Cán bộ nhiệt tình, \"\"chu đáo\"\"\nnhưng phải chờ lâu\"";
        else out += ',';
        out += "\r\n";
    }
    return out;
}

}  // namespace chiso::bench
