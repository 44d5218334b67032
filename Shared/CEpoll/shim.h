#ifndef TALENTS_CEPOLL_SHIM_H
#define TALENTS_CEPOLL_SHIM_H
#include <sys/epoll.h>
#include <sys/eventfd.h>
#endif
