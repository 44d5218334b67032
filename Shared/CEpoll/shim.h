#ifndef TALENTS_CEPOLL_SHIM_H
#define TALENTS_CEPOLL_SHIM_H
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

// accept4 and pthread_setname_np are GNU extensions that `import Glibc` does not declare
// (and defining _GNU_SOURCE here would clash with the Glibc module), so reach them
// through the system call and prctl.

/// accept4(2) without a peer address.
static inline int cepoll_accept4(int fd, int flags) {
    return (int)syscall(SYS_accept4, fd, 0, 0, flags);
}

/// Names the calling thread (shown by top, perf and gdb); at most 15 bytes are kept.
static inline void cepoll_name_current_thread(const char *name) {
    prctl(PR_SET_NAME, name, 0, 0, 0);
}

/// Bytes of a TCP socket's send queue the peer has not acknowledged (SIOCOUTQ, tcp(7)): output
/// the kernel accepted but the client did not take; -1 on error. (ioctl is variadic: Swift
/// cannot call it.)
static inline int cepoll_unacknowledged_bytes(int fd) {
    int count = 0;
    return ioctl(fd, TIOCOUTQ, &count) == 0 ? count : -1;
}
#endif
