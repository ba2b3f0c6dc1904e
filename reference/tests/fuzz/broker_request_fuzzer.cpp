// libFuzzer target: the broker's request decoder and state machine fed a
// stream of connects, hang-ups and raw request bytes from several clients.
// Whatever arrives, nothing may crash, and once every client has hung up
// no object and no backing may be left.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "../unit/test_backing.h"
#include "rtkref/core/broker_state.h"

namespace {

using rtkref::BrokerState;
using rtkref::ClientId;

// Small quotas so the fuzzer reaches them.
constexpr rtkref::Quotas kQuotas{8, 32};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, std::size_t size) {
    BrokerState broker(&rtkref::testing::make_counted_backing, kQuotas);
    std::vector<ClientId> clients{broker.connect()};
    std::size_t at = 0;
    while (at < size) {
        const uint8_t action = data[at++];
        const ClientId client = clients[action % clients.size()];
        switch (action >> 6) {
            case 0:
                if (clients.size() < 8) clients.push_back(broker.connect());
                break;
            case 1:
                broker.disconnect(client);  // a second hang-up of one client is harmless too
                break;
            default: {
                // Whatever bytes are left, up to one request; the rest of
                // the request stays as a fresh one would be.
                rtkref::wire::Request request;
                const std::size_t take = std::min(size - at, sizeof request);
                std::memcpy(static_cast<void *>(&request), data + at, take);
                at += take;
                rtkref::testing::g_fail_next_backing = (action & 0x20) != 0;
                const rtkref::Outcome outcome = broker.handle(client, request);
                const bool acquires =
                    request.op == rtkref::wire::Op::create || request.op == rtkref::wire::Op::open;
                if (acquires && NT_SUCCESS(outcome.reply.status) && outcome.reply.handle == 0) {
                    std::abort();  // a successful create or open hands out a handle
                }
                break;
            }
        }
    }
    rtkref::testing::g_fail_next_backing = false;
    for (ClientId client : clients) broker.disconnect(client);
    if (broker.object_count() != 0 || rtkref::testing::g_live_backings != 0) std::abort();
    return 0;
}
