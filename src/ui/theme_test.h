/* theme_test.h - galley --theme-test: every element of the screen drawn
 * as the reader would draw it here, to check a terminal in one look. */
#ifndef GALLEY_UI_THEME_TEST_H
#define GALLEY_UI_THEME_TEST_H

#include "ui/reader.h"

/* Shows the elements until a key; returns the exit status. */
int theme_test_run(const struct reader_options *o);

#endif
