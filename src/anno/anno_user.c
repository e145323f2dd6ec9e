/* anno_user.c - the annotator's name. */
#include "config.h"

#include "anno/anno_user.h"

#include <ctype.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/util.h"

static char *
trim(char *s)
{
	char *e;

	while (isspace((unsigned char)*s))
		s++;
	e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}

char *
anno_user_from_config(const char *path)
{
	FILE *f = fopen(path, "r");
	char line[1024], *value = NULL;

	if (f == NULL)
		return NULL;
	while (fgets(line, sizeof line, f) != NULL) {
		char *eq = strchr(line, '='), *key;

		if (line[0] == '#' || eq == NULL)
			continue;
		*eq = '\0';
		key = trim(line);
		if (strcmp(key, "user") == 0 && *trim(eq + 1) != '\0') {
			free(value);
			value = xstrdup(trim(eq + 1));
		}
	}
	fclose(f);
	return value;
}

static char *
config_user(void)
{
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	char *path, *user;

	if (xdg != NULL && *xdg == '/')
		path = xasprintf("%s/galley/config", xdg);
	else if (home != NULL && *home != '\0')
		path = xasprintf("%s/.config/galley/config", home);
	else
		return NULL;
	user = anno_user_from_config(path);
	free(path);
	return user;
}

char *
anno_user(void)
{
	const char *env = getenv("GALLEY_USER");
	struct passwd *pw;
	char host[256] = "localhost", *user;
	const char *login;

	if (env != NULL && *env != '\0')
		return xstrdup(env);
	if ((user = config_user()) != NULL)
		return user;
	pw = getpwuid(getuid());
	login = pw != NULL ? pw->pw_name : getenv("USER");
	if (gethostname(host, sizeof host) < 0)
		strcpy(host, "localhost");
	host[sizeof host - 1] = '\0';
	return xasprintf("%s@%s", login ? login : "unknown", host);
}
