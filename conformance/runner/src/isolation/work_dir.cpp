#include "work_dir.h"

#include <cstdio>
#include <random>
#include <system_error>

#include "host_platform.h"

namespace rtkconf::runner {
namespace {

std::string random_hex() {
    std::random_device device;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%08x", static_cast<unsigned>(device()));
    return buf;
}

}  // namespace

std::string unique_run_prefix() {
    return "rtkconf." + std::to_string(current_process_id()) + "." + random_hex() + ".";
}

WorkDir::WorkDir()
    : path_(std::filesystem::temp_directory_path() /
            ("rtkconf-" + std::to_string(current_process_id()) + "-" + random_hex())) {
    std::filesystem::create_directories(path_);
}

WorkDir::~WorkDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

}  // namespace rtkconf::runner
