/* fuzz_settings.c - libFuzzer target: the settings file parser
 * (settings.c).  config_load reads a path, so each input is written to
 * one private temporary file first. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/settings.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char fuzz_settings_path[64];

/* Creates the temporary file once per process, removed at exit. */
static void
fuzz_settings_cleanup(void)
{
	unlink(fuzz_settings_path);
}

static const char *
fuzz_settings_file(void)
{
	int fd;

	if (fuzz_settings_path[0] != '\0')
		return fuzz_settings_path;
	snprintf(fuzz_settings_path, sizeof fuzz_settings_path,
	    "%s/galley-fuzz-settings.XXXXXX",
	    getenv("TMPDIR") && strlen(getenv("TMPDIR")) < 32 ?
	    getenv("TMPDIR") : "/tmp");
	if ((fd = mkstemp(fuzz_settings_path)) < 0) {
		perror("mkstemp");
		abort();
	}
	close(fd);
	atexit(fuzz_settings_cleanup);
	return fuzz_settings_path;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_settings_file();
	struct config c;
	FILE *f;

	if ((f = fopen(path, "w")) == NULL)
		abort();
	if (size > 0 && fwrite(data, 1, size, f) != size)
		abort();
	fclose(f);
	config_load(&c, path);
	FUZZ_ASSERT(c.sort == SORT_PATH || c.sort == SORT_TITLE ||
	    c.sort == SORT_DATE);
	FUZZ_ASSERT(c.list_width >= 1);
	FUZZ_ASSERT(!c.list_percent || c.list_width <= 100);
	for (size_t i = 0; i < c.ncolors; i++) {
		FUZZ_ASSERT(c.colors[i].element != NULL);
		FUZZ_ASSERT(c.colors[i].fg >= -1 && c.colors[i].fg <= 255);
		FUZZ_ASSERT(c.colors[i].bg >= -1 && c.colors[i].bg <= 255);
	}
	for (size_t i = 0; i < c.nmessages; i++)
		FUZZ_ASSERT(strncmp(c.messages[i], path, strlen(path)) == 0);
	config_free(&c);
	return 0;
}
