# src/copies: syndicated copy: paragraph sketches, shared passages and
# story groups across a load; the alignment and word differences of two
# versions; an annotated stretch found in another version.  Part of
# libgalley.a, the core; included from Makefile.am.
libgalley_a_SOURCES += \
	src/copies/sketch.c src/copies/sketch.h \
	src/copies/band_table.c src/copies/band_table.h \
	src/copies/copies.c src/copies/copies.h src/copies/copies_int.h \
	src/copies/copies_lines.c \
	src/copies/copies_pairs.c \
	src/copies/copies_parts.c \
	src/copies/worddiff.c src/copies/worddiff.h \
	src/copies/align.c src/copies/align.h src/copies/align_int.h \
	src/copies/align_parts.c \
	src/copies/shingle_index.c src/copies/shingle_index.h \
	src/copies/travel_map.c src/copies/travel_map.h
