/* calendar.c - month and day names and their near misses. */
#include "config.h"

#include "proof/calendar.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/util.h"
#include "proof/lookalike.h"

static const char *const names[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
	"Sunday", NULL
};

/* The month or day name w[0, n) is, in any case; NULL for none. */
static const char *
calendar_name(const char *w, size_t n)
{
	for (size_t i = 0; names[i]; i++)
		if (strlen(names[i]) == n && strncasecmp(names[i], w, n) == 0)
			return names[i];
	return NULL;
}

static bool
is_calendar_name(void *arg, const char *w, size_t n)
{
	(void)arg;
	return calendar_name(w, n) != NULL;
}

char *
calendar_near_miss(const char *word)
{
	size_t n = strlen(word);
	char *found, *fix;

	if (n < CALENDAR_MIN || calendar_name(word, n) != NULL ||
	    (found = lookalike_find(word, n, is_calendar_name, NULL)) == NULL)
		return NULL;
	fix = xstrdup(calendar_name(found, strlen(found)));
	free(found);
	return fix;
}
