// SHA-256 of a file, to identify the implementation a report speaks of.
// Self-contained (FIPS 180-4), so the Windows cross build needs no crypto
// library.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace rtkconf::runner {

std::string sha256_hex(std::string_view data);
std::optional<std::string> sha256_file_hex(const std::filesystem::path &path);

}  // namespace rtkconf::runner
