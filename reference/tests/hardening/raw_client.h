// A client that speaks the broker's wire protocol directly, the way a
// hostile program could: no library, any bytes, any descriptors.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "rtkref/core/broker_protocol.h"

namespace rtkref_hardening {

rtkref::wire::Request hello_request();
// A request on shared memory named `name` (create, open, ...).
rtkref::wire::Request named_request(rtkref::wire::Op op, const std::u16string &name,
                                    uint64_t size = 4096);

class RawClient {
  public:
    explicit RawClient(const std::filesystem::path &socket);
    ~RawClient();
    RawClient(const RawClient &) = delete;
    RawClient &operator=(const RawClient &) = delete;

    bool connected() const { return fd_ >= 0; }
    int native_handle() const { return fd_; }  // for bytes that are no request at all
    // 0, or the errno of a failed send; `pass_fd` rides along when >= 0.
    int send(const rtkref::wire::Request &request, int pass_fd = -1);
    // The status of the next reply, or nullopt when none came within
    // `timeout_ms` (or the broker hung up without one).
    std::optional<int32_t> reply_status(int timeout_ms);
    // The whole reply (its descriptor, if any, closed).
    std::optional<rtkref::wire::Reply> reply(int timeout_ms);
    // Sends a hello and waits for its reply.
    std::optional<int32_t> hello(int timeout_ms);
    void hang_up();

  private:
    int fd_ = -1;
};

}  // namespace rtkref_hardening
