# Proofreading: `galley check` and the core it stands on (issue 4).

UNIT_TESTS += tests/unit/test_proof
tests_unit_test_proof_SOURCES = tests/unit/test_proof.c
tests_unit_test_proof_LDADD = $(UNIT_LDADD)
tests_unit_test_proof_CFLAGS = $(UNIT_CFLAGS)

CLI_TESTS += tests/cli/check.sh tests/cli/check-nodict.sh

EXTRA_DIST += tests/cli/check.sh tests/cli/check-nodict.sh mk/proof.mk

# SCOWL's words and levels (data/proof/README), compiled in.
nodist_libgalley_a_SOURCES += src/proof/wordfreq_data.c
src/proof/wordfreq_data.c: $(top_srcdir)/tools/gen-wordfreq \
    $(top_srcdir)/data/proof/en-words.txt \
    $(top_srcdir)/data/proof/en-common.txt
	$(AM_V_GEN)mkdir -p src/proof && \
	python3 $(top_srcdir)/tools/gen-wordfreq c \
	    $(top_srcdir)/data/proof/en-words.txt \
	    $(top_srcdir)/data/proof/en-common.txt > $@.tmp && mv $@.tmp $@
BUILT_SOURCES += src/proof/wordfreq_data.c
CLEANFILES += src/proof/wordfreq_data.c
EXTRA_DIST += tools/gen-wordfreq

# Irregular verbs (data/proof/README), compiled in.
nodist_libgalley_a_SOURCES += src/proof/irregular_data.c
src/proof/irregular_data.c: $(top_srcdir)/tools/gen-wordfreq \
    $(top_srcdir)/data/proof/en-irregular.txt
	$(AM_V_GEN)mkdir -p src/proof && \
	python3 $(top_srcdir)/tools/gen-wordfreq irregular \
	    $(top_srcdir)/data/proof/en-irregular.txt > $@.tmp && mv $@.tmp $@
BUILT_SOURCES += src/proof/irregular_data.c
CLEANFILES += src/proof/irregular_data.c

# The corrections layer (z= in the reader, issue 16).
UNIT_TESTS += tests/unit/test_corrections
tests_unit_test_corrections_SOURCES = tests/unit/test_corrections.c
tests_unit_test_corrections_LDADD = $(UNIT_LDADD)
tests_unit_test_corrections_CFLAGS = $(UNIT_CFLAGS)

# The editor's spelling keys in the reader (issue 16 item 4).
TUI_TESTS += tests/tui/spell-keys.sh
TUI_TESTS += tests/tui/rewrap.sh
TUI_TESTS += tests/tui/caret-corrected.sh tests/tui/click-merged.sh \
	tests/tui/proof-early.sh tests/tui/corrections-stale.sh
CLI_TESTS += tests/cli/corrections.sh

# The pass over the word table for far suggestions (issue 16).
UNIT_TESTS += tests/unit/test_nearscan
tests_unit_test_nearscan_SOURCES = tests/unit/test_nearscan.c
tests_unit_test_nearscan_LDADD = $(UNIT_LDADD)
tests_unit_test_nearscan_CFLAGS = $(UNIT_CFLAGS)
