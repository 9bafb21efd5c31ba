#include "sandbox.hpp"

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/resource.h>

#include <cerrno>
#include <cstring>
#include <initializer_list>

#ifdef FACTCHECK_HAVE_SECCOMP
#include <seccomp.h>
#endif

namespace factcheck::worker {
namespace {

std::string set_limit(int resource, rlim_t soft, rlim_t hard, const char* what) {
  const rlimit limit{soft, hard};
  if (::setrlimit(resource, &limit) != 0)
    return std::string("setrlimit ") + what + ": " + std::strerror(errno);
  return {};
}

#ifdef FACTCHECK_HAVE_SECCOMP
std::string install_filter() {
  scmp_filter_ctx filter = seccomp_init(SCMP_ACT_ALLOW);
  if (filter == nullptr) return "seccomp_init failed";
  const uint32_t deny = SCMP_ACT_ERRNO(EPERM);
  int failed = 0;
  for (const int call : {SCMP_SYS(socket),    SCMP_SYS(connect),  SCMP_SYS(bind),
                         SCMP_SYS(listen),    SCMP_SYS(accept),   SCMP_SYS(accept4),
                         SCMP_SYS(execve),    SCMP_SYS(execveat), SCMP_SYS(ptrace),
                         SCMP_SYS(creat),     SCMP_SYS(truncate), SCMP_SYS(unlink),
                         SCMP_SYS(unlinkat),  SCMP_SYS(rename),   SCMP_SYS(renameat),
                         SCMP_SYS(renameat2), SCMP_SYS(mkdir),    SCMP_SYS(mkdirat),
                         SCMP_SYS(rmdir),     SCMP_SYS(symlink),  SCMP_SYS(symlinkat),
                         SCMP_SYS(link),      SCMP_SYS(linkat),   SCMP_SYS(chmod),
                         SCMP_SYS(fchmodat),  SCMP_SYS(chown),    SCMP_SYS(fchownat),
                         SCMP_SYS(lchown),    SCMP_SYS(openat2),  SCMP_SYS(open_by_handle_at)}) {
    failed |= seccomp_rule_add(filter, deny, call, 0);
  }
  // open and openat with any flag that writes, creates or truncates.
  for (const scmp_datum_t flag : {O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, O_APPEND}) {
    failed |= seccomp_rule_add(filter, deny, SCMP_SYS(open), 1, SCMP_A1(SCMP_CMP_MASKED_EQ, flag, flag));
    failed |= seccomp_rule_add(filter, deny, SCMP_SYS(openat), 1, SCMP_A2(SCMP_CMP_MASKED_EQ, flag, flag));
  }
  if (failed == 0) failed = seccomp_load(filter);
  seccomp_release(filter);
  return failed == 0 ? std::string() : "seccomp filter: " + std::string(std::strerror(-failed));
}
#endif

}  // namespace

std::string confine(const Limits& limits) {
  if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
    return std::string("no_new_privs: ") + std::strerror(errno);
  std::string error = set_limit(RLIMIT_CORE, 0, 0, "core");
  if (error.empty()) error = set_limit(RLIMIT_NOFILE, 64, 64, "files");
  if (error.empty() && limits.cpu_seconds > 0) {
    error = set_limit(RLIMIT_CPU, limits.cpu_seconds, limits.cpu_seconds + 5, "cpu");
  }
#if !defined(__SANITIZE_ADDRESS__)
  // AddressSanitizer reserves terabytes of shadow memory: no address-space cap under it.
  if (error.empty() && limits.memory_mb > 0) {
    const rlim_t bytes = static_cast<rlim_t>(limits.memory_mb) << 20U;
    error = set_limit(RLIMIT_AS, bytes, bytes, "address space");
  }
#endif
#ifdef FACTCHECK_HAVE_SECCOMP
  if (error.empty()) error = install_filter();
#endif
  return error;
}

}  // namespace factcheck::worker
