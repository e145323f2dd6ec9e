/* dates.h - recognise calendar dates written in text or metadata. */
#ifndef GALLEY_DATES_H
#define GALLEY_DATES_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

/* Finds the first full date (year, month and day) in s[0..n) and writes it
 * as YYYY-MM-DD into iso (11 bytes).  Understands ISO 8601, "May 10, 2025",
 * "10 May 2025", "Wednesday, December 17, 2025", "2025/05/10" and
 * "10.05.2025" (day first).  When found, *at and *len give its byte span. */
bool date_find(const char *s, size_t n, char iso[11], size_t *at, size_t *len);

/* Month number 1..12 for an English month name or abbreviation at s, with
 * its length in *len; 0 when there is none. */
int date_month_name(const char *s, size_t n, size_t *len);

/* An RFC 3339 time, YYYY-MM-DD[Thh:mm[:ss[.fff...]]][Z|+hh:mm|-hh:mm|
 * +hhmm] (no zone: UTC), as seconds since the epoch and milliseconds;
 * false when t is not one, whole. */
bool date_parse_utc(const char *t, time_t *secs, int *ms);

/* Whether t is an RFC 3339 date-time, whole, that exists:
 * YYYY-MM-DDThh:mm:ss[.f...] and Z or +hh:mm/-hh:mm (the "date-time" of
 * the W3C model's created and modified). */
bool date_is_rfc3339(const char *t);

/* a before b (< 0), at the same time (0) or after (> 0): as instants
 * when both are RFC 3339 times (2026-12-06T01:30:00+02:00 is before
 * 2026-12-06T00:00:00.000Z), else as strings. */
int date_time_cmp(const char *a, const char *b);

/* secs and ms as galley writes times: YYYY-MM-DDThh:mm:ss.fffZ, 24
 * characters and a NUL in out.  Such times, all in UTC with the same
 * width, compare as strings in time order. */
void date_utc_stamp(time_t secs, int ms, char out[25]);

#endif
