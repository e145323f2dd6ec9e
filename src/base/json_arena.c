/* json_arena.c - jansson's memory for short-lived values, from a block. */
#include "config.h"

#include "base/json_arena.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include <jansson.h>

#include "base/util.h"

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
	current = a;
}

void
json_arena_reset(struct json_arena *a)
{
	a->used = 0;
}

void
json_arena_close(struct json_arena *a)
{
	if (current == a)
		current = NULL;
	free(a->block);
	a->block = NULL;
	a->size = a->used = 0;
}
