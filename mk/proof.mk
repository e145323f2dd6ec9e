# Proofreading: `galley check` and the core it stands on (issue 4).

UNIT_TESTS += tests/unit/test_proof
tests_unit_test_proof_SOURCES = tests/unit/test_proof.c
tests_unit_test_proof_LDADD = $(UNIT_LDADD)
tests_unit_test_proof_CFLAGS = $(UNIT_CFLAGS)

CLI_TESTS += tests/cli/check.sh tests/cli/check-nodict.sh

EXTRA_DIST += tests/cli/check.sh tests/cli/check-nodict.sh mk/proof.mk
