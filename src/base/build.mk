# src/base: helpers that know nothing of articles: memory and buffers, hashing,
# JSON positions, dates, escaping of untrusted text, the settings file,
# worker threads.
# Part of libgalley.a, the core; included from Makefile.am.
libgalley_a_SOURCES += \
	src/base/colour.c src/base/colour.h \
	src/base/dates.c src/base/dates.h \
	src/base/escape.c src/base/escape.h \
	src/base/json_text.c src/base/json_text.h \
	src/base/levenshtein.c src/base/levenshtein.h \
	src/base/path_names.c src/base/path_names.h \
	src/base/file_io.c src/base/file_io.h \
	src/base/file_stamp.c src/base/file_stamp.h \
	src/base/hash.c src/base/hash.h \
	src/base/json_arena.c src/base/json_arena.h \
	src/base/json_pos.c src/base/json_pos.h \
	src/base/json_scan.c src/base/json_scan.h \
	src/base/settings.c src/base/settings.h \
	src/base/termbg.c src/base/termbg.h \
	src/base/thread.c src/base/thread.h \
	src/base/util.c src/base/util.h
