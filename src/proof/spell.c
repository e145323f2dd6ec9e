/* spell.c - Hunspell dictionaries, one or several at once. */
#include "config.h"

#include "proof/spell.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <hunspell/hunspell.h>

#include "base/util.h"
#include "proof/nosuggest.h"

struct speller {
	Hunhandle **dicts;
	char **bases;		/* each dictionary's path less .aff/.dic */
	struct nosuggest **marked;	/* loaded on first use; NULL before */
	size_t n;
};

/* Where hunspell(1) looks after $DICPATH. */
#define SYSTEM_DIRS "/usr/share/hunspell:/usr/share/myspell:" \
	"/usr/share/myspell/dicts:/usr/local/share/hunspell"

/* The directories to search, colon-separated (empty fields are skipped):
 * $DICPATH, then $GALLEY_DICT_DIRS when it is set, even empty, else the
 * system's.  GALLEY_DICT_DIRS makes a run independent of what the machine
 * has installed (tests, reproducible CI). */
static char *
search_path(void)
{
	const char *env = getenv("DICPATH"), *dirs = getenv("GALLEY_DICT_DIRS");

	return xasprintf("%s:%s", env ? env : "", dirs ? dirs : SYSTEM_DIRS);
}

static bool
has_aff(const char *base)
{
	char *path = xasprintf("%s.aff", base);
	bool ok = access(path, R_OK) == 0;

	free(path);
	return ok;
}

/* Finds NAME.aff and NAME.dic; returns the path without extension. */
static char *
find_dictionary(const char *name)
{
	char *dirs, *save = NULL, *found = NULL;

	if (strchr(name, '/') != NULL)
		return has_aff(name) ? xstrdup(name) : NULL;
	dirs = search_path();
	for (char *dir = strtok_r(dirs, ":", &save); dir != NULL &&
	    found == NULL; dir = strtok_r(NULL, ":", &save)) {
		found = xasprintf("%s/%s", dir, name);
		if (!has_aff(found)) {
			free(found);
			found = NULL;
		}
	}
	free(dirs);
	return found;
}

/* en_US -> hunspell-en-us, the Debian package that ships it. */
static char *
package_for(const char *name)
{
	char *p = xasprintf("hunspell-%s", name);

	for (char *q = p; *q; q++) {
		if (*q == '_')
			*q = '-';
		else if (*q >= 'A' && *q <= 'Z')
			*q = (char)(*q - 'A' + 'a');
	}
	return p;
}

/* Why name cannot be used: where it was looked for and what to
 * install. */
static char *
not_found(const char *name)
{
	char *dirs, *pkg, *cause, *save = NULL;
	struct buf where;

	if (strchr(name, '/') != NULL)
		return xasprintf("dictionary '%s' not found (no file %s.aff)",
		    name, name);
	buf_init(&where);
	dirs = search_path();
	for (char *dir = strtok_r(dirs, ":", &save); dir != NULL;
	    dir = strtok_r(NULL, ":", &save))
		buf_printf(&where, "%s%s", where.len ? ", " : "looked in ", dir);
	pkg = package_for(name);
	cause = xasprintf("dictionary '%s' not found (%s); install it, for "
	    "example: apt-get install %s", name,
	    where.len ? where.data : "no directory to look in", pkg);
	free(pkg);
	free(dirs);
	buf_free(&where);
	return cause;
}

const char *
speller_default(void)
{
	static char name[16];
	const char *vars[] = { "LC_ALL", "LC_MESSAGES", "LANG", NULL };

	for (size_t i = 0; vars[i]; i++) {
		const char *v = getenv(vars[i]);
		size_t n = 0;
		char *path;

		if (v == NULL || *v == '\0')
			continue;
		while (n < sizeof name - 1 && v[n] && v[n] != '.' &&
		    v[n] != '@')
			n++;
		memcpy(name, v, n);
		name[n] = '\0';
		if (n < 2 || strcmp(name, "C") == 0 ||
		    strcmp(name, "POSIX") == 0)
			break;
		if ((path = find_dictionary(name)) != NULL) {
			free(path);
			return name;
		}
		break;
	}
	return "en_US";
}

/* Why dictionary name's files aff and dic cannot be given to Hunspell,
 * or NULL: one that is there but is no regular file (a FIFO would hang
 * its fopen, a directory fail it without a word).  A missing .dic is
 * left to Hunspell, as before. */
static char *
not_regular(const char *name, const char *aff, const char *dic)
{
	const char *files[] = { aff, dic };
	struct stat st;

	for (size_t i = 0; i < 2; i++)
		if (stat(files[i], &st) == 0 && !S_ISREG(st.st_mode))
			return xasprintf("dictionary '%s': %s: not a regular "
			    "file", name, files[i]);
	return NULL;
}

struct speller *
speller_open(const char *names, char **cause)
{
	struct speller *sp = xcalloc(1, sizeof *sp);
	char *list = xstrdup(names ? names : speller_default()), *save = NULL;

	*cause = NULL;
	for (char *name = strtok_r(list, ",", &save); name != NULL;
	    name = strtok_r(NULL, ",", &save)) {
		char *base = find_dictionary(name), *aff, *dic;
		Hunhandle *h;

		if (base == NULL) {
			*cause = not_found(name);
			free(list);
			speller_close(sp);
			return NULL;
		}
		aff = xasprintf("%s.aff", base);
		dic = xasprintf("%s.dic", base);
		*cause = not_regular(name, aff, dic);
		h = *cause == NULL ? Hunspell_create(aff, dic) : NULL;
		free(aff);
		free(dic);
		if (*cause != NULL) {
			free(base);
			free(list);
			speller_close(sp);
			return NULL;
		}
		sp->dicts = xreallocarray(sp->dicts, sp->n + 1,
		    sizeof *sp->dicts);
		sp->bases = xreallocarray(sp->bases, sp->n + 1,
		    sizeof *sp->bases);
		sp->marked = xreallocarray(sp->marked, sp->n + 1,
		    sizeof *sp->marked);
		sp->bases[sp->n] = base;
		sp->marked[sp->n] = NULL;
		sp->dicts[sp->n++] = h;
	}
	free(list);
	if (sp->n == 0) {
		*cause = xstrdup("no dictionary named");
		speller_close(sp);
		return NULL;
	}
	return sp;
}

void
speller_close(struct speller *sp)
{
	if (sp == NULL)
		return;
	for (size_t i = 0; i < sp->n; i++) {
		Hunspell_destroy(sp->dicts[i]);
		free(sp->bases[i]);
		nosuggest_free(sp->marked[i]);
	}
	free(sp->dicts);
	free(sp->bases);
	free(sp->marked);
	free(sp);
}

/* How many dictionaries sp has; NULL, no dictionary, has none. */
static size_t
ndicts(const struct speller *sp)
{
	return sp != NULL ? sp->n : 0;
}

bool
speller_check(struct speller *sp, const char *word)
{
	for (size_t i = 0; i < ndicts(sp); i++)
		if (Hunspell_spell(sp->dicts[i], word))
			return true;
	return false;
}

size_t
speller_suggest(struct speller *sp, const char *word, char ***out)
{
	char **all = NULL;
	size_t n = 0;

	for (size_t i = 0; i < ndicts(sp); i++) {
		char **list = NULL;
		int k = Hunspell_suggest(sp->dicts[i], &list, word);

		for (int j = 0; j < k; j++) {
			bool dup = false;

			for (size_t m = 0; m < n && !dup; m++)
				dup = strcmp(all[m], list[j]) == 0;
			if (dup)
				continue;
			all = xreallocarray(all, n + 1, sizeof *all);
			all[n++] = xstrdup(list[j]);
		}
		if (list != NULL)
			Hunspell_free_list(sp->dicts[i], &list, k);
	}
	*out = all;
	return n;
}

/* Dictionary i's NOSUGGEST words, read on first use: a check that ranks
 * no candidate never pays for the pass over the .dic. */
static const struct nosuggest *
marked_words(struct speller *sp, size_t i)
{
	if (sp->marked[i] == NULL) {
		char *aff = xasprintf("%s.aff", sp->bases[i]);
		char *dic = xasprintf("%s.dic", sp->bases[i]);

		sp->marked[i] = nosuggest_load(aff, dic);
		free(aff);
		free(dic);
	}
	return sp->marked[i];
}

/* Whether one of dictionary i's stems of word is marked (slurs: its
 * stem slur is). */
static bool
marked_stem(struct speller *sp, size_t i, const char *word)
{
	char **stems = NULL;
	int k = Hunspell_stem(sp->dicts[i], &stems, word);
	bool hit = false;

	for (int j = 0; j < k && !hit; j++)
		hit = nosuggest_has(sp->marked[i], stems[j]);
	if (stems != NULL)
		Hunspell_free_list(sp->dicts[i], &stems, k);
	return hit;
}

bool
speller_may_suggest(struct speller *sp, const char *word)
{
	for (size_t i = 0; i < ndicts(sp); i++) {
		const struct nosuggest *ns = marked_words(sp, i);

		if (nosuggest_may_derive(ns, word) &&
		    (nosuggest_has(ns, word) || marked_stem(sp, i, word)))
			return false;
	}
	return true;
}

void
speller_free_list(char **list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(list[i]);
	free(list);
}

void
speller_add(struct speller *sp, const char *word)
{
	for (size_t i = 0; i < ndicts(sp); i++)
		Hunspell_add(sp->dicts[i], word);
}

void
speller_remove(struct speller *sp, const char *word)
{
	for (size_t i = 0; i < ndicts(sp); i++)
		Hunspell_remove(sp->dicts[i], word);
}
