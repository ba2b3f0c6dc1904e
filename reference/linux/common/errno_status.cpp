#include "errno_status.h"

#include <cerrno>

namespace rtkref::linux_backend {

NTSTATUS status_from_errno(int error) {
    switch (error) {
        case 0:
            return STATUS_SUCCESS;
        case ENOMEM:
        case EAGAIN:
        case EPERM:  // mlock without CAP_IPC_LOCK and a zero RLIMIT_MEMLOCK
        case ENOSPC:
        case EFBIG:
        case EMFILE:
        case ENFILE:
            return STATUS_INSUFFICIENT_RESOURCES;
        case EFAULT:
        case EINVAL:
            return STATUS_INVALID_PARAMETER;
        case ECONNREFUSED:
        case ENOENT:
        case EPIPE:
        case ECONNRESET:
            return STATUS_NO_SUCH_DEVICE;  // the broker is gone
        default:
            return STATUS_UNSUCCESSFUL;
    }
}

}  // namespace rtkref::linux_backend
