#include "rtkref/core/broker_state.h"

#include <optional>
#include <string>

#include "rtkref/core/name_rules.h"

namespace rtkref {
namespace {

Outcome failure(NTSTATUS status) {
    return Outcome{wire::Reply{status, 0, 0, 0}, nullptr};
}

// The client library checked all of this already; the broker checks again
// because nothing a client sends may corrupt the namespace.
NTSTATUS validate(const wire::Request &request, std::optional<std::u16string> &name) {
    if (!is_valid_kind(request.kind)) return STATUS_INVALID_PARAMETER;
    if (request.name_units > RTK_MAX_NAME_UNITS) return STATUS_NAME_TOO_LONG;
    const bool named = request.named != 0 && request.name_units > 0;
    if (request.op == wire::Op::open && !named) return STATUS_INVALID_PARAMETER;
    if (named) {
        std::u16string units(request.name, request.name_units);
        if (NameFault fault = check_name_units(units); fault != NameFault::none) {
            return status_of(fault);
        }
        name = std::move(units);
    }
    const auto kind = static_cast<ObjectKind>(request.kind);
    if (request.op == wire::Op::create && kind == ObjectKind::shared_memory &&
        (request.size == 0 || request.size > 0xFFFFFFFFull)) {
        return STATUS_INVALID_PARAMETER;
    }
    return STATUS_SUCCESS;
}

}  // namespace

ClientId BrokerState::connect() {
    // The id is also the tag of the client's handles: never 0, and never
    // one still in use once the 32 bits wrap.
    ClientId id;
    do {
        id = next_client_++;
    } while (id == 0 || clients_.count(id) != 0);
    clients_.emplace(id, Table(id));
    return id;
}

void BrokerState::disconnect(ClientId client) {
    auto it = clients_.find(client);
    if (it == clients_.end()) return;
    for (auto &[handle, object_id] : it->second.take_all()) {
        names_.release(object_id);
        --handles_in_total_;
    }
    clients_.erase(it);
}

Outcome BrokerState::handle(ClientId client, const wire::Request &request) {
    auto it = clients_.find(client);
    if (it == clients_.end() || request.magic != wire::kMagic) {
        return failure(STATUS_INVALID_PARAMETER);
    }
    switch (request.op) {
        case wire::Op::hello:
            return failure(STATUS_SUCCESS);
        case wire::Op::create:
        case wire::Op::open:
            return acquire(it->second, request);
        case wire::Op::close:
        case wire::Op::release:
            return close(it->second, request.handle);
    }
    return failure(STATUS_INVALID_PARAMETER);
}

bool BrokerState::within_quota(const Table &table) const {
    return table.size() < quotas_.handles_per_client &&
           handles_in_total_ < quotas_.handles_in_total;
}

bool BrokerState::beyond_lock_budget(const wire::Request &request,
                                     const std::optional<std::u16string> &name) const {
    if (request.op != wire::Op::create || request.lockable_kib == 0 ||
        request.kind != static_cast<uint8_t>(ObjectKind::shared_memory)) {
        return false;
    }
    // An existing name opens its object whatever the size asked (D3).
    if (name && names_.contains(*name)) return false;
    return request.size > uint64_t{request.lockable_kib} * 1024;
}

bool BrokerState::needs_new_backing(ClientId client, const wire::Request &request) const {
    auto it = clients_.find(client);
    if (it == clients_.end() || request.magic != wire::kMagic || request.op != wire::Op::create ||
        request.kind != static_cast<uint8_t>(ObjectKind::shared_memory)) {
        return false;
    }
    std::optional<std::u16string> name;
    if (validate(request, name) != STATUS_SUCCESS || !within_quota(it->second) ||
        beyond_lock_budget(request, name)) {
        return false;
    }
    return !name || !names_.contains(*name);
}

bool BrokerState::finds_existing(const wire::Request &request) const {
    if (request.magic != wire::kMagic ||
        (request.op != wire::Op::create && request.op != wire::Op::open)) {
        return false;
    }
    std::optional<std::u16string> name;
    return validate(request, name) == STATUS_SUCCESS && name && names_.contains(*name);
}

Outcome BrokerState::handle_with_backing(ClientId client, const wire::Request &request,
                                         BackingResult made) {
    if (!needs_new_backing(client, request)) return handle(client, request);
    if (made.status != STATUS_SUCCESS || !made.backing) return failure(made.status);
    return acquire(clients_.at(client), request, std::move(made.backing));
}

Outcome BrokerState::acquire(Table &table, const wire::Request &request,
                             std::shared_ptr<Backing> premade) {
    std::optional<std::u16string> name;
    if (NTSTATUS status = validate(request, name); status != STATUS_SUCCESS) {
        return failure(status);
    }
    if (!within_quota(table)) return failure(STATUS_INSUFFICIENT_RESOURCES);
    if (beyond_lock_budget(request, name)) return failure(STATUS_INSUFFICIENT_RESOURCES);
    const auto kind = static_cast<ObjectKind>(request.kind);
    Acquired got = request.op == wire::Op::create
                       ? names_.create(kind, name, request.size, std::move(premade))
                       : names_.open(kind, *name);
    if (got.object == nullptr) return failure(got.status);
    const uint64_t handle = table.insert(got.object->id);
    if (handle == 0) {  // this connection used up its serials: re-attach
        names_.release(got.object->id);
        return failure(STATUS_INSUFFICIENT_RESOURCES);
    }
    ++handles_in_total_;
    Outcome outcome;
    outcome.reply.status = got.status;
    outcome.reply.handle = handle;
    outcome.reply.size = got.object->size;
    outcome.reply.has_fd = got.object->backing ? 1 : 0;
    outcome.send_backing = got.object->backing;
    return outcome;
}

Outcome BrokerState::close(Table &table, uint64_t handle) {
    if (handle == 0) return failure(STATUS_INVALID_PARAMETER);
    if (std::optional<uint64_t> object_id = table.erase(handle)) {
        names_.release(*object_id);
        --handles_in_total_;
        return failure(STATUS_SUCCESS);
    }
    return failure(table.classify(handle) == HandleState::closed ? STATUS_UNSUCCESSFUL
                                                                 : STATUS_INVALID_HANDLE);
}

}  // namespace rtkref
