// The broker's logic: one handle table per connected client over the one
// namespace. The transport (a socket server on Linux) feeds it requests
// and hang-ups; it never does I/O itself.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "rtkref/core/broker_protocol.h"
#include "rtkref/core/handle_table.h"
#include "rtkref/core/name_space.h"

namespace rtkref {

using ClientId = uint32_t;

struct Outcome {
    wire::Reply reply;
    std::shared_ptr<Backing> send_backing;  // set when the reply carries a descriptor
};

// What one client, and all of them together, may hold at once: a client
// that opens without closing runs into STATUS_INSUFFICIENT_RESOURCES
// instead of growing the broker without bound.
struct Quotas {
    std::size_t handles_per_client = std::size_t{1} << 16;
    std::size_t handles_in_total = std::size_t{1} << 20;
};

class BrokerState {
  public:
    explicit BrokerState(BackingFactory factory, Quotas quotas = {})
        : names_(factory), quotas_(quotas) {}

    ClientId connect();
    // Closes every handle the client still holds: a dead or detached
    // client leaks nothing.
    void disconnect(ClientId client);
    Outcome handle(ClientId client, const wire::Request &request);
    // True when `request` would allocate a new backing: the transport may
    // then allocate it elsewhere and pass it to handle_with_backing(), so
    // a big allocation never stalls the other clients.
    bool needs_new_backing(ClientId client, const wire::Request &request) const;
    // handle() with the backing already allocated; falls back to handle()
    // when the request no longer needs one (another client created the
    // name meanwhile) or the allocation failed and one is still needed.
    Outcome handle_with_backing(ClientId client, const wire::Request &request, BackingResult made);
    // True when `request` is a create or open of a name that exists now:
    // its outcome depends on the releases other clients sent before it,
    // which the transport must serve first (broker_protocol.h).
    bool finds_existing(const wire::Request &request) const;

    std::size_t client_count() const { return clients_.size(); }
    std::size_t object_count() const { return names_.object_count(); }

  private:
    using Table = HandleTable<uint64_t>;  // handle -> object id
    Outcome acquire(Table &table, const wire::Request &request,
                    std::shared_ptr<Backing> premade = nullptr);
    bool within_quota(const Table &table) const;
    // A create of a new shared memory object larger than its client could
    // ever lock (the request's lockable_kib).
    bool beyond_lock_budget(const wire::Request &request,
                            const std::optional<std::u16string> &name) const;
    Outcome close(Table &table, uint64_t handle);

    NameSpace names_;
    Quotas quotas_;
    std::size_t handles_in_total_ = 0;
    ClientId next_client_ = 1;
    std::map<ClientId, Table> clients_;
};

}  // namespace rtkref
