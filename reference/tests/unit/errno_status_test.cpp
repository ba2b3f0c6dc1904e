// Which system-call failures the Linux backend reports as what.
#include "errno_status.h"

#include <gtest/gtest.h>

#include <cerrno>

namespace rtkref::linux_backend {
namespace {

TEST(ErrnoStatus, LockingAndBackingShortagesAreInsufficientResources) {
    for (int error : {ENOMEM, EAGAIN, EPERM, ENOSPC, EMFILE}) {
        EXPECT_EQ(status_from_errno(error), STATUS_INSUFFICIENT_RESOURCES) << "errno " << error;
    }
}

TEST(ErrnoStatus, ALostBrokerIsNoSuchDevice) {
    for (int error : {ECONNREFUSED, ENOENT, EPIPE, ECONNRESET}) {
        EXPECT_EQ(status_from_errno(error), STATUS_NO_SUCH_DEVICE) << "errno " << error;
    }
}

TEST(ErrnoStatus, UnexpectedErrorsAreUnsuccessful) {
    EXPECT_EQ(status_from_errno(EIO), STATUS_UNSUCCESSFUL);
    EXPECT_EQ(status_from_errno(0), STATUS_SUCCESS);
}

}  // namespace
}  // namespace rtkref::linux_backend
