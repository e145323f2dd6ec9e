/* contraction.c - standard English contractions. */
#include "config.h"

#include "proof/contraction.h"

#include <string.h>
#include <strings.h>

/* Each host with the endings it takes after its apostrophe, as grammar
 * has them (he'd, they're; not he're): the personal and indefinite
 * pronouns, the wh-words, there and here, the demonstratives.  Compiled
 * for galley from standard English grammar; SCOWL's contraction lists
 * (english-contractions, sizes 35 to 95) hold every one of these forms
 * that writers use. */
#define SINGULAR "ll d"
#define PLURAL "ll d ve re"

static const struct host {
	const char *word;
	const char *endings;	/* space-separated */
} hosts[] = {
	{ "i", "m ll d ve" },
	{ "you", PLURAL }, { "we", PLURAL }, { "they", PLURAL },
	{ "he", SINGULAR }, { "she", SINGULAR }, { "it", SINGULAR },
	{ "one", SINGULAR },
	{ "who", PLURAL }, { "what", PLURAL }, { "where", PLURAL },
	{ "when", PLURAL }, { "why", PLURAL }, { "how", PLURAL },
	{ "which", PLURAL },
	{ "there", PLURAL }, { "here", PLURAL },
	{ "that", SINGULAR }, { "this", SINGULAR },
	{ "these", PLURAL }, { "those", PLURAL },
	{ "everyone", SINGULAR }, { "everybody", SINGULAR },
	{ "someone", SINGULAR }, { "somebody", SINGULAR },
	{ "anyone", SINGULAR }, { "anybody", SINGULAR },
	{ "nobody", SINGULAR },
};

/* Whether ending (in any case) is one of the words of endings. */
static bool
takes(const char *endings, const char *ending)
{
	size_t n = strlen(ending);

	while (*endings != '\0') {
		size_t k = strcspn(endings, " ");

		if (k == n && strncasecmp(endings, ending, n) == 0)
			return true;
		endings += k + (endings[k] == ' ');
	}
	return false;
}

/* The host of contraction w, or NULL. */
static const struct host *
host_of(const char *w)
{
	const char *apos = strchr(w, '\'');
	size_t n;

	if (apos == NULL || apos == w || apos[1] == '\0' ||
	    strchr(apos + 1, '\'') != NULL)
		return NULL;
	n = (size_t)(apos - w);
	for (size_t i = 0; i < sizeof hosts / sizeof *hosts; i++)
		if (strlen(hosts[i].word) == n &&
		    strncasecmp(hosts[i].word, w, n) == 0 &&
		    takes(hosts[i].endings, apos + 1))
			return &hosts[i];
	return NULL;
}

bool
contraction_is_standard(const char *w)
{
	return host_of(w) != NULL;
}

bool
contraction_lower_i(const char *w)
{
	const struct host *h = host_of(w);

	return h != NULL && w[0] == 'i' && strcmp(h->word, "i") == 0;
}
