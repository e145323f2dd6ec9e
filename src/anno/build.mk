# src/anno: annotations: the W3C model, sidecars, re-anchoring, export.
# Part of libgalley.a, the core; included from Makefile.am.
libgalley_a_SOURCES += \
	src/anno/anchor.c src/anno/anchor.h \
	src/anno/anno.c src/anno/anno.h \
	src/anno/anno_emit.c src/anno/anno_emit.h \
	src/anno/anno_foreign.c src/anno/anno_foreign.h \
	src/anno/anno_json_write.c src/anno/anno_json_read.c \
	src/anno/anno_json.h \
	src/anno/anno_merge.c src/anno/anno_merge.h \
	src/anno/anno_store.c src/anno/anno_store.h \
	src/anno/anno_stray.c src/anno/anno_stray.h \
	src/anno/anno_tag.c src/anno/anno_tag.h \
	src/anno/anno_thread.c src/anno/anno_thread.h \
	src/anno/anno_user.c src/anno/anno_user.h \
	src/anno/anno_vocab.c src/anno/anno_vocab.h \
	src/anno/export.c src/anno/export.h \
	src/anno/export_int.h src/anno/export_webanno.c
