// The worker's confinement, applied before the plugin library is opened.
#pragma once

#include <cstdint>
#include <string>

namespace factcheck::worker {

struct Limits {
  std::uint64_t memory_mb = 0;    // address space; 0: none
  std::uint64_t cpu_seconds = 0;  // RLIMIT_CPU; 0: none
};

// No new privileges, resource limits (address space, CPU, 64 open files, no core dumps) and,
// where libseccomp is available, a system-call filter that refuses sockets, running programs,
// tracing, and opening or changing files for writing (EPERM). Returns "" or what failed.
std::string confine(const Limits& limits);

}  // namespace factcheck::worker
