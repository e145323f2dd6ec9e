/* nosuggest.c - the words a Hunspell dictionary marks NOSUGGEST. */
#include "config.h"

#include "proof/nosuggest.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/file_io.h"
#include "base/hash.h"
#include "base/util.h"

/* How the .aff writes flags (its FLAG line). */
enum flag_mode { FLAG_CHAR, FLAG_LONG, FLAG_NUM, FLAG_UTF8 };

struct affix_info {
	enum flag_mode mode;
	char *flag;		/* NOSUGGEST's flag; NULL: none */
	char **aliases;		/* AF lines: flag sets named 1, 2, ... */
	size_t naliases;
};

/* Marked words longer than this are not kept (the longest in en_US and
 * en_GB has 13 bytes). */
#define MARKED_MAX 64

/* The largest .aff or .dic read (Hunspell's biggest are tens of MB). */
#define DICT_MAX ((size_t)256 * 1024 * 1024)

struct nosuggest {
	struct hash words;
	size_t longest;		/* bytes of the longest marked word */
};

/* The second field of an .aff line ("NOSUGGEST !" -> "!"), cut at
 * spaces, as a new string; NULL when there is none. */
static char *
second_field(const char *line)
{
	size_t n;

	line += strcspn(line, " \t");
	line += strspn(line, " \t");
	n = strcspn(line, " \t\r\n");
	return n > 0 ? xstrndup(line, n) : NULL;
}

static bool
is_directive(const char *line, const char *name)
{
	size_t n = strlen(name);

	return strncmp(line, name, n) == 0 && (line[n] == ' ' ||
	    line[n] == '\t');
}

static void
read_aff(char *text, size_t len, struct affix_info *ai)
{
	char *line, *v;
	size_t pos = 0, n;

	while ((line = fio_next_line(text, len, &pos, &n)) != NULL) {
		if (is_directive(line, "FLAG") &&
		    (v = second_field(line)) != NULL) {
			ai->mode = strcmp(v, "long") == 0 ? FLAG_LONG :
			    strcmp(v, "num") == 0 ? FLAG_NUM :
			    strcmp(v, "UTF-8") == 0 ? FLAG_UTF8 : FLAG_CHAR;
			free(v);
		} else if (is_directive(line, "NOSUGGEST")) {
			free(ai->flag);
			ai->flag = second_field(line);
		} else if (is_directive(line, "AF") &&
		    (v = second_field(line)) != NULL) {
			/* "AF 5" counts the lines that follow: skip it. */
			if (strspn(v, "0123456789") == strlen(v) &&
			    ai->naliases == 0 && ai->aliases == NULL) {
				ai->aliases = xmalloc(sizeof *ai->aliases);
				free(v);
				continue;
			}
			ai->aliases = xreallocarray(ai->aliases,
			    ai->naliases + 1, sizeof *ai->aliases);
			ai->aliases[ai->naliases++] = v;
		}
	}
}

/* The length of the flag at s in mode. */
static size_t
flag_len(const char *s, enum flag_mode mode)
{
	size_t n = 1;

	switch (mode) {
	case FLAG_LONG:
		return s[1] != '\0' ? 2 : 1;
	case FLAG_NUM:
		return strcspn(s, ",");
	case FLAG_UTF8:
		while (((unsigned char)s[n] & 0xC0) == 0x80)
			n++;
		return n;
	case FLAG_CHAR:
		break;
	}
	return 1;
}

/* Whether the flag set flags (a .dic entry's, or the alias it names)
 * holds NOSUGGEST's flag. */
static bool
has_flag(const struct affix_info *ai, const char *flags)
{
	size_t want = strlen(ai->flag);

	if (ai->naliases > 0 && strspn(flags, "0123456789") ==
	    strlen(flags)) {
		unsigned long k = strtoul(flags, NULL, 10);

		if (k == 0 || k > ai->naliases)
			return false;
		flags = ai->aliases[k - 1];
	}
	while (*flags != '\0') {
		size_t n = flag_len(flags, ai->mode);

		if (n == want && memcmp(flags, ai->flag, n) == 0)
			return true;
		flags += n;
		if (ai->mode == FLAG_NUM && *flags == ',')
			flags++;
		if (n == 0)
			break;
	}
	return false;
}

/* A .dic line: the word (a '/' in it written "\/") up to '/', a tab or
 * the end; its flags after '/' up to a space or tab.  Most lines carry
 * no NOSUGGEST flag: they are passed over before the word is copied. */
static void
read_entry(struct nosuggest *ns, const struct affix_info *ai, char *line)
{
	char *s = line, *flags;
	size_t n;

	while (*s && *s != '/' && *s != '\t' && *s != '\n' && *s != '\r')
		s += s[0] == '\\' && s[1] == '/' ? 2 : 1;
	if (*s != '/' || s == line)
		return;
	flags = s + 1;
	flags[strcspn(flags, " \t\r\n")] = '\0';
	if ((ai->naliases == 0 && strstr(flags, ai->flag) == NULL) ||
	    !has_flag(ai, flags))
		return;
	n = 0;
	for (char *r = line; r < s; r++) {	/* unescaped, lower case */
		if (*r == '\\' && r[1] == '/')
			r++;
		line[n++] = (char)tolower((unsigned char)*r);
	}
	if (n <= MARKED_MAX) {
		hash_add(&ns->words, line, n);
		if (n > ns->longest)
			ns->longest = n;
	}
}

static void
read_dic(char *text, size_t len, struct nosuggest *ns,
    const struct affix_info *ai)
{
	char *line;
	size_t pos = 0, n;

	fio_next_line(text, len, &pos, &n);	/* counts the entries */
	while ((line = fio_next_line(text, len, &pos, &n)) != NULL)
		read_entry(ns, ai, line);
}

struct nosuggest *
nosuggest_load(const char *aff, const char *dic)
{
	struct nosuggest *ns = xcalloc(1, sizeof *ns);
	struct affix_info ai = { .mode = FLAG_CHAR };
	char *text;
	size_t len;

	hash_init(&ns->words);
	if (fio_read(aff, 0, DICT_MAX, &text, &len) == 0) {
		read_aff(text, len, &ai);
		free(text);
	}
	if (ai.flag != NULL && fio_read(dic, 0, DICT_MAX, &text, &len) == 0) {
		read_dic(text, len, ns, &ai);
		free(text);
	}
	for (size_t i = 0; i < ai.naliases; i++)
		free(ai.aliases[i]);
	free(ai.aliases);
	free(ai.flag);
	return ns;
}

void
nosuggest_free(struct nosuggest *ns)
{
	if (ns == NULL)
		return;
	hash_free(&ns->words);
	free(ns);
}

/* Whether w[0, k), folded to lower case, is a marked word. */
static bool
marked(const struct nosuggest *ns, const char *w, size_t k)
{
	char low[MARKED_MAX];

	if (ns->words.used == 0 || k == 0 || k > ns->longest)
		return false;
	for (size_t i = 0; i < k; i++)
		low[i] = (char)tolower((unsigned char)w[i]);
	return hash_get(&ns->words, low, k) != NULL;
}

bool
nosuggest_has(const struct nosuggest *ns, const char *w)
{
	return marked(ns, w, strlen(w));
}

bool
nosuggest_may_derive(const struct nosuggest *ns, const char *w)
{
	size_t n = strlen(w);

	for (size_t k = 1; k <= n && k <= ns->longest; k++)
		if (marked(ns, w, k))
			return true;
	return false;
}
