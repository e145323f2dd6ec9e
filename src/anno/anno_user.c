/* anno_user.c - the annotator's name. */
#include "config.h"

#include "anno/anno_user.h"

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/util.h"

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
