#include "many_objects.h"

#include <set>

namespace rtkconf::plugin::capacity {

std::string slot(const Batch &batch, std::size_t i) {
    return batch.tag + "." + std::to_string(i);
}

void create_batch(Batch &batch, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) {
        batch.names.push_back(unique_name("many-" + batch.tag + "-" + std::to_string(i)));
        const StepResult r =
            batch.peer->run(steps::create_shm(slot(batch, i), batch.names[i], kObjectSize));
        if (!Succeeded(r)) {
            ADD_FAILURE() << batch.tag << " object " << i << ": create "
                          << (r.called ? "returned " + status_text(r.status) : r.detail) << " with "
                          << i << " objects live";
            return;
        }
        batch.created = i + 1;
        const StepResult w = batch.peer->run(
            steps::write(slot(batch, i), 0, kStamp, batch.first_seed + static_cast<uint32_t>(i)));
        if (!StepOk(w)) {
            ADD_FAILURE() << batch.tag << " object " << i << ": the write failed: " << w.detail;
            return;
        }
    }
}

void check_batch(const Batch &batch) {
    std::size_t wrong = 0;
    for (std::size_t i = 0; i < batch.created; ++i) {
        const StepResult c = batch.peer->run(
            steps::check(slot(batch, i), 0, kStamp, batch.first_seed + static_cast<uint32_t>(i)));
        if (!StepOk(c) && ++wrong <= 3) {
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
    for (std::size_t i = 0; i < batch.created; ++i) {
        EXPECT_TRUE(Succeeded(batch.peer->run(steps::unmap(slot(batch, i)))))
            << batch.tag << " object " << i;
        EXPECT_TRUE(Succeeded(batch.peer->run(steps::close(slot(batch, i)))))
            << batch.tag << " object " << i;
    }
}

void expect_all_gone(Peer &observer, const std::vector<std::u16string> &names) {
    std::size_t still = 0;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const StepResult r = observer.run(steps::open_shm("gone", names[i]));
        if (!r.called || r.status < 0) continue;
        if (++still <= 3) {
            ADD_FAILURE() << "object " << i << " still opens after its last close";
        }
        observer.run(steps::unmap("gone"));
        observer.run(steps::close("gone"));
    }
    EXPECT_EQ(still, 0u) << "objects that outlived their last close";
}

}  // namespace rtkconf::plugin::capacity
