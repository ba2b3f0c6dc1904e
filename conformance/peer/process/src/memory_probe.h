// Questions about our own address space that must be answered without
// touching the memory (an unmapped or read-only view must not crash the
// peer). One of memory_probe_posix.cpp / memory_probe_win32.cpp is built.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace rtkconf::peer {

// Every page of [address, address+length) is mapped in this process.
bool range_is_mapped(const void *address, std::size_t length);

struct Residency {
    bool known = false;        // false: the platform could not tell (see error)
    std::size_t resident = 0;  // pages resident
    std::size_t total = 0;     // pages in the range
    // Locked in memory (D9): resident pages alone could still be paged out.
    // Linux: every mapping of the range has VM_LOCKED ("lo" in smaps'
    // VmFlags); Windows: every page has the working set's Locked bit.
    bool locked = false;
    // Whether the platform can tell: wine reports Locked=0 for pages it
    // did lock (CONFORMANCE.md, "The Win32 reference under wine").
    bool locked_known = true;
    std::string error;
};
Residency query_residency(const void *address, std::size_t length);

struct WritableProbe {
    bool known = false;
    bool writable = false;
    std::string detail;
};
// Rewrites the first byte of the range with its own value through a path
// that reports a protection fault as an error instead of a signal.
WritableProbe probe_writable(void *address);

}  // namespace rtkconf::peer
