/* json_arena.h - jansson's memory for short-lived values, from a block.
 *
 * A big sidecar is decoded one annotation at a time, and each one's
 * jansson tree (dozens of small objects, strings and hash tables) is
 * converted and dropped at once: malloc and free of those pieces cost
 * about a quarter of the reading.  While a thread has an arena open,
 * jansson allocates from it by bumping a pointer, freeing there is
 * nothing, and json_arena_reset takes it all back when no value from it
 * is alive any more.  What does not fit, and what any thread allocates
 * without an arena open, goes to malloc and free as before; so values
 * made elsewhere are unaffected, but no value made inside an arena may
 * be kept past its reset or close. */
#ifndef GALLEY_JSON_ARENA_H
#define GALLEY_JSON_ARENA_H

#include <stddef.h>

struct json_arena {
	char *block;
	size_t size, used;
};

/* Opens an arena for this thread (one at a time per thread); the first
 * one makes jansson allocate through json_arena, before any thread
 * starts. */
void json_arena_open(struct json_arena *a);

/* Takes back all it gave: every value from it is dropped. */
void json_arena_reset(struct json_arena *a);

/* Resets and closes it; this thread allocates from malloc again. */
void json_arena_close(struct json_arena *a);

#endif
