// The broker's logic: one handle table per connected client over the one
// namespace. The transport (a socket server on Linux) feeds it requests
// and hang-ups; it never does I/O itself.
#pragma once

#include <cstdint>
#include <map>
#include <memory>

#include "rtkref/core/broker_protocol.h"
#include "rtkref/core/handle_table.h"
#include "rtkref/core/name_space.h"

namespace rtkref {

using ClientId = uint32_t;

struct Outcome {
    wire::Reply reply;
    std::shared_ptr<Backing> send_backing;  // set when the reply carries a descriptor
};

class BrokerState {
  public:
    explicit BrokerState(BackingFactory factory) : names_(factory) {}

    ClientId connect();
    // Closes every handle the client still holds: a dead or detached
    // client leaks nothing.
    void disconnect(ClientId client);
    Outcome handle(ClientId client, const wire::Request &request);

    std::size_t client_count() const { return clients_.size(); }
    std::size_t object_count() const { return names_.object_count(); }

  private:
    using Table = HandleTable<uint64_t>;  // handle -> object id
    Outcome acquire(Table &table, const wire::Request &request);
    Outcome close(Table &table, uint64_t handle);

    NameSpace names_;
    ClientId next_client_ = 1;
    std::map<ClientId, Table> clients_;
};

}  // namespace rtkref
