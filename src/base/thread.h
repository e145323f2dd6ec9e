/* thread.h - worker threads that leave signals to the main thread. */
#ifndef GALLEY_THREAD_H
#define GALLEY_THREAD_H

#include <pthread.h>

/* pthread_create with every signal but the faults (SIGSEGV, SIGBUS,
 * SIGFPE, SIGILL) blocked in the new thread.  The reader's handlers
 * only set flags that its main loop looks at after a read; a SIGWINCH
 * or SIGINT delivered to a worker (a big sidecar read or written in two
 * threads) would interrupt no read there, and the main thread, blocked
 * in getch, would not wake up for it.  Returns pthread_create's
 * result. */
int thread_start(pthread_t *t, void *(*fn)(void *), void *arg);

#endif
