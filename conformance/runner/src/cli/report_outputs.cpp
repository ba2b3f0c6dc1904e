#include "report_outputs.h"

#include <fstream>
#include <future>
#include <iostream>
#include <memory>

#include "commands.h"
#include "glob_match.h"
#include "leak_rules.h"
#include "rtkconf/report.h"
#include "rtkconf/results/json.h"
#include "shard_merge.h"

namespace rtkconf::runner {

namespace {

// The documents of `inputs`, or nullopt after saying which one is unusable.
std::optional<std::vector<results::Results>> load_all(
    const std::vector<std::filesystem::path> &inputs, const char *command) {
    std::vector<results::Results> documents;
    for (const auto &path : inputs) {
        std::string error;
        auto doc = results::load_results(path, error);
        if (!doc) {
            std::cerr << "rtkconf " << command << ": " << error << "\n";
            return std::nullopt;
        }
        documents.push_back(std::move(*doc));
    }
    return documents;
}

}  // namespace

std::vector<std::string> write_run_outputs(const results::Results &results,
                                           const std::filesystem::path &dir) {
    // The three are rendered at once: a strict run's documents are 21 MB,
    // a tenth of its wall time when rendered one after another.
    std::vector<std::unique_ptr<report::ResultsWriter>> writers;
    writers.push_back(report::make_json_writer());
    writers.push_back(report::make_junit_writer());
    writers.push_back(report::make_html_report_writer());
    std::vector<std::future<std::optional<std::string>>> written;
    for (const auto &writer : writers) {
        written.push_back(std::async(std::launch::async, [&results, &dir, w = writer.get()] {
            return report::write_file(*w, results, dir / w->default_file_name());
        }));
    }
    std::vector<std::string> errors;
    for (auto &w : written)
        if (auto error = w.get()) errors.push_back(*error);
    return errors;
}

int merge_reports(const std::vector<std::filesystem::path> &inputs,
                  const std::filesystem::path &output) {
    const auto documents = load_all(inputs, "report");
    if (!documents) return 2;
    // The same run twice would look like two implementations agreeing.
    for (std::size_t i = 0; i < inputs.size(); ++i)
        for (std::size_t j = 0; j < i; ++j) {
            std::error_code ec;
            if (std::filesystem::equivalent(inputs[j], inputs[i], ec) ||
                nlohmann::json((*documents)[j]) == nlohmann::json((*documents)[i])) {
                std::cerr << "rtkconf report: " << inputs[i].string() << " is the same results as "
                          << inputs[j].string() << ": give each run once\n";
                return 2;
            }
        }
    std::ofstream out(output, std::ios::binary | std::ios::trunc);
    report::write_merge_matrix(*documents, out);
    if (!out.flush()) {
        std::cerr << "rtkconf report: cannot write " << output.string() << "\n";
        return 2;
    }
    std::cout << "merged " << documents->size() << " results into " << output.string() << "\n";
    return 0;
}

int merge_shard_reports(const std::vector<std::filesystem::path> &inputs,
                        const std::filesystem::path &dir) {
    auto documents = load_all(inputs, "report");
    if (!documents) return 2;
    std::string error;
    const auto merged = merge_shards(std::move(*documents), error);
    if (!merged) {
        std::cerr << "rtkconf report: " << error << "\n";
        return 2;
    }
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) {
        std::cerr << "rtkconf report: cannot create " << dir.string() << ": " << ec.message()
                  << "\n";
        return 2;
    }
    const std::vector<std::string> write_errors = write_run_outputs(*merged, dir);
    for (const std::string &e : write_errors) std::cerr << "rtkconf report: " << e << "\n";
    if (!write_errors.empty()) return 2;
    std::cout << "merged " << inputs.size() << " shards (" << merged->rules.size()
              << " rules) into " << (dir / "results.json").string() << ": "
              << to_string(merged->verdict) << "\n";
    return verdict_exit_code(merged->verdict);
}

int diff_reports(const std::filesystem::path &before, const std::filesystem::path &after,
                 bool content, const std::string &rule_globs) {
    auto documents = load_all({before, after}, "diff");
    if (!documents) return 2;
    if (!rule_globs.empty()) {
        // Two runs of different selections are compared on what the globs
        // select, as `run --rules` selects: the leak rules, which every run
        // has whatever its --rules, stay. What was left out is said.
        const std::filesystem::path *paths[] = {&before, &after};
        bool any_selected = false;
        for (std::size_t k = 0; k < documents->size(); ++k) {
            results::Results &doc = (*documents)[k];
            const std::size_t all = doc.rules.size();
            std::erase_if(doc.rules, [&](const results::Rule &rule) {
                if (is_leak_rule(rule.id)) return false;
                const bool selected = matches_any(rule_globs, rule.id);
                any_selected = any_selected || selected;
                return !selected;
            });
            if (doc.rules.size() != all)
                std::cout << "compared " << doc.rules.size() << " of the " << all << " rules of "
                          << paths[k]->string() << ": those --rules '" << rule_globs
                          << "' selects\n";
        }
        if (!any_selected) {
            std::cerr << "rtkconf diff: --rules '" << rule_globs
                      << "' selects no rule of either run\n";
            return 2;
        }
    }
    const auto &a = (*documents)[0], &b = (*documents)[1];
    if (!content) {
        const report::ResultsDiff d = report::diff(a, b);
        std::cout << report::render_diff_text(d);
        return report::diff_exit_code(d);
    }
    const std::vector<std::string> differences = report::content_differences(a, b);
    for (const std::string &d : differences) std::cout << d << "\n";
    if (differences.empty())
        std::cout << "the two documents agree in every field compared (timings, paths and "
                     "per-run text left out)\n";
    else
        std::cout << differences.size() << " field(s) differ\n";
    return differences.empty() ? 0 : 1;
}

}  // namespace rtkconf::runner
