#include "run_one.h"

#include <gtest/gtest.h>

#include "child_report.h"
#include "evidence_listener.h"
#include "fault_status.h"
#include "plugin_host.h"
#include "plugin_loader.h"

namespace rtkconf::runner {
namespace {

int write_or_fail(const ChildReport &report, const std::filesystem::path &path) {
    return write_child_report(report, path) ? 2 : 0;
}

bool test_exists(const std::string &full_name) {
    const ::testing::UnitTest &unit = *::testing::UnitTest::GetInstance();
    for (int s = 0; s < unit.total_test_suite_count(); ++s) {
        const ::testing::TestSuite &suite = *unit.GetTestSuite(s);
        for (int t = 0; t < suite.total_test_count(); ++t) {
            const ::testing::TestInfo &info = *suite.GetTestInfo(t);
            if (std::string(info.test_suite_name()) + "." + info.name() == full_name) return true;
        }
    }
    return false;
}

}  // namespace

int run_one_main(const RunOneOptions &options) {
    // Plugins keep the host pointer for the life of the process.
    static RuleCatalog catalog;
    static PluginHost host(catalog);
    for (const auto &[key, value] : options.settings) host.set_setting(key, value);

    ChildReport report;
    report.test = options.test;
    for (const auto &path : options.plugins) {
        const PluginStatus st = load_plugin(path, host);
        if (!st.ok()) {
            report.status = Status::error;
            report.messages.push_back("harness error: plugin " + path.string() + ": " + st.message);
            return write_or_fail(report, options.report);
        }
    }
    if (!test_exists(options.test)) {
        report.status = Status::error;
        report.messages.push_back("harness error: no test named " + options.test);
        return write_or_fail(report, options.report);
    }

    GTEST_FLAG_SET(filter, options.test);
    GTEST_FLAG_SET(catch_exceptions, true);
    int argc = 1;
    char program[] = "rtkconf";
    char *argv[] = {program, nullptr};
    ::testing::InitGoogleTest(&argc, argv);
    auto *listener = new EvidenceListener;  // owned by GoogleTest's listener list
    ::testing::UnitTest::GetInstance()->listeners().Append(listener);
    // The listener, not the return value, tells what happened.
    [[maybe_unused]] const int failed = RUN_ALL_TESTS();

    TestEvidence evidence = host.take_evidence();
    report.status = listener->ran() ? listener->status() : Status::error;
    report.duration_ms = listener->duration_ms();
    report.messages = listener->messages();
    if (!listener->ran()) report.messages.push_back("harness error: the test did not run");
    report.status = apply_faults(report.status, evidence.faults, report.messages);
    report.calls = std::move(evidence.calls);
    report.observed = std::move(evidence.observed);
    report.names = std::move(evidence.names);
    return write_or_fail(report, options.report);
}

}  // namespace rtkconf::runner
