// rtkref-demo: one process creates a named shared-memory object and writes
// a greeting; a second process (this program again, started with --reader)
// opens it by name, prints the greeting and writes an answer back, which
// the first prints. Exit status 0 when both sides saw each other's words.
#include <boost/process.hpp>
#include <cstdio>
#include <cstring>
#include <string>

#include "rtk/RtkApi.h"

namespace bp = boost::process;

namespace {

char16_t g_name_units[] = u"rtkref-demo";
// WCHAR is char16_t on Linux and wchar_t on Windows: both 16-bit units.
UNICODE_STRING g_name{sizeof g_name_units - 2, sizeof g_name_units,
                      reinterpret_cast<WCHAR *>(g_name_units)};
constexpr ULONG kSize = 4096;
constexpr std::size_t kAnswerOffset = 2048;

int fail(const char *call, NTSTATUS status) {
    std::fprintf(stderr, "rtkref-demo: %s failed: 0x%08X\n", call, static_cast<unsigned>(status));
    return 1;
}

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
    auto *bytes = static_cast<char *>(location);
    std::printf("reader (second process) read:  \"%s\"\n", bytes);
    std::strcpy(bytes + kAnswerOffset, "hello back from the second process");
    RtkCloseHandle(instance, handle);
    RtkRtssDetach(instance);
    return 0;
}

int writer(const char *self) {
    RTSSINST instance = 0;
    if (NTSTATUS s = RtkRtssAttach(1, &instance); !NT_SUCCESS(s)) return fail("RtkRtssAttach", s);
    HANDLE handle = nullptr;
    void *location = nullptr;
    if (NTSTATUS s = RtkCreateSharedMemory(instance, &handle, 0, 0, kSize, &g_name, &location);
        !NT_SUCCESS(s)) {
        return fail("RtkCreateSharedMemory", s);
    }
    auto *bytes = static_cast<char *>(location);
    std::strcpy(bytes, "hello from the first process");
    std::printf("writer (first process) created %u bytes at %p and wrote: \"%s\"\n",
                static_cast<unsigned>(kSize), location, bytes);
    std::fflush(stdout);
    const int reader_status = bp::system(bp::exe = self, bp::args = {"--reader"});
    const std::string answer(bytes + kAnswerOffset);
    std::printf("writer (first process) read back: \"%s\"\n", answer.c_str());
    RtkCloseHandle(instance, handle);
    RtkRtssDetach(instance);
    const bool ok = reader_status == 0 && !answer.empty();
    std::printf("%s\n", ok ? "demo: the two processes shared memory through the reference"
                           : "demo: FAILED");
    return ok ? 0 : 1;
}

}  // namespace

int main(int argc, char **argv) {
    if (argc > 1 && std::string(argv[1]) == "--reader") return reader();
    if (argc > 1) {
        std::puts("usage: rtkref-demo\nShows two processes sharing memory through the reference.");
        return std::string(argv[1]) == "--help" ? 0 : 2;
    }
    return writer(argv[0]);
}
