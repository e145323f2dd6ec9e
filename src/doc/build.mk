# src/doc: the document model: decoded text, blocks and spans in code points;
# terminal cells, word segments and tokens of that text.
# Part of libgalley.a, the core; included from Makefile.am.
libgalley_a_SOURCES += \
	src/doc/cells.c src/doc/cells.h \
	src/doc/doc.c src/doc/doc.h \
	src/doc/hidden.c src/doc/hidden.h \
	src/doc/segment.c src/doc/segment.h \
	src/doc/source_map.c src/doc/source_map.h \
	src/doc/tokens.c src/doc/tokens.h
