# src/session: one core session, a load and each document's analyses
# (problems, mentions, annotations), for the reader and the commands.
# Part of libgalley.a, the core; included from Makefile.am.
libgalley_a_SOURCES += \
	src/session/session.c src/session/session.h \
	src/session/list_filter.c src/session/list_filter.h
libgalley_a_SOURCES += src/session/session_corr.c
libgalley_a_SOURCES += \
	src/session/reading.c src/session/reading.h
libgalley_a_SOURCES += \
	src/session/comparison.c src/session/comparison.h \
	src/session/session_copies.c \
	src/session/session_travel.c src/session/travel.h
libgalley_a_SOURCES += \
	src/session/block_choices.c src/session/block_choices.h \
	src/session/session_blocks.c
libgalley_a_SOURCES += src/session/session_reload.c
libgalley_a_SOURCES += src/session/watch.c src/session/watch.h
