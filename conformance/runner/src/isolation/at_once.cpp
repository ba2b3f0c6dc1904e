#include "at_once.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace rtkconf::runner {

void for_each_at_once(std::size_t count, unsigned parallel,
                      const std::function<void(std::size_t)> &work) {
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i = next++; i < count; i = next++) work(i);
    };
    const std::size_t workers = std::max<std::size_t>(1, std::min<std::size_t>(parallel, count));
    std::vector<std::thread> threads;
    for (std::size_t t = 1; t < workers; ++t) threads.emplace_back(worker);
    worker();
    for (auto &t : threads) t.join();
}

}  // namespace rtkconf::runner
