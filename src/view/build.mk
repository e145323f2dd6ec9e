# src/view: what the reader shows, without curses: layout, caret, search, the
# note editor's text.
# Part of libgalley.a, the core; included from Makefile.am.
libgalley_a_SOURCES += \
	src/view/caret.c src/view/caret.h \
	src/view/complete.c src/view/complete.h \
	src/view/layout.c src/view/layout.h \
	src/view/search.c src/view/search.h \
	src/view/textedit.c src/view/textedit.h \
	src/view/textedit_layout.c
libgalley_a_SOURCES += src/view/quote.c src/view/quote.h
libgalley_a_SOURCES += src/view/debris.c src/view/debris.h
