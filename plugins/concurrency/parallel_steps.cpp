#include "parallel_steps.h"

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
            for (const Step &step : plans[i]) {
                results[i].push_back(peers[i]->run(step));
                if (!results[i].back().called) break;
            }
        });
    }
    for (std::thread &t : threads) t.join();
    return results;
}

}  // namespace rtkconf::plugin::concurrency
