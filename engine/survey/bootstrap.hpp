#pragma once
// The percentile bootstrap of a share (docs/language.md "Survey answer sheets", "The
// bootstrap"). B resamples, each of n forms drawn with replacement from the unit's n
// valid forms for the question (numbered in the sheet's order; the stream of
// random_stream.hpp picks each one); each resample's share Σ w·v ÷ Σ w is an exact
// fraction; the bounds are the nearest-rank percentiles of the B sorted shares, the
// ⌈α/2·B⌉-th and the ⌈(1 − α/2)·B⌉-th with α = 1 − level, in percent, rounded at the
// criteria's places and mode. No interpolation, no binary float.
#include <cstdint>
#include <utility>
#include <vector>

#include "engine/core/rational.hpp"

namespace chiso::survey {

// One valid form of a unit for a question: the point of the scale it answered and its
// weight in millionths (1,000,000 without weights).
struct DrawnForm {
    std::uint32_t point = 0;
    std::int64_t weight = 1'000'000;
};

struct BootstrapSpec {
    std::uint64_t state = 0;  // the stream's first state (stream_seed)
    std::uint32_t resamples = 1000;
    Rational level{95, 100};
    int places = 2;
    RoundingMode mode = RoundingMode::HalfUp;
};

// The bounds in percent; `shares`: the share each point of the scale stands for.
// `forms` is not empty.
std::pair<Rational, Rational> bootstrap_bounds(const std::vector<Rational>& shares, const std::vector<DrawnForm>& forms,
                                               const BootstrapSpec& spec);

// The 1-based ranks of the lower and upper bound among `resamples` sorted shares.
std::pair<std::uint32_t, std::uint32_t> percentile_ranks(std::uint32_t resamples, const Rational& level);

}  // namespace chiso::survey
