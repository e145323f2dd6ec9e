/* json_arena.c - jansson's memory for short-lived values, from a block. */
#include "config.h"

#include "base/json_arena.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include <jansson.h>

#include "base/util.h"

/* Under AddressSanitizer the block is poisoned but for what was given
 * out since the last reset, so that a value kept past its reset is
 * reported as a use after free instead of reading recycled bytes. */
#if defined(__SANITIZE_ADDRESS__)
#define ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_ASAN 1
#endif
#endif
#ifdef ARENA_ASAN
#include <sanitizer/asan_interface.h>
#define arena_poison(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define arena_unpoison(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define arena_poison(p, n) ((void)(p), (void)(n))
#define arena_unpoison(p, n) ((void)(p), (void)(n))
#endif

/* Many times what an annotation's tree takes (a few KiB); a value
 * bigger than what is left goes to malloc.  Bigger blocks cost more to
 * get and give back than they save. */
#define ARENA_BLOCK ((size_t)256 * 1024)
#define ARENA_ALIGN ((size_t)16)

static _Thread_local struct json_arena *current;

static void *
arena_malloc(size_t n)
{
	struct json_arena *a = current;
	size_t need = (n + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1);

	if (a == NULL || need < n || need > a->size - a->used)
		return malloc(n);
	a->used += need;
	arena_unpoison(a->block + a->used - need, n);
	return a->block + a->used - need;
}

static void
arena_free(void *p)
{
	struct json_arena *a = current;

	/* Inside the block: taken back at the reset. */
	if (a != NULL && (uintptr_t)p >= (uintptr_t)a->block &&
	    (uintptr_t)p < (uintptr_t)a->block + a->size)
		return;
	free(p);
}

void
json_arena_open(struct json_arena *a)
{
	static bool installed;

	if (!installed) {
		/* Set once, from the first thread to read, before it
		 * starts another; malloc and free stay the fallback, so
		 * values made before this are freed right. */
		json_set_alloc_funcs(arena_malloc, arena_free);
		installed = true;
	}
	a->block = xmalloc(ARENA_BLOCK);
	a->size = ARENA_BLOCK;
	a->used = 0;
	arena_poison(a->block, a->size);
	current = a;
}

void
json_arena_reset(struct json_arena *a)
{
	arena_poison(a->block, a->used);	/* the rest still is */
	a->used = 0;
}

void
json_arena_close(struct json_arena *a)
{
	if (current == a)
		current = NULL;
	arena_unpoison(a->block, a->size);
	free(a->block);
	a->block = NULL;
	a->size = a->used = 0;
}
