# Proofreading: `galley check` and the core it stands on (issue 4).

libgalley_a_SOURCES += \
	src/names.c src/names.h \
	src/problem.c src/problem.h \
	src/proof_text.c src/proof_text.h \
	src/wordlist.c src/wordlist.h \
	src/proof.c src/proof.h src/proof_int.h \
	src/proof_word.c

galley_SOURCES += src/cmd_check.c

UNIT_TESTS += tests/unit/test_proof
tests_unit_test_proof_SOURCES = tests/unit/test_proof.c
tests_unit_test_proof_LDADD = $(UNIT_LDADD)
tests_unit_test_proof_CFLAGS = $(UNIT_CFLAGS)

CLI_TESTS += tests/cli/check.sh tests/cli/check-nodict.sh

EXTRA_DIST += tests/cli/check.sh tests/cli/check-nodict.sh mk/proof.mk
