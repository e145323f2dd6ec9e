/* Unit tests for winch.c: a resize signal that came when no read was
 * running makes the next read not wait, until a read that looked at
 * curses' resize flag has begun after it. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "ui/winch.h"

/* Reads see no resize: blocking reads stay blocking. */
static void
test_no_signal_keeps_the_delay(void **state)
{
	(void)state;
	assert_int_equal(winch_read_delay(-1), -1);
	winch_read_done(false);		/* a key */
	assert_int_equal(winch_read_delay(-1), -1);
	winch_read_done(true);
	assert_int_equal(winch_read_delay(250), 250);
	winch_read_done(true);
}

/* The failure seen in list-header.sh: the signal comes during a draw,
 * the read that follows returns a key (Tab) without looking at the
 * flag; the read after must not block. */
static void
test_signal_between_reads_is_not_left_to_a_key(void **state)
{
	(void)state;
	winch_note();			/* during the draw */
	assert_int_equal(winch_read_delay(-1), 0);
	winch_read_done(false);		/* Tab came back, flag not looked at */
	assert_int_equal(winch_read_delay(-1), 0);
	winch_read_done(true);		/* KEY_RESIZE */
	assert_int_equal(winch_read_delay(-1), -1);
	winch_read_done(true);
}

/* A signal during the read that looked may have come after curses
 * looked: it is not taken as seen. */
static void
test_signal_during_the_looking_read_stays_unseen(void **state)
{
	(void)state;
	winch_note();
	assert_int_equal(winch_read_delay(-1), 0);
	winch_note();			/* while that read runs */
	winch_read_done(true);
	assert_int_equal(winch_read_delay(-1), 0);
	winch_read_done(true);
	assert_int_equal(winch_read_delay(-1), -1);
	winch_read_done(true);
}

/* Many signals: one looking read sees them all. */
static void
test_many_signals_one_look(void **state)
{
	(void)state;
	for (int i = 0; i < 1000; i++)
		winch_note();
	assert_int_equal(winch_read_delay(-1), 0);
	winch_read_done(true);
	assert_int_equal(winch_read_delay(-1), -1);
	winch_read_done(true);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_no_signal_keeps_the_delay),
		cmocka_unit_test(test_signal_between_reads_is_not_left_to_a_key),
		cmocka_unit_test(test_signal_during_the_looking_read_stays_unseen),
		cmocka_unit_test(test_many_signals_one_look),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
