/* The executor's function table, filled from the API header's own
 * declarations: a pointer type that drifted from its prototype fails the
 * build here.  Compiled, never linked. */
#include "rtk/RtkApi.h"
#include "rtkconf/agent/executor.h"

const rtkconf_agent_rtk_table rtkconf_agent_table_check = {
    RtkRtssAttach,   RtkRtssDetach,   RtkCreateSharedMemory, RtkOpenSharedMemory,
    RtkCloseHandle,  RtkRtssAttachEx, RtkUnMapSharedMemory,  RtkCreateMutex,
    RtkOpenMutex,    RtkCreateEvent,  RtkOpenEvent,          RtkCreateSemaphore,
    RtkOpenSemaphore};
