#include "rtkconf/status_checks.h"

#include <cstdio>

#include "rtk/RtWin32Errors.h"

namespace rtkconf {
namespace {

::testing::AssertionResult not_called(const StepResult &result) {
    return ::testing::AssertionFailure() << "the call was not made: " << result.detail;
}

bool is_success(int32_t status) {
    return status >= 0;
}

std::string hex(uint32_t value) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%08X", static_cast<unsigned>(value));
    return buf;
}

// "failure, last error 2 (ERROR_FILE_NOT_FOUND)": the flavour's own answer.
std::string describe_raw(const StepResult &result) {
    std::string text = is_success(result.status) ? "success" : "failure";
    switch (result.flavour) {
        case Flavour::rtk:
            return status_text(result.status);
        case Flavour::rtapi: {
            const std::string name = win32_error_name(result.code);
            return text + ", last error " + std::to_string(result.code) +
                   (name.empty() ? "" : " (" + name + ")");
        }
        case Flavour::rtk_legacy:
            return text + ", *pErrorCode=" + hex(result.code);
    }
    return text;
}

}  // namespace

::testing::AssertionResult Succeeded(const StepResult &result) {
    if (!result.called) return not_called(result);
    if (is_success(result.status)) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "expected a success status, got " << status_text(result.status);
}

::testing::AssertionResult Failed(const StepResult &result) {
    if (!result.called) return not_called(result);
    if (!is_success(result.status)) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "expected an error status, got " << status_text(result.status);
}

::testing::AssertionResult ReturnedExactly(const StepResult &result, int32_t code) {
    if (!result.called) return not_called(result);
    switch (result.flavour) {
        case Flavour::rtk:
            if (result.status == code) return ::testing::AssertionSuccess();
            return ::testing::AssertionFailure()
                   << "expected " << status_name(code) << ", got " << status_text(result.status);
        case Flavour::rtapi: {
            const uint32_t error = RtkWin32ErrorOfStatus(code);
            if (is_success(result.status) == is_success(code) && result.code == error)
                return ::testing::AssertionSuccess();
            return ::testing::AssertionFailure()
                   << "expected " << (is_success(code) ? "success" : "failure")
                   << " with last error " << error << " (" << win32_error_name(error)
                   << ", the user-mode form of " << status_name(code) << "), got "
                   << describe_raw(result);
        }
        case Flavour::rtk_legacy:
            break;
    }
    return ::testing::AssertionFailure()
           << "rtk-legacy has no documented error codes: a rule checking " << status_name(code)
           << " must not declare rtk-legacy (got " << describe_raw(result) << ")";
}

::testing::AssertionResult LastErrorIs(const StepResult &result, uint32_t error) {
    if (!result.called) return not_called(result);
    if (result.flavour != Flavour::rtapi)
        return ::testing::AssertionFailure()
               << "a last error exists in rtapi only; this peer speaks "
               << flavour_name(result.flavour) << " (got " << describe_raw(result) << ")";
    if (result.code == error) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "expected last error " << error << " (" << win32_error_name(error) << "), got "
           << describe_raw(result);
}

std::string row_label(std::size_t index, std::string_view what) {
    return "row " + std::to_string(index) + " (" + std::string(what) + ")";
}

::testing::AssertionResult StepOk(const StepResult &result) {
    if (!result.called) return not_called(result);
    if (result.ok) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "check failed: " << result.detail;
}

}  // namespace rtkconf
