# src/clean: which blocks are the article: features, boilerplate, metadata.
# Part of libgalley.a, the core; included from Makefile.am.
libgalley_a_SOURCES += \
	src/clean/boilerplate.c src/clean/boilerplate.h \
	src/clean/clean.c src/clean/clean.h \
	src/clean/features.c src/clean/features.h \
	src/clean/html_clean.c src/clean/html_clean.h \
	src/clean/meta.c src/clean/meta.h \
	src/clean/prose_fallback.c src/clean/prose_fallback.h \
	src/clean/stopwords.c src/clean/stopwords.h \
	src/clean/text_clean.c src/clean/text_clean.h
