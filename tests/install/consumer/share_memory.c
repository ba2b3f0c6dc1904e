/* A program outside the project that uses the installed reference: it
 * attaches, creates a named object, writes to it, opens it again by name,
 * reads the bytes back, unmaps and closes both, and detaches. Exit status 0
 * when every call did what the API says; each failure prints what it got. */
#include <stdio.h>
#include <string.h>

#include "rtk/RtkApi.h"

static int failed(const char *call, NTSTATUS status) {
    fprintf(stderr, "%s: %s returned 0x%08X\n", CONSUMER_FLAVOUR, call, (unsigned)status);
    return 1;
}

int main(void) {
    static WCHAR units[] = {'c', 'o', 'n', 's', 'u', 'm', 'e', 'r'};
    UNICODE_STRING name = {sizeof units, sizeof units, units};
    static const char greeting[] = "installed rtkref";
    RTSSINST instance = 0;
    HANDLE created = NULL, opened = NULL;
    void *written = NULL, *read = NULL;
    NTSTATUS s;

    if (!NT_SUCCESS(s = RtkRtssAttach(1, &instance))) return failed("RtkRtssAttach", s);
    if (!NT_SUCCESS(s = RtkCreateSharedMemory(instance, &created, 0, 0, 4096, &name, &written)))
        return failed("RtkCreateSharedMemory", s);
    memcpy(written, greeting, sizeof greeting);
    if (!NT_SUCCESS(s = RtkOpenSharedMemory(instance, &opened, SHM_MAP_WRITE, FALSE, &name, &read)))
        return failed("RtkOpenSharedMemory", s);
    if (memcmp(read, greeting, sizeof greeting) != 0) {
        fprintf(stderr, "%s: the second view does not hold what the first wrote\n",
                CONSUMER_FLAVOUR);
        return 1;
    }
    if (!NT_SUCCESS(s = RtkUnMapSharedMemory(instance, read)))
        return failed("RtkUnMapSharedMemory", s);
    if (!NT_SUCCESS(s = RtkCloseHandle(instance, opened))) return failed("RtkCloseHandle", s);
    if (!NT_SUCCESS(s = RtkUnMapSharedMemory(instance, written)))
        return failed("RtkUnMapSharedMemory", s);
    if (!NT_SUCCESS(s = RtkCloseHandle(instance, created))) return failed("RtkCloseHandle", s);
    if (!NT_SUCCESS(s = RtkRtssDetach(instance))) return failed("RtkRtssDetach", s);
    printf("%s: created, reopened by name, read back, closed\n", CONSUMER_FLAVOUR);
    return 0;
}
