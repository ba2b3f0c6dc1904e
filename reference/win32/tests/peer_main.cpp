// Peer modes, one line of output per step, statuses in hex:
//   hold <kind> <name> [<size> <fill>]  creates, prints "ready <status>",
//       then obeys stdin: "close" (prints "closed <status>"), "exit"/EOF.
//   open <kind> <name> <fill>  opens, prints
//       "opened <status> <view size> <1 when every byte is fill>", exits.
// <kind> is shm, mutex, event or semaphore.
#include "peer_main.h"

#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

#include "test_support.h"

namespace rtkref::win32_tests {
namespace {

struct Held {
    NTSTATUS status = STATUS_UNSUCCESSFUL;
    HANDLE handle = nullptr;
    void *location = nullptr;
};

Held create_kind(RTSSINST inst, const std::string &kind, UNICODE_STRING *name, ULONG size) {
    Held held;
    if (kind == "shm") {
        held.status = RtkCreateSharedMemory(inst, &held.handle, 0, 0, size, name, &held.location);
    } else if (kind == "mutex") {
        held.status = RtkCreateMutex(inst, &held.handle, nullptr, FALSE, name);
    } else if (kind == "event") {
        held.status = RtkCreateEvent(inst, &held.handle, nullptr, TRUE, FALSE, name);
    } else if (kind == "semaphore") {
        held.status = RtkCreateSemaphore(inst, &held.handle, nullptr, 0, 1, name);
    }
    return held;
}

Held open_kind(RTSSINST inst, const std::string &kind, UNICODE_STRING *name) {
    Held held;
    if (kind == "shm") {
        held.status =
            RtkOpenSharedMemory(inst, &held.handle, SHM_MAP_WRITE, FALSE, name, &held.location);
    } else if (kind == "mutex") {
        held.status = RtkOpenMutex(inst, &held.handle, 0, FALSE, name);
    } else if (kind == "event") {
        held.status = RtkOpenEvent(inst, &held.handle, 0, FALSE, name);
    } else if (kind == "semaphore") {
        held.status = RtkOpenSemaphore(inst, &held.handle, 0, FALSE, name);
    }
    return held;
}

int hold(RTSSINST inst, const std::string &kind, RtkName &name, ULONG size, int fill) {
    Held held = create_kind(inst, kind, name.get(), size);
    if (NT_SUCCESS(held.status) && held.location != nullptr) {
        std::memset(held.location, fill, view_size(held.location));
    }
    std::cout << "ready " << status_hex(held.status) << std::endl;
    std::string command;
    while (std::getline(std::cin, command)) {
        if (!command.empty() && command.back() == '\r') command.pop_back();
        if (command == "close") {
            std::cout << "closed " << status_hex(RtkCloseHandle(inst, held.handle)) << std::endl;
        } else if (command == "exit") {
            break;
        }
    }
    return 0;
}

int open_once(RTSSINST inst, const std::string &kind, RtkName &name, int fill) {
    Held held = open_kind(inst, kind, name.get());
    std::size_t size = 0;
    bool uniform = false;
    if (NT_SUCCESS(held.status) && held.location != nullptr) {
        size = view_size(held.location);
        uniform = all_bytes_are(held.location, size, static_cast<unsigned char>(fill));
    }
    std::cout << "opened " << status_hex(held.status) << " " << size << " " << uniform << std::endl;
    if (NT_SUCCESS(held.status)) RtkCloseHandle(inst, held.handle);
    return 0;
}

}  // namespace

int run_peer(int argc, char **argv) {
    if (argc < 3) return 2;
    const std::string mode = argv[0];
    const std::string kind = argv[1];
    RtkName name(from_utf8(argv[2]));
    RTSSINST inst = 0;
    if (!NT_SUCCESS(RtkRtssAttach(1, &inst))) return 3;
    if (mode == "hold") {
        const ULONG size = argc > 3 ? std::strtoul(argv[3], nullptr, 10) : 0;
        return hold(inst, kind, name, size, argc > 4 ? std::atoi(argv[4]) : 0);
    }
    if (mode == "open" && argc > 3) return open_once(inst, kind, name, std::atoi(argv[3]));
    return 2;
}

}  // namespace rtkref::win32_tests
