// The strict suite's wall time as one more benchmark (see
// strict_suite_bench.cpp).
#pragma once

namespace rtkbench {

// Registers it when rtkconf sits beside this program (argv0's folder).
void register_strict_suite(const char *argv0);

}  // namespace rtkbench
