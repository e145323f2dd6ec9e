/* watch.h - which sources' sidecars the reader looks at, one stat each,
 * on an idle tick (about once a second).
 *
 * The sources on show are looked at on every tick; the others in turn,
 * WATCH_SPREAD a tick.  So a tick costs at most the sources on show
 * plus WATCH_SPREAD stats however many sources are loaded (hundreds of
 * stats a second would be felt over a slow NFS or SSH-mounted home),
 * and a change to a source off screen is still found: at the latest
 * after n / WATCH_SPREAD ticks, at once when it comes on show. */
#ifndef GALLEY_SESSION_WATCH_H
#define GALLEY_SESSION_WATCH_H

#include <stddef.h>

/* Sources off screen looked at a tick. */
#define WATCH_SPREAD 4

/* Where the turn of the sources off screen is. */
struct watch_turn {
	size_t next;
};

/* Fills pick (room for nshown + WATCH_SPREAD) with the sources of n to
 * look at this tick: those in shown[0..nshown) (indices below n, once
 * each however often given), then up to WATCH_SPREAD others in turn
 * from t->next on.  Returns how many. */
size_t watch_pick(struct watch_turn *t, size_t n, const size_t *shown,
    size_t nshown, size_t *pick);

#endif
