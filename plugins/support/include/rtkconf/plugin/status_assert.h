// Status checks that explain themselves: every failure prints the status
// expected and the one received, by name and value
// ("expected STATUS_INVALID_PARAMETER, got STATUS_SUCCESS (0x00000000)").
// Use with EXPECT_TRUE / ASSERT_TRUE.
#pragma once

#include <cstdint>

#include <gtest/gtest.h>

#include "rtkconf/peer.h"
#include "rtkconf/step.h"

namespace rtkconf::plugin {

// The call was made and returned a success status (NT_SUCCESS).
::testing::AssertionResult Succeeded(const StepResult &result);

// The call was made and returned an error status, whichever.
::testing::AssertionResult Failed(const StepResult &result);

// The call was made and returned exactly `code`, in its flavour's terms:
// rtk compares the NTSTATUS; rtapi the success or failure and the last
// error `code` becomes (RtkWin32ErrorOfStatus, CONFORMANCE.md D13).
// rtk-legacy has no documented codes: a rule that checks one must not
// declare it (the check then fails, naming the rule's mistake).
::testing::AssertionResult ReturnedExactly(const StepResult &result, int32_t code);

// rtapi: the call was made and left exactly this last error (for the
// rules a user-mode page words in Win32 errors).
::testing::AssertionResult LastErrorIs(const StepResult &result, uint32_t error);

// A check / check_zero / resident step reported ok.
::testing::AssertionResult StepOk(const StepResult &result);

// A refused call must leave nothing behind: opening `name` from
// `observer` fails (a probe that does open is closed again).
void expect_no_object(Peer &observer, const std::u16string &name, const std::string &row);

// "STATUS_X (0x...)": name and value, for messages and observations.
std::string status_text(int32_t status);

}  // namespace rtkconf::plugin
