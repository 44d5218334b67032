#ifndef TALENTS_CSQLITE_SHIM_H
#define TALENTS_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
