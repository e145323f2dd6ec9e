/* thread.c - worker threads that leave signals to the main thread. */
#include "config.h"

#include <signal.h>

#include "base/thread.h"

int
thread_start(pthread_t *t, void *(*fn)(void *), void *arg)
{
	sigset_t all, old;
	int rc;

	/* A new thread inherits its creator's mask: block everything
	 * around the creation and give the creator its mask back. */
	sigfillset(&all);
	/* A fault in the worker is its own: blocked, POSIX leaves it
	 * undefined. */
	sigdelset(&all, SIGSEGV);
	sigdelset(&all, SIGBUS);
	sigdelset(&all, SIGFPE);
	sigdelset(&all, SIGILL);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	rc = pthread_create(t, NULL, fn, arg);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	return rc;
}
