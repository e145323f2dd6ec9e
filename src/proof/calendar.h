/* calendar.h - the names of the months and the days of the week: a closed
 * set, so a capitalised word one slip from one of them (Febuary,
 * Wendesday) is a misspelling of it, not a name of its own, whatever
 * the document says elsewhere. */
#ifndef GALLEY_CALENDAR_H
#define GALLEY_CALENDAR_H

/* The month or day name (February) that word, capitalised and unknown to
 * the dictionaries, is one slip from (a letter dropped, added or
 * changed, two neighbours swapped; never its first letter, lookalike.h),
 * as a new string (February, for FEBUARY too); NULL when there
 * is none or word is shorter than CALENDAR_MIN letters (Mya, Jun are
 * names and abbreviations). */
char *calendar_near_miss(const char *word);

#define CALENDAR_MIN 5

#endif
