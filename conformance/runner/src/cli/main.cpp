// rtkconf: the conformance runner. The command line is pinned (tools
// outside the project call it); see conformance/runner/README.md.
#include <CLI/CLI.hpp>

#include <iostream>

#include "commands.h"
#include "glob_match.h"
#include "report_outputs.h"
#include "shard.h"

using namespace rtkconf::runner;

int main(int argc, char **argv) {
    if (is_hidden_mode(argc, argv)) return hidden_mode_main(argc, argv);

    CLI::App app{"rtkconf: conformance runner for the Rtk shared-memory API"};
    app.require_subcommand(1);

    RunOptions run;
    CLI::App *run_cmd = app.add_subcommand(
        "run",
        "Run the conformance rules against an implementation (exit 0 conformant, "
        "1 not conformant, 2 usage error or incomplete: a harness error left rules "
        "unjudged)");
    CLI::Option *impl_opt = run_cmd->add_option(
        "--impl", run.impl,
        "Implementation under test (shared library path); not with --transport agent-device");
    run_cmd
        ->add_option("--flavour", run.flavour,
                     "Which API of --impl the peers call: rtk (the Rtk calls), rtapi (the "
                     "user-mode Rt calls), rtk-legacy (the older Rtk shape)")
        ->check(CLI::IsMember({"rtk", "rtapi", "rtk-legacy"}))
        ->capture_default_str()
        ->needs(impl_opt);
    run_cmd
        ->add_option("--transport", run.transport,
                     "How peers reach the implementation: process (each peer loads it), "
                     "agent-loopback (each peer's steps run in an agent host that loads it), "
                     "agent-device (in the RtkConfAgent driver; implies --safe)")
        ->check(CLI::IsMember({"process", "agent-loopback", "agent-device"}))
        ->capture_default_str();
    CLI::Option *target_opt = run_cmd->add_option(
        "--target", run.target,
        "A target file (JSON) naming the library, flavour and transport of each peer role, e.g. "
        "a driver through rtk and an application through rtapi (see the README)");
    target_opt->check(CLI::ExistingFile)->excludes(impl_opt);
    impl_opt->excludes(target_opt);
    run_cmd
        ->add_option("--report-dir", run.report_dir,
                     "Where results.json, junit.xml and report.html go")
        ->capture_default_str();
    run_cmd
        ->add_option("--profile", run.profile,
                     "strict: every MUST and SHOULD rule must pass; lenient: only MUST")
        ->check(CLI::IsMember({"strict", "lenient"}))
        ->capture_default_str();
    // run --rules and diff --rules take the same globs, checked alike.
    const CLI::Validator rule_globs([](std::string &globs) { return glob_list_problem(globs); },
                                    "GLOBS");
    run_cmd
        ->add_option("--rules", run.rules,
                     "Only rules whose ID matches one of these comma-separated globs; a glob "
                     "starting with ! leaves its rules out ('SHM-CONC-*,!SHM-CONC-001', or "
                     "'!SHM-CAP-*' for every other rule)")
        ->check(rule_globs);
    run_cmd->add_flag("--safe", run.safe,
                      "Skip every probe that could crash a kernel-mode implementation (wild "
                      "pointers, fabricated handles or instances); each is reported as skip");
    run_cmd->add_flag("--heavy", run.heavy,
                      "Run the heavy rules' full-size rows (objects totalling several times "
                      "the machine's memory, a 4 GiB request): minutes, not seconds; CI runs "
                      "their short rows");
    CLI::Option *timeout =
        run_cmd
            ->add_option("--timeout", run.timeout_seconds,
                         "Seconds one test may take (1200 with --heavy unless given)")
            ->check(CLI::PositiveNumber)
            ->capture_default_str();
    run_cmd
        ->add_option(
            "--jobs", run.jobs,
            "Tests run at the same time (default: twice the cores, at most 8; 2 with --heavy)")
        ->check(CLI::Range(1u, 64u));
    run_cmd
        ->add_option("--repeat", run.repeat,
                     "Run every selected test this many times; a rule fails when any "
                     "repetition fails (for races: --rules 'SHM-CONC-*' --repeat 20)")
        ->check(CLI::Range(1u, 1000u))
        ->capture_default_str();
    run_cmd
        ->add_option("--settle-ms", run.settle_ms,
                     "How long the leak probe waits for a test's objects to go after its "
                     "processes ended (asynchronous cleanup passes)")
        ->check(CLI::Range(0u, 600000u))
        ->capture_default_str();
    run_cmd
        ->add_option("--expect", run.expect,
                     "Failures you declare ahead (JSON: {\"expected_failures\": [{\"rule\": ID, "
                     "\"reason\": TEXT, \"link\": URL}]}): they show as expected fail and do "
                     "not fail the verdict; one that passes fails the run")
        ->check(CLI::ExistingFile);
    run_cmd
        ->add_option("--shard", run.shard,
                     "Run only the K-th of N parts of the selected rules, for N machines that "
                     "share one run: sorted by ID, rule number i (from 0) is in part "
                     "(i mod N) + 1, whatever --jobs or the machine; `report --merge` of the N "
                     "results.json gives the unsharded results")
        ->check(CLI::Validator(
            [](std::string &text) {
                std::string error;
                return parse_shard(text, error) ? std::string() : error;
            },
            "K/N"));
    run_cmd->add_option("--plugin-dir", run.plugin_dir,
                        "Rule plugins (default: <bin>/../lib/rtkconf-plugins)");
    run_cmd->add_option("--fixtures", run.fixture_index,
                        "Which mutants break which rule, for results.json (the project's own: "
                        "<build>/lib/mutants/expectations.json; none by default)");

    std::string format = "md";
    std::filesystem::path list_plugin_dir;
    CLI::App *list_cmd = app.add_subcommand(
        "list-rules",
        "Print the rule catalogue of the loaded plugins (the table in CONFORMANCE.md)");
    list_cmd->add_option("--format", format, "md (Markdown table) or json")
        ->check(CLI::IsMember({"md", "json"}))
        ->capture_default_str();
    list_cmd->add_option("--plugin-dir", list_plugin_dir,
                         "Rule plugins (default: <bin>/../lib/rtkconf-plugins)");
    std::filesystem::path list_fixture_index;
    list_cmd->add_option("--fixtures", list_fixture_index,
                         "Which mutants break which rule, for the \"broken by\" column (the "
                         "project's own: <build>/lib/mutants/expectations.json; none by default)");

    std::vector<std::filesystem::path> merge_inputs;
    std::filesystem::path merge_output, merge_dir;
    CLI::App *report_cmd = app.add_subcommand(
        "report",
        "Merge several results.json: runs of different implementations into one HTML matrix "
        "(-o), or the N shards of one run (run --shard K/N) into that run's results.json, "
        "junit.xml and report.html (--report-dir; exit as run does)");
    report_cmd->add_option("--merge", merge_inputs, "results.json files to merge")
        ->required()
        ->check(CLI::ExistingFile);
    CLI::Option *matrix_out =
        report_cmd->add_option("-o,--output", merge_output, "The matrix HTML file to write");
    report_cmd
        ->add_option("--report-dir", merge_dir,
                     "Where the merged shards' results.json, junit.xml and report.html go")
        ->excludes(matrix_out);

    std::filesystem::path diff_before, diff_after;
    bool diff_content = false;
    std::string diff_rules;
    CLI::App *diff_cmd =
        app.add_subcommand("diff",
                           "Print the rules whose status changed between two results.json "
                           "(exit 0 none changed, 1 some changed, 2 error)");
    CLI::Option *diff_content_opt =
        diff_cmd->add_flag("--content", diff_content,
                           "Compare every field instead, except those any two runs of the same "
                           "build differ in: timings, paths, and the calls, messages, evidence, "
                           "observations and leftover names a run quotes from its own processes "
                           "(e.g. merged shards against an unsharded run)");
    CLI::Option *diff_rules_opt = diff_cmd->add_option(
        "--rules", diff_rules,
        "Compare only the rules these globs select, as run --rules does, and the leak rules "
        "every run has (e.g. a full run against one that left some rules out)");
    diff_rules_opt->check(rule_globs);
    // --content compares the documents' own fields, the rule filter among them.
    diff_rules_opt->excludes(diff_content_opt);
    diff_cmd->add_option("A", diff_before, "The earlier results.json")
        ->required()
        ->check(CLI::ExistingFile);
    diff_cmd->add_option("B", diff_after, "The later results.json")
        ->required()
        ->check(CLI::ExistingFile);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError &e) {
        const int code = app.exit(e);
        return code == 0 ? 0 : 2;  // usage errors are exit 2, as pinned
    }
    try {
        if (*run_cmd) {
            if (run.heavy && timeout->count() == 0)
                run.timeout_seconds = RunOptions::kHeavyTimeoutSeconds;
            return run_command(run);
        }
        if (*list_cmd) return list_rules_command(format, list_plugin_dir, list_fixture_index);
        if (*report_cmd) {
            if (!merge_dir.empty()) return merge_shard_reports(merge_inputs, merge_dir);
            if (!merge_output.empty()) return merge_reports(merge_inputs, merge_output);
            std::cerr << "rtkconf report: give -o FILE.html (a matrix of runs) or --report-dir "
                         "DIR (the shards of one run)\n";
            return 2;
        }
        if (*diff_cmd) return diff_reports(diff_before, diff_after, diff_content, diff_rules);
    } catch (const std::exception &e) {
        std::cerr << "rtkconf: harness error: " << e.what() << "\n";
    }
    return 2;
}
