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

// The call was made and returned exactly `code`.
::testing::AssertionResult ReturnedExactly(const StepResult &result, int32_t code);

// A check / check_zero / resident / writable_probe step reported ok.
::testing::AssertionResult StepOk(const StepResult &result);

// "row 2 (4096 bytes)": how every message of a table row starts.
std::string row_label(std::size_t index, std::string_view what);

}  // namespace rtkconf
