/* reader.h - the interactive reader: source list, reading pane, status
 * line, help and search views, driven by the key table. */
#ifndef GALLEY_UI_READER_H
#define GALLEY_UI_READER_H

#include <stdbool.h>
#include <stddef.h>

struct config;

struct reader_options {
	bool no_color;
	/* The settings, read once by the caller (config_load);
	 * reader_run takes them over and leaves *cfg empty, theme_test_run
	 * only reads them. */
	struct config *cfg;
	int theme;		/* an enum config_theme, or -1: the settings' */
	char **notices;		/* shown first on the status line */
	size_t nnotices;
};

/* Runs the reader on the files of paths (already expanded); returns the
 * exit status. */
int reader_run(char **paths, size_t npaths, const struct reader_options *o);

#endif
