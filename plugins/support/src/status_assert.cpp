#include "rtkconf/plugin/status_assert.h"

#include "rtkconf/plugin/steps.h"

#include <cstdio>
#include <string>

namespace rtkconf::plugin {
namespace {

std::string hex(int32_t status) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%08X", static_cast<unsigned>(static_cast<uint32_t>(status)));
    return buf;
}

::testing::AssertionResult not_called(const StepResult &result) {
    return ::testing::AssertionFailure() << "the call was not made: " << result.detail;
}

bool is_success(int32_t status) {
    return status >= 0;
}

}  // namespace

std::string status_text(int32_t status) {
    const std::string name = status_name(status);
    const std::string value = hex(status);
    return name == value ? value : name + " (" + value + ")";
}

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

::testing::AssertionResult StepOk(const StepResult &result) {
    if (!result.called) return not_called(result);
    if (result.ok) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "check failed: " << result.detail;
}

void expect_no_object(Peer &observer, const std::u16string &name, const std::string &row) {
    const StepResult probe = observer.run(steps::open_shm("probe-absent", name));
    EXPECT_TRUE(Failed(probe)) << row << ": the refused call left an object behind";
    if (probe.called && probe.status >= 0) observer.run(steps::close("probe-absent"));
}

}  // namespace rtkconf::plugin
