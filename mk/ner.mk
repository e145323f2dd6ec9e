# Named entities: recogniser, gazetteers, cross-source index and
# `galley entities`.  Included from Makefile.am.

nodist_libgalley_a_SOURCES += src/ner/gazetteer_data.c src/ner/clusters_data.c

# The gazetteer is generated from the lists in data/ner and, when they are
# installed, Debian's iso-codes (countries, subdivisions) and
# libgeonames-common (cities); tools/gen-gazetteer says how.
NER_LISTS = data/ner/gpe.txt data/ner/loc.txt data/ner/norp.txt \
	data/ner/org.txt data/ner/org-cues.txt data/ner/loc-cues.txt data/ner/titles.txt \
	data/ner/first-names.txt data/ner/not-names.txt data/ner/languages.txt \
	data/ner/wordnet.txt
ISO_CODES_JSON = /usr/share/iso-codes/json
GEONAMES_MO = /usr/share/locale/en/LC_MESSAGES/geonames.mo
src/ner/gazetteer_data.c: $(top_srcdir)/tools/gen-gazetteer $(NER_LISTS:%=$(top_srcdir)/%)
	$(AM_V_GEN)mkdir -p src/ner && \
	python3 $(top_srcdir)/tools/gen-gazetteer $(top_srcdir)/data/ner \
	    $(ISO_CODES_JSON) $(GEONAMES_MO) > $@.tmp && \
	mv $@.tmp $@
BUILT_SOURCES += src/ner/gazetteer_data.c
CLEANFILES += src/ner/gazetteer_data.c

# The word clusters (data/ner/clusters.txt.gz, from GloVe's vectors by
# tools/gen-ner-clusters) as a sorted table the model's features search.
src/ner/clusters_data.c: $(top_srcdir)/tools/gen-cluster-table $(top_srcdir)/data/ner/clusters.txt.gz
	$(AM_V_GEN)mkdir -p src/ner && \
	python3 $(top_srcdir)/tools/gen-cluster-table \
	    $(top_srcdir)/data/ner/clusters.txt.gz > $@.tmp && \
	mv $@.tmp $@
BUILT_SOURCES += src/ner/clusters_data.c
CLEANFILES += src/ner/clusters_data.c

# The learned model (src/ner/ner_model.h): shipped in data/ner, found
# beside the binary in the build tree, installed with the data.
nerdatadir = $(pkgdatadir)
dist_nerdata_DATA = data/ner/conll-en.model
AM_CPPFLAGS += -DGALLEY_PKGDATADIR='"$(pkgdatadir)"' \
	-DGALLEY_TOP_SRCDIR='"$(top_srcdir)"'

# Regenerates the model from CoNLL files (data/ner/README says how);
# built, never run, by make.
noinst_PROGRAMS = tools/train-ner
tools_train_ner_SOURCES = tools/train-ner.c tools/ner_learn.c tools/ner_learn.h \
	tools/ner_crf.c tools/ner_crf.h
tools_train_ner_LDADD = libgalley.a $(CORE_LIBS) -lm

UNIT_TESTS += tests/unit/test_ner tests/unit/test_entity_index \
	tests/unit/test_ner_model tests/unit/test_ner_cue \
	tests/unit/test_ner_learn tests/unit/test_ner_crf
# The trainer's learner (tools/ner_learn.c), compiled into its test.
tests_unit_test_ner_learn_SOURCES = tests/unit/test_ner_learn.c \
	tools/ner_learn.c tools/ner_learn.h
tests_unit_test_ner_learn_CPPFLAGS = $(AM_CPPFLAGS) -iquote $(top_srcdir)/tools
tests_unit_test_ner_learn_LDADD = $(UNIT_LDADD) -lm
tests_unit_test_ner_learn_CFLAGS = $(UNIT_CFLAGS)
# The trainer's CRF (tools/ner_crf.c), likewise.
tests_unit_test_ner_crf_SOURCES = tests/unit/test_ner_crf.c \
	tools/ner_crf.c tools/ner_crf.h tools/ner_learn.c tools/ner_learn.h
tests_unit_test_ner_crf_CPPFLAGS = $(AM_CPPFLAGS) -iquote $(top_srcdir)/tools
tests_unit_test_ner_crf_LDADD = $(UNIT_LDADD) -lm
tests_unit_test_ner_crf_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_ner_cue_SOURCES = tests/unit/test_ner_cue.c
tests_unit_test_ner_cue_LDADD = $(UNIT_LDADD)
tests_unit_test_ner_cue_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_ner_model_SOURCES = tests/unit/test_ner_model.c
tests_unit_test_ner_model_LDADD = $(UNIT_LDADD)
tests_unit_test_ner_model_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_ner_SOURCES = tests/unit/test_ner.c
tests_unit_test_ner_LDADD = $(UNIT_LDADD)
tests_unit_test_ner_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_entity_index_SOURCES = tests/unit/test_entity_index.c
tests_unit_test_entity_index_LDADD = $(UNIT_LDADD)
tests_unit_test_entity_index_CFLAGS = $(UNIT_CFLAGS)

TUI_TESTS += tests/tui/entity-decisions.sh tests/tui/entity-confidence.sh \
	tests/tui/entity-type-group.sh tests/tui/entity-merge-mark.sh \
	tests/tui/entity-select.sh
CLI_TESTS += tests/cli/entities.sh tests/cli/entities-model.sh \
	tests/cli/entities-repeat.sh \
	tests/cli/train-ner.sh \
	tests/cli/entities-language.sh tests/cli/gen-ner-clusters.sh

# data/ and tools/bench/ are distributed whole by Makefile.am.
EXTRA_DIST += tests/tui/entities-lib.sh
EXTRA_DIST += tools/gen-gazetteer tools/gen-ner-languages tools/gen-ner-wordnet \
	tools/gen-cluster-table tools/gen-ner-clusters tools/ner_clusters.c
