// The older Rtk shape's table (flavour rtk-legacy), apart from iut.h: its
// functions carry the current ones' names, so a file that defines them
// (a legacy mutant) cannot see RtkApi.h's prototypes, which iut.h brings.
#pragma once

#include "rtk/RtkLegacyApi.h"

namespace rtkconf {

struct LegacyApiTable {
    // Core.
    RTK_LEGACY_ATTACH RtkRtssAttach = nullptr;
    RTK_LEGACY_DETACH RtkRtssDetach = nullptr;
    RTK_LEGACY_CREATE_SHARED_MEMORY RtkCreateSharedMemory = nullptr;
    RTK_LEGACY_OPEN_SHARED_MEMORY RtkOpenSharedMemory = nullptr;
    RTK_LEGACY_CLOSE_HANDLE RtkCloseHandle = nullptr;
    // Optional.
    RTK_LEGACY_CREATE_MUTEX RtkCreateMutex = nullptr;
    RTK_LEGACY_OPEN_SYNC RtkOpenMutex = nullptr;
    RTK_LEGACY_CREATE_EVENT RtkCreateEvent = nullptr;
    RTK_LEGACY_OPEN_SYNC RtkOpenEvent = nullptr;
    RTK_LEGACY_CREATE_SEMAPHORE RtkCreateSemaphore = nullptr;
    RTK_LEGACY_OPEN_SYNC RtkOpenSemaphore = nullptr;
};

}  // namespace rtkconf
