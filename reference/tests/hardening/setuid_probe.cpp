// rtkref_setuid_probe LIBRARY: attaches once through LIBRARY and prints
// the status. The setuid test installs a copy owned by another user with
// the set-user-ID bit, so the library runs in a process the kernel marks
// secure, as it would inside a real set-user-ID program.
#include <dlfcn.h>

#include <cstdio>

#include "rtk/RtkApi.h"

int main(int argc, char **argv) {
    if (argc != 2) return 2;
    void *library = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (library == nullptr) {
        std::printf("dlopen failed: %s\n", dlerror());
        return 3;
    }
    auto attach = reinterpret_cast<decltype(&RtkRtssAttach)>(dlsym(library, "RtkRtssAttach"));
    if (attach == nullptr) return 4;
    RTSSINST instance{};
    std::printf("0x%08X\n", static_cast<unsigned>(attach(1, &instance)));
    return 0;
}
