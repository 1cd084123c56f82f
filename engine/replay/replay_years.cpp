#include "engine/replay/replay_years.hpp"

#include <algorithm>
#include <exception>
#include <thread>

#include "engine/driver/driver.hpp"

namespace chiso::replay {
namespace {

// Two national years of sheet and results fit where ten would not; beyond two,
// the threads go to each year's evaluation rather than to more years at once.
constexpr std::size_t kYearsAtOnce = 2;

// One year in flight: its file, its own messages (appended to the run's in order),
// what the load and replay gave, and a failure to rethrow on the calling thread.
struct Year {
    const std::string* path = nullptr;
    const SourceFile* file = nullptr;
    Diagnostics diags;
    int year = 0;
    std::optional<Results> results;
    std::exception_ptr failure;
};

void load_and_replay(const Replayer* rules, unsigned threads, Year& y) {
    try {
        std::optional<ScoreSheet> sheet = load_scores(*y.file, y.diags);
        if (!sheet || rules == nullptr) return;
        y.year = sheet->year;
        y.results = rules->replay(std::move(*sheet), y.diags, threads);
    } catch (...) {
        y.failure = std::current_exception();
    }
}

}  // namespace

void replay_years(SourceSet& sources, const Replayer* rules, const std::vector<std::string>& paths,
                  unsigned threads, Diagnostics& diags, const std::function<void(const ReplayedYear&)>& done) {
    // Years side by side, each on its share of the threads: a year's evaluation
    // splits its units, but loading a year is one thread's work. At most
    // kYearsAtOnce: each year in flight holds its sheet and its results.
    const std::size_t at_once = std::clamp<std::size_t>(std::min<std::size_t>(threads, kYearsAtOnce), 1,
                                                         std::max<std::size_t>(1, paths.size()));
    const unsigned per_year = std::max(1u, threads / static_cast<unsigned>(at_once));
    for (std::size_t begin = 0; begin < paths.size(); begin += at_once) {
        std::vector<Year> years(std::min(at_once, paths.size() - begin));
        // Read on this thread, in order: the SourceSet is not shared between threads.
        for (std::size_t i = 0; i < years.size(); ++i) {
            years[i].path = &paths[begin + i];
            years[i].file = read_source(sources, paths[begin + i], years[i].diags);
        }
        std::vector<std::thread> workers;
        for (std::size_t i = 1; i < years.size(); ++i)
            if (years[i].file) workers.emplace_back(load_and_replay, rules, per_year, std::ref(years[i]));
        if (years[0].file) load_and_replay(rules, per_year, years[0]);
        for (auto& w : workers) w.join();
        for (Year& y : years) {
            if (y.failure) std::rethrow_exception(y.failure);
            diags.append(y.diags);
            if (y.results) done(ReplayedYear{*y.path, y.year, *y.results});
            y.results.reset();  // let go before the next year is handed on
        }
    }
}

}  // namespace chiso::replay
