# src/ingest: from paths to documents: directory walks, decoding, the HTML and
# text-dump readers.
# Part of libgalley.a, the core; included from Makefile.am.
libgalley_a_SOURCES += \
	src/ingest/decode.c src/ingest/decode.h \
	src/ingest/html.c src/ingest/html.h \
	src/ingest/html_attr_cap.c src/ingest/html_attr_cap.h \
	src/ingest/html_charref.c src/ingest/html_charref.h \
	src/ingest/html_meta.c src/ingest/html_meta.h \
	src/ingest/load.c src/ingest/load.h \
	src/ingest/paths.c src/ingest/paths.h \
	src/ingest/text_blocks.c src/ingest/text_blocks.h
