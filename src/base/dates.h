/* dates.h - recognise calendar dates written in text or metadata. */
#ifndef GALLEY_DATES_H
#define GALLEY_DATES_H

#include <stdbool.h>
#include <stddef.h>

/* Finds the first full date (year, month and day) in s[0..n) and writes it
 * as YYYY-MM-DD into iso (11 bytes).  Understands ISO 8601, "May 10, 2025",
 * "10 May 2025", "Wednesday, December 17, 2025", "2025/05/10" and
 * "10.05.2025" (day first).  When found, *at and *len give its byte span. */
bool date_find(const char *s, size_t n, char iso[11], size_t *at, size_t *len);

/* Month number 1..12 for an English month name or abbreviation at s, with
 * its length in *len; 0 when there is none. */
int date_month_name(const char *s, size_t n, size_t *len);

#endif
