# mk/fuzz.mk - libFuzzer targets for the parsers of untrusted input, built
# only by a separate configure with clang:
#
#	mkdir build-fuzz && cd build-fuzz
#	../configure --enable-fuzzing CC=clang && make -j2
#	tests/fuzz/fuzz_html -max_total_time=60 corpus/ seeds/
#
# tools/ci-fuzz does exactly that for every target, with seeds from
# samples/ and the tests, and replays tests/fuzz/regressions/TARGET/.
#
# In such a build everything (libgalley.a, galley, the unit tests) is
# compiled with coverage instrumentation, AddressSanitizer and
# UndefinedBehaviorSanitizer, so "make check" there is a clang sanitizer
# run too.  Only the fuzz targets get libFuzzer's main().
#
# Adding a target is one line: name it in FUZZ_PROGS below and write
# tests/fuzz/fuzz_NAME.c with LLVMFuzzerTestOneInput() (automake's default
# source; the link flags come from LDADD).  tools/ci-fuzz finds every
# built tests/fuzz/fuzz_* on its own; a target whose input is not an
# article gets its own seeds there.
FUZZ_PROGS = tests/fuzz/fuzz_decode tests/fuzz/fuzz_html \
	tests/fuzz/fuzz_clean tests/fuzz/fuzz_tokens \
	tests/fuzz/fuzz_layout tests/fuzz/fuzz_settings \
	tests/fuzz/fuzz_proof tests/fuzz/fuzz_ner \
	tests/fuzz/fuzz_sidecar tests/fuzz/fuzz_anchor \
	tests/fuzz/fuzz_wordlist tests/fuzz/fuzz_decisions \
	tests/fuzz/fuzz_tags tests/fuzz/fuzz_ner_model \
	tests/fuzz/fuzz_termbg
FUZZ_PROGS += tests/fuzz/fuzz_corrections
FUZZ_PROGS += tests/fuzz/fuzz_reading
FUZZ_PROGS += tests/fuzz/fuzz_blocks

FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer

if FUZZING
AM_CFLAGS += -fsanitize=fuzzer-no-link $(FUZZ_SAN)
AM_LDFLAGS = $(FUZZ_SAN)
noinst_PROGRAMS += $(FUZZ_PROGS)
# Programs without their own _LDADD are the fuzz targets: the core and
# libFuzzer, which brings main(): configure sets LIB_FUZZING_ENGINE (as
# OSS-Fuzz names it) so that no target needs its own _LDFLAGS.
LDADD = libgalley.a $(CORE_LIBS) $(LIB_FUZZING_ENGINE)
endif

EXTRA_DIST += tests/fuzz/fuzz_check.h tests/fuzz/regressions \
	tools/ci-fuzz tools/ci-valgrind

# Unit tests for the bugs fuzzing and the hostile corpus found.
UNIT_TESTS += tests/unit/test_hostile
tests_unit_test_hostile_SOURCES = tests/unit/test_hostile.c
tests_unit_test_hostile_LDADD = $(UNIT_LDADD)
tests_unit_test_hostile_CFLAGS = $(UNIT_CFLAGS)

# The hostile-input corpus: a generator (nothing huge is committed) and the
# shell test that runs galley clean over it.
CLI_TESTS += tests/cli/hostile.sh tests/cli/anno-hostile.sh \
	tests/cli/hostile-scale.sh
TUI_TESTS += tests/tui/hostile.sh tests/tui/hostile-scale.sh
EXTRA_DIST += tests/hostile/gen

# tools/ci-valgrind asks which tests to run under memcheck: all of them
# (the reader's tmux tests wait GALLEY_TEST_TIME_SCALE times longer).
# Tests that stop galley with Ctrl-Z: valgrind does not stop for SIGTSTP.
NOT_UNDER_VALGRIND = tests/tui/suspend.sh tests/tui/screen-end.sh \
	tests/tui/reload-suspend.sh
print-valgrind-tests:
	@for t in $(UNIT_TESTS) $(CLI_TESTS) $(TUI_TESTS); do \
		case " $(NOT_UNDER_VALGRIND) " in \
		*" $$t "*) ;; \
		*) printf '%s ' "$$t" ;; \
		esac; \
	done; echo
.PHONY: print-valgrind-tests

# The layering of src/ (tools/check-layout) is checked with the tests.
CLI_TESTS += tests/cli/layout.sh
EXTRA_DIST += tools/check-layout
