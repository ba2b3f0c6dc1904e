#include "rtkconf/status_checks.h"

namespace rtkconf {
namespace {

::testing::AssertionResult not_called(const StepResult &result) {
    return ::testing::AssertionFailure() << "the call was not made: " << result.detail;
}

bool is_success(int32_t status) {
    return status >= 0;
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
    if (result.status == code) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "expected " << status_name(code) << ", got " << status_text(result.status);
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
