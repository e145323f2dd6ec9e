# src/proof: the proofreader: dictionary, word lists, problems found in a text.
# Part of libgalley.a, the core; included from Makefile.am.
libgalley_a_SOURCES += \
	src/proof/names.c src/proof/names.h \
	src/proof/problem.c src/proof/problem.h \
	src/proof/proof.c src/proof/proof.h \
	src/proof/proof_text.c src/proof/proof_text.h \
	src/proof/proof_word.c \
	src/proof/spell.c src/proof/spell.h \
	src/proof/nosuggest.c src/proof/nosuggest.h \
	src/proof/wordlist.c src/proof/wordlist.h \
	src/proof/proof_int.h \
	src/proof/wordfreq.c src/proof/wordfreq.h \
	src/proof/rank.c src/proof/rank.h \
	src/proof/nearscan.c src/proof/nearscan.h \
	src/proof/dialect.c src/proof/dialect.h
libgalley_a_SOURCES += src/proof/corrections.c src/proof/corrections.h \
	src/proof/corrections_diff.c
libgalley_a_SOURCES += src/proof/context.c src/proof/context.h
libgalley_a_SOURCES += src/proof/irregular.c src/proof/irregular.h
libgalley_a_SOURCES += src/proof/lookalike.c src/proof/lookalike.h
libgalley_a_SOURCES += src/proof/contraction.c src/proof/contraction.h
libgalley_a_SOURCES += src/proof/calendar.c src/proof/calendar.h
libgalley_a_SOURCES += src/proof/headline.c src/proof/headline.h
