#include "engine/replay/replay_years.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
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
    bool done = false;  // guarded by Pipeline::mutex
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

// The years as a pipeline: the calling thread reads the files in order (the
// SourceSet is not shared between threads) and hands each year on in order, while
// `workers` threads load and replay the years it has queued. A year is queued
// only when fewer than `workers` years are queued or evaluated beside the one
// being handed on, so at most `workers` + 1 years' sheets and results are held at
// once (the one being written only until it is written); and since the calling
// thread writes year N while the workers already load and evaluate N+1 and N+2,
// neither reading nor writing waits for a whole batch of years as it did.
class Pipeline {
public:
    Pipeline(const Replayer* rules, std::size_t years, std::size_t workers, unsigned per_year)
        : rules_(rules), years_(years), per_year_(per_year) {
        threads_.reserve(workers);
        for (std::size_t i = 0; i < workers; ++i) threads_.emplace_back([this] { work(); });
    }
    Pipeline(const Pipeline&) = delete;
    Pipeline& operator=(const Pipeline&) = delete;
    // Also on the way out of an exception thrown by `done`: the workers finish the
    // year they are on and take no other.
    ~Pipeline() {
        {
            const std::lock_guard lock(mutex_);
            closed_ = true;
            queue_.clear();  // empty already unless `done` or a read threw
        }
        ready_.notify_all();
        for (auto& t : threads_) t.join();
    }

    Year& year(std::size_t i) { return years_[i]; }

    // A year read (or not: file == nullptr) goes to the next free worker.
    void hand_to_workers(std::size_t i) {
        {
            const std::lock_guard lock(mutex_);
            if (years_[i].file == nullptr) {
                years_[i].done = true;
            } else {
                queue_.push_back(i);
            }
        }
        if (years_[i].file == nullptr) {
            finished_.notify_all();
        } else {
            ready_.notify_one();
        }
    }

    void wait_for(std::size_t i) {
        std::unique_lock lock(mutex_);
        finished_.wait(lock, [&] { return years_[i].done; });
    }

private:
    void work() {
        for (;;) {
            std::size_t i = 0;
            {
                std::unique_lock lock(mutex_);
                ready_.wait(lock, [&] { return closed_ || !queue_.empty(); });
                if (queue_.empty()) return;
                i = queue_.front();
                queue_.pop_front();
            }
            load_and_replay(rules_, per_year_, years_[i]);
            {
                const std::lock_guard lock(mutex_);
                years_[i].done = true;
            }
            finished_.notify_all();
        }
    }

    const Replayer* rules_;
    std::deque<Year> years_;  // a Year's place never moves while workers hold it
    unsigned per_year_;
    std::mutex mutex_;
    std::condition_variable ready_;     // a year was queued, or the pipeline closed
    std::condition_variable finished_;  // a year is done
    std::deque<std::size_t> queue_;     // years read and not yet taken, in order
    bool closed_ = false;
    std::vector<std::thread> threads_;  // last: started once everything above exists
};

}  // namespace

void replay_years(SourceSet& sources, const Replayer* rules, const std::vector<std::string>& paths,
                  unsigned threads, Diagnostics& diags, const std::function<void(const ReplayedYear&)>& done) {
    if (paths.empty()) return;
    // Years side by side, each on its share of the threads: a year's evaluation
    // splits its units, but loading a year is one thread's work. At most
    // kYearsAtOnce: each year in flight holds its sheet and its results.
    const std::size_t at_once = std::clamp<std::size_t>(std::min<std::size_t>(threads, kYearsAtOnce), 1, paths.size());
    const unsigned per_year = std::max(1u, threads / static_cast<unsigned>(at_once));
    Pipeline pipeline(rules, paths.size(), at_once, per_year);
    std::size_t read = 0, queued = 0;
    // Years read and not yet queued go to the workers while fewer than `limit` are.
    const auto queue_below = [&](std::size_t limit) {
        for (; queued < read && queued < limit; ++queued) pipeline.hand_to_workers(queued);
    };
    for (std::size_t next = 0; next < paths.size(); ++next) {
        // Files are read one year ahead of the window (their text is kept in the
        // SourceSet in any case) while the workers evaluate, so that a worker done
        // with year `next` takes the next year at once, not after it has been
        // written and the next file read; at most `at_once` years are queued or
        // evaluated beside the one being written. Each year is queued as soon as it
        // is read and the window allows: the first starts after one file, not three.
        for (; read < paths.size() && read <= next + at_once; ++read) {
            Year& y = pipeline.year(read);
            y.path = &paths[read];
            y.file = read_source(sources, paths[read], y.diags);
            if (read == queued && queued < next + at_once) pipeline.hand_to_workers(queued++);
        }
        queue_below(next + at_once);
        pipeline.wait_for(next);
        queue_below(next + at_once + 1);
        Year& y = pipeline.year(next);
        if (y.failure) std::rethrow_exception(y.failure);
        diags.append(y.diags);
        if (y.results) done(ReplayedYear{*y.path, y.year, *y.results});
        y.results.reset();  // let go once written
        y.diags = Diagnostics{};
    }
}

}  // namespace chiso::replay
