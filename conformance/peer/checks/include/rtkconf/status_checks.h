// Status checks that explain themselves: every failure prints the status
// expected and the one received, by name and value
// ("expected STATUS_INVALID_PARAMETER, got STATUS_SUCCESS (0x00000000)").
// Use with EXPECT_TRUE / ASSERT_TRUE; plugins and the reference's
// integration tests both check their steps with these.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "rtkconf/step.h"

namespace rtkconf {

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

// A check / check_zero / resident / writable_probe step reported ok.
::testing::AssertionResult StepOk(const StepResult &result);

// "row 2 (4096 bytes)": how every message of a table row starts.
std::string row_label(std::size_t index, std::string_view what);

}  // namespace rtkconf
