#pragma once
// Independent work items spread over threads: each thread takes the next item not
// yet taken, so uneven items (blocks of different sizes) keep every thread busy.
// Each item writes only its own output, so results do not depend on which thread
// ran it, nor on the number of threads.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace chiso {

template <typename Work>
void for_each_item(std::size_t items, unsigned threads, const Work& work) {
    const std::size_t n = std::clamp<std::size_t>(threads, 1, std::max<std::size_t>(1, items));
    if (n == 1) {
        for (std::size_t i = 0; i < items; ++i) work(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    const auto run = [&] {
        for (std::size_t i = next++; i < items; i = next++) work(i);
    };
    std::vector<std::thread> pool;
    pool.reserve(n - 1);
    for (std::size_t t = 1; t < n; ++t) pool.emplace_back(run);
    run();
    for (auto& t : pool) t.join();
}

}  // namespace chiso
