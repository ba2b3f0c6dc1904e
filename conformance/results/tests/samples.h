// The sample documents of tests/data/, as JSON.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

namespace rtkconf::results::testing {

inline nlohmann::json sample(const std::string &file_name) {
    std::ifstream in(std::filesystem::path(RTKCONF_RESULTS_SAMPLES) / file_name, std::ios::binary);
    return nlohmann::json::parse(in);
}

inline constexpr const char *kSamples[] = {"reference_linux.json", "mutant_linux.json",
                                           "reference_wine.json"};

}  // namespace rtkconf::results::testing
