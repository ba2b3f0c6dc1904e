/* The Rtk functions this driver imports (from the vendor's RtkApi_W64.lib
 * in the shipped build; from a stub import library in CI, which only
 * proves the shell links). Assigning each declaration of the project's
 * header checks the core's table types against it. */
#include "agent_driver.h"

void agent_rtk_table(rtkconf_agent_rtk_table *t) {
    t->RtkRtssAttach = RtkRtssAttach;
    t->RtkRtssDetach = RtkRtssDetach;
    t->RtkCreateSharedMemory = RtkCreateSharedMemory;
    t->RtkOpenSharedMemory = RtkOpenSharedMemory;
    t->RtkCloseHandle = RtkCloseHandle;
    t->RtkRtssAttachEx = RtkRtssAttachEx;
    t->RtkUnMapSharedMemory = RtkUnMapSharedMemory;
    t->RtkCreateMutex = RtkCreateMutex;
    t->RtkOpenMutex = RtkOpenMutex;
    t->RtkCreateEvent = RtkCreateEvent;
    t->RtkOpenEvent = RtkOpenEvent;
    t->RtkCreateSemaphore = RtkCreateSemaphore;
    t->RtkOpenSemaphore = RtkOpenSemaphore;
}
