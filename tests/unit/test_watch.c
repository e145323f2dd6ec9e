/* The sidecar watch's choice of sources (session/watch.h): what a tick
 * costs (one stat per source picked) does not grow with the sources
 * loaded, and every source is still looked at in turn. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "session/watch.h"

/* The stats a tick costs with n sources loaded and those on show. */
static size_t
tick_cost(size_t n, const size_t *shown, size_t nshown)
{
	struct watch_turn t = { 0 };
	size_t pick[64 + WATCH_SPREAD];

	return watch_pick(&t, n, shown, nshown, pick);
}

static void
test_cost_does_not_grow(void **state)
{
	const size_t shown[] = { 3, 3, 4, 9 };

	(void)state;
	assert_int_equal(tick_cost(20, shown, 4), 3 + WATCH_SPREAD);
	assert_int_equal(tick_cost(500, shown, 4), 3 + WATCH_SPREAD);
	assert_int_equal(tick_cost(100000, shown, 4), 3 + WATCH_SPREAD);
	/* Fewer sources than the spread: each once. */
	assert_int_equal(tick_cost(2, NULL, 0), 2);
	assert_int_equal(tick_cost(0, NULL, 0), 0);
}

static void
test_shown_every_tick(void **state)
{
	struct watch_turn t = { 0 };
	const size_t shown[] = { 250, 7 };
	size_t pick[2 + WATCH_SPREAD], n;

	(void)state;
	for (int tick = 0; tick < 50; tick++) {
		n = watch_pick(&t, 300, shown, 2, pick);
		assert_int_equal(n, 2 + WATCH_SPREAD);
		assert_int_equal(pick[0], 250);
		assert_int_equal(pick[1], 7);
		for (size_t i = 2; i < n; i++)
			assert_true(pick[i] != 250 && pick[i] != 7);
	}
}

/* Off screen, every source comes round within n / WATCH_SPREAD ticks
 * (a change there is found without it coming on show). */
static void
test_every_source_in_turn(void **state)
{
	enum { N = 301 };
	struct watch_turn t = { 0 };
	const size_t shown[] = { 5 };
	size_t pick[1 + WATCH_SPREAD], ticks = (N - 1 + WATCH_SPREAD - 1) /
	    WATCH_SPREAD;
	bool seen[N] = { false };

	(void)state;
	for (size_t tick = 0; tick < ticks; tick++) {
		size_t n = watch_pick(&t, N, shown, 1, pick);

		for (size_t i = 0; i < n; i++)
			seen[pick[i]] = true;
	}
	for (size_t f = 0; f < N; f++)
		assert_true(seen[f]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cost_does_not_grow),
		cmocka_unit_test(test_shown_every_tick),
		cmocka_unit_test(test_every_source_in_turn),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
