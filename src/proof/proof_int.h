/* proof_int.h - what the files of the proofreader share, private to them.
 *
 * proof.c holds the public API, the word lists and the pass over a
 * document; proof_word.c judges one word form (spelling, casing, split,
 * a look-alike of a known name) and caches the verdicts. */
#ifndef GALLEY_PROOF_INT_H
#define GALLEY_PROOF_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "base/hash.h"
#include "proof/proof.h"
#include "proof/wordfreq.h"
#include "doc/tokens.h"

struct verdict {
	int kind;		/* enum problem_kind, or -1: no problem */
	char *fix;
	/* A name that drops one letter to become a known one (Nigers ->
	 * Niger): misspelt only in a document that has the known name. */
	char **variants;
	size_t nvariants;
	const char *suffix;	/* a possessive to put back on them */
	/* The word is a known name and an s (Bidens): after "the", the
	 * name's plural (the Bidens), not a stray letter. */
	bool name_plural;
	size_t in_doc;		/* times seen in the document being read */
	size_t mid_doc;		/* of those, not where a sentence starts */
	/* A capitalised word one slip from a common word (Recieve), or a
	 * long camel-case word made of words (SportsBusiness): the fix, a
	 * problem of near_kind when the word occurs once and keeps no
	 * name's company. */
	char *near;
	int near_kind;		/* 0 (spelling: near is looked for once the
				   document asks, proof_near_common) or split */
	bool near_done;
	double near_cost;	/* rank.h's cost of the slip to near */
	/* A short word (Tje): a slip only of one of the commonest words,
	 * and only where a sentence starts. */
	bool short_slip;
	/* near is one of the commonest words with two letters swapped, or
	 * one slip away at its first letter, that the search of slips after
	 * the first letter missed (Teh, Hte, Hwile, Ethose): a slip only
	 * where a sentence starts, too. */
	bool near_initial;
	/* near_initial and the slip is at the first letter (Hwile, Ethose):
	 * before a common word in title case, that is a name's (Hever Golf
	 * Rose, a horse). */
	bool near_first;
	/* near is word with two neighbouring letters swapped (Coudl). */
	bool near_swap;
	/* The word is long, near a slip inside it, and no name the caller
	 * knows (known_name) is the word (Performence, Managment): a slip
	 * in mid-sentence too, whatever its vowels (proof_word.c). */
	bool near_long;
	/* Wass: a lower-case word with an s, not a name's plural; a slip
	 * only of the commonest words and where a sentence starts. */
	bool word_plural;
	/* near is one of the commonest words (rank_is_commonest): such a
	 * slip may recur where sentences start (proof.c). */
	bool near_common;
	char *form;		/* the word itself, then, or NULL */
	size_t stem_len;	/* form without its possessive */
	/* A spelling of one variety (color, colour) and its counterpart in
	 * the other. */
	enum word_variant mark;
	char *other;
};

/* A word waiting for the whole document to be read: is any of its
 * variants in it, is it a name, is it of the document's variety? */
struct pending {
	size_t bstart, bend;
	size_t verdict;
	unsigned ctx;		/* CTX_ flags */
};

/* Where a word stands. */
enum {
	CTX_NAMED = 1 << 0,	/* in a name's company: a title, a name run */
	CTX_INITIAL = 1 << 1,	/* first of a sentence, a heading, a block */
	CTX_WEAK = 1 << 2,	/* beside a common word in title case */
	/* first of a sentence, before a rare word in title case, which
	 * can only be a name's (Siad Barre) */
	CTX_RUN = 1 << 3,
	/* first of a sentence, before a common word in title case: the
	 * start of a title-case run (Hever Golf Rose, a horse) */
	CTX_TITLE_NEXT = 1 << 4,
	/* after the article "the": the Bidens, a family */
	CTX_AFTER_THE = 1 << 5
};

struct proof {
	struct speller *sp;	/* NULL: no dictionary, no word checks */
	char *warning;		/* why, then */
	char *dicts;		/* the dictionaries' names, comma-separated */
	char *user_path;	/* NULL when user words are off or there
				   is no home */
	bool user_words;	/* the personal lists are on */
	proof_name_fn *known_name;	/* NULL: no names known that way */
	char *bad_path;		/* the bad-words list, NULL likewise */
	struct hash bad;	/* words marked wrong */
	struct hash seen;	/* word form -> its index in verdicts (tag) */
	struct verdict *verdicts;
	size_t nverdicts, verdicts_cap;
	struct hash dirs;	/* project lists already read */
	struct token_list tokens;
	struct problem_list skip;	/* markup and mojibake of a block */
	struct hash caps;	/* capitalised words of the document */
	struct pending *pending;
	size_t npending, pending_cap;
	struct pending *marks;	/* words of one variety, in text order */
	size_t nmarks, marks_cap;
	/* Unknown words of lines in capitals (headline.h), and whether the
	 * block being read is such a line. */
	struct pending *capsw;
	size_t ncapsw, capsw_cap;
	bool caps_line;
	/* The spelling of the last document checked, for suggestions. */
	enum word_variant dialect;
};

/* proof.c: appends a word to decide once the document is read to *v. */
void proof_push_pending(struct pending **v, size_t *n, size_t *cap,
    size_t bstart, size_t bend, size_t verdict, unsigned ctx);

/* proof_word.c: the verdicts on word forms. */

/* The cached verdict for a word form (apostrophes already straight). */
const struct verdict *proof_verdict_for(struct proof *p, const char *w,
    size_t n);
/* The common word a capitalised word is a likely slip of (Recieve ->
 * Receive), looked for once; NULL when there is none. */
const char *proof_near_common(struct proof *p, struct verdict *vd);
/* The common word the lower-case word is a likely slip of after its
 * first letter, as for a capitalised word (Recieve), as a new string;
 * NULL when there is none. */
char *proof_near_word(struct proof *p, const char *word);
/* Forgets every verdict: the dictionary has changed. */
void proof_reset_cache(struct proof *p);
/* Whether w is a prefix that may stand before a hyphen (re-, co-, anti-). */
bool proof_is_prefix(const char *w);

#endif
