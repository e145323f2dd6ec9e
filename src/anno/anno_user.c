/* anno_user.c - the annotator's name. */
#include "config.h"

#include "anno/anno_user.h"

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/util.h"
#include "ner/gazetteer.h"

char *
anno_user(const struct config *cfg)
{
	const char *env = getenv("GALLEY_USER");
	struct passwd *pw;
	char host[256] = "localhost";
	const char *login;

	if (env != NULL && *env != '\0')
		return xstrdup(env);
	if (cfg != NULL && cfg->user != NULL && *cfg->user != '\0')
		return xstrdup(cfg->user);
	pw = getpwuid(getuid());
	login = pw != NULL ? pw->pw_name : getenv("USER");
	if (gethostname(host, sizeof host) < 0)
		strcpy(host, "localhost");
	host[sizeof host - 1] = '\0';
	return xasprintf("%s@%s", login ? login : "unknown", host);
}

char *
anno_user_fault(const char *name)
{
	static const char *const why[] = {
		[ANNO_TEXT_CONTROL] = "a control character (an escape "
		    "sequence?)",
		[ANNO_TEXT_LINE_BREAK] = "a line break or a tab",
		[ANNO_TEXT_BAD_UTF8] = "bytes that are not UTF-8",
	};
	enum anno_text_fault f = anno_text_fault(name, true);

	if (f == ANNO_TEXT_OK)
		return NULL;
	return xasprintf("the annotator's name (GALLEY_USER, else the user "
	    "setting) holds %s; give a plain name", why[f]);
}

char *
anno_user_key(const char *name)
{
	size_t n;

	return gaz_fold(name, strlen(name), &n);
}

bool
anno_made_by(const struct anno *a, const char *key)
{
	char *folded;
	bool same;

	if (a->creator == NULL)
		return false;
	folded = anno_user_key(a->creator);
	same = strcmp(folded, key) == 0;
	free(folded);
	return same;
}
