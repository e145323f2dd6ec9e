/* Unit tests for json_arena: jansson values made while an arena is open
 * come from its block and are taken back by a reset; values made before
 * it, or too big for it, are malloc's and freed right while it is open
 * and after (AddressSanitizer checks the frees). */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "base/json_arena.h"

#if defined(__SANITIZE_ADDRESS__)
#define TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TEST_ASAN 1
#endif
#endif
#ifdef TEST_ASAN
#include <sanitizer/asan_interface.h>
#endif

static bool
inside(const struct json_arena *a, const void *p)
{
	return (uintptr_t)p >= (uintptr_t)a->block &&
	    (uintptr_t)p < (uintptr_t)a->block + a->size;
}

static void
test_block(void **state)
{
	json_t *before = json_string("made before"), *v;
	struct json_arena a;
	size_t used;

	(void)state;
	json_arena_open(&a);
	v = json_loads("{\"id\": \"urn:x\", \"n\": [1, 2, 3]}", 0, NULL);
	assert_non_null(v);
	assert_true(inside(&a, v));
	assert_true(inside(&a, json_string_value(json_object_get(v, "id"))));
	assert_string_equal(json_string_value(json_object_get(v, "id")),
	    "urn:x");
	used = a.used;
	assert_true(used > 0);
#ifdef TEST_ASAN
	const void *kept = v;

	assert_false(__asan_address_is_poisoned(kept));
#endif
	json_decref(v);
	assert_int_equal(a.used, used);	/* freeing there is nothing */
	json_arena_reset(&a);
	assert_int_equal(a.used, 0);
#ifdef TEST_ASAN
	/* A value kept past the reset is a use after free to ASan. */
	assert_true(__asan_address_is_poisoned(kept));
#endif
	/* A value from malloc, dropped while the arena is open. */
	assert_false(inside(&a, before));
	json_decref(before);
	json_arena_close(&a);
	assert_null(a.block);
	/* Closed: malloc again, and values live on. */
	v = json_string("after");
	assert_string_equal(json_string_value(v), "after");
	json_decref(v);
}

static void
test_too_big(void **state)
{
	struct json_arena a;
	size_t n = 3 * 1024 * 1024;
	char *big = malloc(n + 3);
	json_t *v, *small;

	(void)state;
	memset(big, 'x', n + 2);
	big[0] = big[n + 1] = '"';
	big[n + 2] = '\0';
	json_arena_open(&a);
	small = json_integer(7);
	v = json_loads(big, JSON_DECODE_ANY, NULL);
	assert_non_null(v);
	assert_false(inside(&a, json_string_value(v)));
	assert_int_equal(json_string_length(v), n);
	json_decref(v);
	assert_true(inside(&a, small));
	json_decref(small);
	json_arena_close(&a);
	free(big);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_block),
		cmocka_unit_test(test_too_big),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
