#include "parallel_steps.h"

#include <algorithm>
#include <thread>

#include "rtkconf/start_gate.h"

namespace rtkconf::plugin::concurrency {

std::vector<std::vector<StepResult>> run_in_parallel(const std::vector<Peer *> &peers,
                                                     const std::vector<std::vector<Step>> &plans) {
    return run_staggered(
        peers, plans,
        std::vector<std::chrono::microseconds>(peers.size(), std::chrono::microseconds(0)));
}

std::vector<std::vector<StepResult>> run_staggered(
    const std::vector<Peer *> &peers, const std::vector<std::vector<Step>> &plans,
    const std::vector<std::chrono::microseconds> &delays) {
    std::vector<std::vector<StepResult>> results(peers.size());
    StartGate start(peers.size());
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < peers.size(); ++i) {
        threads.emplace_back([&, i] {
            start.arrive_and_wait();
            if (delays[i].count() > 0) std::this_thread::sleep_for(delays[i]);
            results[i] = peers[i]->run_all(plans[i]);
            const auto unanswered = std::find_if(results[i].begin(), results[i].end(),
                                                 [](const StepResult &r) { return !r.called; });
            if (unanswered != results[i].end()) results[i].erase(unanswered + 1, results[i].end());
        });
    }
    for (std::thread &t : threads) t.join();
    return results;
}

}  // namespace rtkconf::plugin::concurrency
