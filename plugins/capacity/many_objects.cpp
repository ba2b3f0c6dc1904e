#include "many_objects.h"

#include <algorithm>
#include <set>

namespace rtkconf::plugin::capacity {

std::string slot(const Batch &batch, std::size_t i) {
    return batch.tag + "." + std::to_string(i);
}

// Plans of thousands of steps go to the peer in chunks of this many
// objects: a create that fails stops the batch within one chunk.
constexpr std::size_t kChunk = 64;

void create_batch(Batch &batch, std::size_t count) {
    for (std::size_t first = 0; first < count; first += kChunk) {
        const std::size_t last = std::min(count, first + kChunk);
        std::vector<Step> plan;
        for (std::size_t i = first; i < last; ++i) {
            batch.names.push_back(unique_name("many-" + batch.tag + "-" + std::to_string(i)));
            plan.push_back(steps::create_shm(slot(batch, i), batch.names[i], kObjectSize));
            plan.push_back(steps::write(slot(batch, i), 0, kStamp,
                                        batch.first_seed + static_cast<uint32_t>(i)));
        }
        const std::vector<StepResult> results = batch.peer->run_all(plan);
        for (std::size_t i = first; i < last; ++i) {
            const StepResult &r = results[2 * (i - first)];
            if (!Succeeded(r)) {
                ADD_FAILURE() << batch.tag << " object " << i << ": create "
                              << (r.called ? "returned " + status_text(r.status) : r.detail)
                              << " with " << i << " objects live";
                return;
            }
            batch.created = i + 1;
            const StepResult &w = results[2 * (i - first) + 1];
            if (!StepOk(w)) {
                ADD_FAILURE() << batch.tag << " object " << i << ": the write failed: " << w.detail;
                return;
            }
        }
    }
}

void check_batch(const Batch &batch) {
    std::vector<Step> plan;
    for (std::size_t i = 0; i < batch.created; ++i)
        plan.push_back(
            steps::check(slot(batch, i), 0, kStamp, batch.first_seed + static_cast<uint32_t>(i)));
    const std::vector<StepResult> results = batch.peer->run_all(plan);
    std::size_t wrong = 0;
    for (std::size_t i = 0; i < batch.created; ++i) {
        if (!StepOk(results[i]) && ++wrong <= 3) {
            ADD_FAILURE() << batch.tag << " object " << i
                          << ": does not hold its own seed (another object's writes reached it)";
        }
    }
    EXPECT_EQ(wrong, 0u) << batch.tag << ": objects that do not hold their own seed";

    // Handles and views come from the call log: the create results.
    std::set<uint64_t> handles, views;
    for (const Peer::LogEntry &e : batch.peer->log()) {
        if (e.what != Peer::LogEntry::What::step || e.step.op != StepOp::create ||
            e.step.var.rfind(batch.tag + ".", 0) != 0 || e.result.status < 0)
            continue;
        EXPECT_TRUE(handles.insert(e.result.handle).second)
            << batch.tag << " " << e.step.var << ": handle " << e.result.handle
            << " was issued twice";
        EXPECT_TRUE(views.insert(e.result.location).second)
            << batch.tag << " " << e.step.var << ": Location " << e.result.location
            << " was returned twice";
    }
    // Views of kObjectSize must not overlap: sorted starts a page apart.
    uint64_t previous_end = 0;
    for (uint64_t start : views) {
        EXPECT_GE(start, previous_end) << batch.tag << ": two views overlap at " << start;
        previous_end = start + kObjectSize;
    }
}

void release_batch(const Batch &batch) {
    std::vector<Step> plan;
    for (std::size_t i = 0; i < batch.created; ++i) {
        plan.push_back(steps::unmap(slot(batch, i)));
        plan.push_back(steps::close(slot(batch, i)));
    }
    const std::vector<StepResult> results = batch.peer->run_all(plan);
    for (std::size_t k = 0; k < results.size(); ++k)
        EXPECT_TRUE(Succeeded(results[k]))
            << batch.tag << " object " << k / 2 << ": " << (k % 2 == 0 ? "unmap" : "close");
}

void expect_all_gone(Peer &observer, const std::vector<std::u16string> &names) {
    std::vector<Step> opens;
    for (std::size_t i = 0; i < names.size(); ++i)
        opens.push_back(steps::open_shm("gone." + std::to_string(i), names[i]));
    const std::vector<StepResult> results = observer.run_all(opens);
    std::size_t still = 0;
    std::vector<Step> releases;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (!results[i].called || results[i].status < 0) continue;
        if (++still <= 3) {
            ADD_FAILURE() << "object " << i << " still opens after its last close";
        }
        releases.push_back(steps::unmap(opens[i].var));
        releases.push_back(steps::close(opens[i].var));
    }
    observer.run_all(releases);
    EXPECT_EQ(still, 0u) << "objects that outlived their last close";
}

}  // namespace rtkconf::plugin::capacity
