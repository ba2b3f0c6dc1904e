#include <sys/mman.h>
#include <sys/uio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "memory_probe.h"

namespace rtkconf::peer {

namespace {

struct PageRange {
    void *start;
    std::size_t length;
    std::size_t pages;
};

PageRange page_range(const void *address, std::size_t length) {
    const auto page = static_cast<uintptr_t>(::sysconf(_SC_PAGESIZE));
    const auto begin = reinterpret_cast<uintptr_t>(address) & ~(page - 1);
    const auto end = (reinterpret_cast<uintptr_t>(address) + length + page - 1) & ~(page - 1);
    return {reinterpret_cast<void *>(begin), end - begin, (end - begin) / page};
}

// Every mapping overlapping [begin, end) carries VM_LOCKED.
bool range_is_locked(uintptr_t begin, uintptr_t end) {
    std::ifstream smaps("/proc/self/smaps");
    std::string line;
    bool in_range = false, covered = false;
    while (std::getline(smaps, line)) {
        uintptr_t from = 0, to = 0;
        char dash = 0;
        std::istringstream header(line);
        if (header >> std::hex >> from >> dash >> to && dash == '-') {
            in_range = from < end && to > begin;
            continue;
        }
        if (!in_range || line.rfind("VmFlags:", 0) != 0) continue;
        if (line.find(" lo") == std::string::npos) return false;
        covered = true;
    }
    return covered;
}

}  // namespace

bool range_is_mapped(const void *address, std::size_t length) {
    if (address == nullptr) return false;
    if (length == 0) length = 1;
    const PageRange range = page_range(address, length);
    std::vector<unsigned char> vec(range.pages);
    // mincore fails with ENOMEM when any page of the range is unmapped.
    return ::mincore(range.start, range.length, vec.data()) == 0;
}

Residency query_residency(const void *address, std::size_t length) {
    Residency result;
    const PageRange range = page_range(address, length);
    std::vector<unsigned char> vec(range.pages);
    if (::mincore(range.start, range.length, vec.data()) != 0) {
        result.error = std::string("mincore: ") + std::strerror(errno);
        return result;
    }
    result.known = true;
    result.total = range.pages;
    for (unsigned char flags : vec) result.resident += (flags & 1u) != 0;
    const auto begin = reinterpret_cast<uintptr_t>(range.start);
    result.locked = range_is_locked(begin, begin + range.length);
    return result;
}

WritableProbe probe_writable(void *address) {
    WritableProbe result;
    // process_vm_readv/writev on ourselves honour page protections and
    // return EFAULT instead of raising SIGSEGV.
    unsigned char byte = 0;
    iovec local{&byte, 1};
    iovec remote{address, 1};
    if (::process_vm_readv(::getpid(), &local, 1, &remote, 1, 0) != 1) {
        result.detail = std::string("not readable: ") + std::strerror(errno);
        return result;
    }
    result.known = true;
    if (::process_vm_writev(::getpid(), &local, 1, &remote, 1, 0) == 1) {
        result.writable = true;
        result.detail = "writable";
    } else {
        result.detail = std::string("not writable: ") + std::strerror(errno);
    }
    return result;
}

}  // namespace rtkconf::peer
