# src/ner: named entities: the recogniser, gazetteers, the cross-source index
# and the decisions file.
# Part of libgalley.a, the core; included from Makefile.am.
libgalley_a_SOURCES += \
	src/ner/entity_decisions.c src/ner/entity_decisions.h \
	src/ner/entity_index.c src/ner/entity_index.h \
	src/ner/gazetteer.c src/ner/gazetteer.h \
	src/ner/ner.c src/ner/ner_emit.c src/ner/ner.h \
	src/ner/ner_chunk.c \
	src/ner/ner_dates.c src/ner/ner_dates.h \
	src/ner/ner_type.c \
	src/ner/ner_int.h \
	src/ner/ner_model.c src/ner/ner_model.h src/ner/ner_margin.c \
	src/ner/ner_seq.c src/ner/ner_seq.h src/ner/ner_feat.c \
	src/ner/ner_cue.c \
	src/ner/ner_clusters.c src/ner/ner_clusters.h \
	src/ner/ner_tag.c src/ner/ner_path.c src/ner/ner_lang.c \
	src/ner/ner_correct.c
