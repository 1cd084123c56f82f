#pragma once
// `chiso replay`'s years: each score file read, loaded and replayed under one
// Replayer (the rules compiled once), several years at a time when threads allow.
// Years are handed on in the order given, each with its messages in that order,
// so the output and the messages are the same for any number of threads.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/diagnostics.hpp"
#include "engine/core/source.hpp"
#include "engine/eval/results.hpp"
#include "engine/replay/replay.hpp"

namespace chiso::replay {

struct ReplayedYear {
    const std::string& path;
    int year = 0;
    const Results& results;
};

// Calls `done` on the calling thread for every year replayed without error, in
// the order of `paths`; its results are let go right after. At most two years are
// loaded and evaluated at once, beside the one being handed on (ten national years
// would not fit in memory); `done` runs while the next years are evaluated.
// `rules` == nullptr (the rules did not compile): the files are still read and
// loaded, so that their own problems are reported.
void replay_years(SourceSet& sources, const Replayer* rules, const std::vector<std::string>& paths,
                  unsigned threads, Diagnostics& diags, const std::function<void(const ReplayedYear&)>& done);

}  // namespace chiso::replay
