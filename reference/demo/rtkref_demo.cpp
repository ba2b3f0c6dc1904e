// rtkref-demo: two processes share one named shared-memory object. The
// first creates it and writes a greeting; the second (this program again,
// started with a hidden mode argument) opens it by name, prints the
// greeting and writes an answer back, which the first prints.
//
//   rtkref-demo                        both processes use the Rtk calls
//   rtkref-demo --driver-application   the first uses the Rtk calls, as a
//                                      driver would; the second the
//                                      user-mode Rt calls, as an
//                                      application would
//
// Exit status 0 when both sides saw each other's words.
#include <boost/process.hpp>
#include <cstdio>
#include <cstring>
#include <string>

#include "rtk/RtApi.h"
#include "rtk/RtkApi.h"

#ifdef _WIN32
#include <windows.h>
#endif

namespace bp = boost::process;

namespace {

char16_t g_name_units[] = u"rtkref-demo";
// WCHAR is char16_t on Linux and wchar_t on Windows: both 16-bit units.
UNICODE_STRING g_name{sizeof g_name_units - 2, sizeof g_name_units,
                      reinterpret_cast<WCHAR *>(g_name_units)};
const WCHAR *g_wide_name = reinterpret_cast<const WCHAR *>(g_name_units);
constexpr ULONG kSize = 4096;
constexpr std::size_t kAnswerOffset = 2048;

int fail(const char *call, NTSTATUS status) {
    std::fprintf(stderr, "rtkref-demo: %s failed: 0x%08X\n", call, static_cast<unsigned>(status));
    return 1;
}

// The Rt calls' last error: the thread's own on Windows, the reference's
// accessor elsewhere (RtApi.h).
unsigned last_error() {
#ifdef _WIN32
    return static_cast<unsigned>(::GetLastError());
#else
    return static_cast<unsigned>(RtGetLastError());
#endif
}

int fail_rt(const char *call) {
    std::fprintf(stderr, "rtkref-demo: %s failed: last error %u\n", call, last_error());
    return 1;
}

void answer(char *bytes, const char *who, const char *words) {
    std::printf("%s read:  \"%s\"\n", who, bytes);
    std::strcpy(bytes + kAnswerOffset, words);
}

// The second process, through the Rtk calls.
int reader() {
    RTSSINST instance = 0;
    if (NTSTATUS s = RtkRtssAttach(1, &instance); !NT_SUCCESS(s)) return fail("RtkRtssAttach", s);
    HANDLE handle = nullptr;
    void *location = nullptr;
    if (NTSTATUS s =
            RtkOpenSharedMemory(instance, &handle, SHM_MAP_WRITE, FALSE, &g_name, &location);
        !NT_SUCCESS(s)) {
        return fail("RtkOpenSharedMemory", s);
    }
    answer(static_cast<char *>(location), "reader (second process)",
           "hello back from the second process");
    RtkUnMapSharedMemory(instance, location);
    RtkCloseHandle(instance, handle);
    RtkRtssDetach(instance);
    return 0;
}

// The second process as an application: the user-mode calls, no attach.
int application() {
    void *location = nullptr;
    HANDLE handle = RtOpenSharedMemory(SHM_MAP_WRITE, FALSE, g_wide_name, &location);
    if (handle == nullptr) return fail_rt("RtOpenSharedMemory");
    answer(static_cast<char *>(location), "application (Rt calls)",
           "hello back from the application");
    if (!RtUnmapSharedMemory(location)) return fail_rt("RtUnmapSharedMemory");
    if (!RtCloseHandle(handle)) return fail_rt("RtCloseHandle");
    return 0;
}

int writer(const char *self, const char *who, const char *peer_mode) {
    RTSSINST instance = 0;
    if (NTSTATUS s = RtkRtssAttach(1, &instance); !NT_SUCCESS(s)) return fail("RtkRtssAttach", s);
    HANDLE handle = nullptr;
    void *location = nullptr;
    if (NTSTATUS s = RtkCreateSharedMemory(instance, &handle, 0, 0, kSize, &g_name, &location);
        !NT_SUCCESS(s)) {
        return fail("RtkCreateSharedMemory", s);
    }
    auto *bytes = static_cast<char *>(location);
    std::snprintf(bytes, kAnswerOffset, "hello from the %s", who);
    std::printf("%s created %u bytes at %p and wrote: \"%s\"\n", who, static_cast<unsigned>(kSize),
                location, bytes);
    std::fflush(stdout);
    const int peer_status = bp::system(bp::exe = self, bp::args = {peer_mode});
    const std::string reply(bytes + kAnswerOffset);
    std::printf("%s read back: \"%s\"\n", who, reply.c_str());
    RtkUnMapSharedMemory(instance, location);
    RtkCloseHandle(instance, handle);
    RtkRtssDetach(instance);
    const bool ok = peer_status == 0 && !reply.empty();
    std::printf("%s\n", ok ? "demo: the two processes shared memory through the reference"
                           : "demo: FAILED");
    return ok ? 0 : 1;
}

}  // namespace

int main(int argc, char **argv) {
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "--reader") return reader();
    if (mode == "--application") return application();
    if (mode.empty()) return writer(argv[0], "writer (first process)", "--reader");
    if (mode == "--driver-application")
        return writer(argv[0], "driver (Rtk calls)", "--application");
    std::puts(
        "usage: rtkref-demo [--driver-application]\n"
        "Shows two processes sharing memory through the reference: both through the Rtk\n"
        "calls, or a driver-like process (Rtk calls) and an application (Rt calls).");
    return mode == "--help" ? 0 : 2;
}
