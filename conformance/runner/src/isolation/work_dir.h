// A private scratch directory for one runner invocation (child reports,
// child logs, probe results), removed when the runner is done.
#pragma once

#include <filesystem>
#include <string>

namespace rtkconf::runner {

class WorkDir {
  public:
    WorkDir();   // throws std::filesystem::filesystem_error when it cannot
    ~WorkDir();  // removes the directory and everything in it
    WorkDir(const WorkDir &) = delete;
    WorkDir &operator=(const WorkDir &) = delete;
    const std::filesystem::path &path() const { return path_; }

  private:
    std::filesystem::path path_;
};

// "rtkconf.<pid>.<8 random hex>.": names of concurrent runs never collide.
std::string unique_run_prefix();

}  // namespace rtkconf::runner
