/* Unit tests for thread_start: the worker has every signal the reader
 * handles blocked, and its creator's mask is as it was. */
#include "config.h"

#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "base/thread.h"

static void *
record_mask(void *arg)
{
	pthread_sigmask(SIG_BLOCK, NULL, arg);
	return NULL;
}

static void
test_worker_blocks_signals(void **state)
{
	static const int sigs[] = { SIGWINCH, SIGINT, SIGTERM, SIGHUP,
	    SIGTSTP, SIGCONT };
	sigset_t seen;
	pthread_t t;

	(void)state;
	sigemptyset(&seen);
	assert_int_equal(thread_start(&t, record_mask, &seen), 0);
	assert_int_equal(pthread_join(t, NULL), 0);
	for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		assert_true(sigismember(&seen, sigs[i]));
	/* Faults are not blocked: one in the worker must end it. */
	assert_false(sigismember(&seen, SIGSEGV));
	assert_false(sigismember(&seen, SIGBUS));
	assert_false(sigismember(&seen, SIGFPE));
	assert_false(sigismember(&seen, SIGILL));
}

static void
test_creator_mask_kept(void **state)
{
	sigset_t before, after, one;
	pthread_t t;
	sigset_t seen;

	(void)state;
	sigemptyset(&one);
	sigaddset(&one, SIGUSR1);
	pthread_sigmask(SIG_SETMASK, &one, &before);
	assert_int_equal(thread_start(&t, record_mask, &seen), 0);
	assert_int_equal(pthread_join(t, NULL), 0);
	pthread_sigmask(SIG_BLOCK, NULL, &after);
	assert_true(sigismember(&after, SIGUSR1));
	assert_false(sigismember(&after, SIGWINCH));
	assert_false(sigismember(&after, SIGINT));
	pthread_sigmask(SIG_SETMASK, &before, NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_worker_blocks_signals),
		cmocka_unit_test(test_creator_mask_kept),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
