/* tokens.h - words of a stretch of decoded text, with their offsets, for
 * the proofreader and the entity recogniser.
 *
 * A word is a run of letters, marks and digits, with inner apostrophes
 * (' and ’) and inner hyphens.  URLs, e-mail addresses, @handles and #tags
 * are single tokens of their own kinds, so that analysers can skip them. */
#ifndef GALLEY_TOKENS_H
#define GALLEY_TOKENS_H

#include <stdbool.h>
#include <stddef.h>

enum token_kind {
	TOKEN_WORD,		/* letters, maybe with digits */
	TOKEN_NUMBER,		/* digits, maybe an ordinal: 21st, 1990s */
	TOKEN_URL,		/* http://..., www.example.com, example.org/x */
	TOKEN_EMAIL,
	TOKEN_HANDLE,		/* @name */
	TOKEN_HASHTAG,		/* #name */
};

enum token_flag {
	TOKEN_CAPITALISED = 1 << 0,	/* first letter upper case */
	TOKEN_ALL_CAPS = 1 << 1,	/* two or more letters, all upper */
	TOKEN_SENTENCE_START = 1 << 2,	/* first word of a block or sentence */
	TOKEN_HAS_DIGIT = 1 << 3,
	TOKEN_HAS_APOSTROPHE = 1 << 4,
	TOKEN_HAS_HYPHEN = 1 << 5,
	TOKEN_INNER_CAPITAL = 1 << 6,	/* an upper-case letter after a
					   lower-case one: FacebookShare */
};

struct token {
	size_t start, end;	/* code points into the document text */
	size_t bstart, bend;	/* bytes */
	enum token_kind kind;
	unsigned flags;
};

struct token_list {
	struct token *v;
	size_t n, cap;
};

/* Appends the tokens of text[bstart, bend) to list; cp_start is the code
 * point offset of bstart.  The first word is a sentence start. */
void tokens_scan(const char *text, size_t bstart, size_t bend,
    size_t cp_start, struct token_list *list);

void tokens_free(struct token_list *list);

/* The lower-case form of the UTF-8 word s[0, n), newly allocated (bytes
 * that are not UTF-8 are kept as they are). */
char *word_lower(const char *s, size_t n);

#endif
