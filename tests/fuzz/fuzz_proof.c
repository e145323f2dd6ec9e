/* fuzz_proof.c - libFuzzer target: proofreading (proof.c, proof_text.c,
 * problem.c, names.c) over a cleaned document.
 *
 * Opening Hunspell's dictionaries takes a while, so LLVMFuzzerInitialize
 * opens en_US once.  Every input is checked twice: by the whole
 * proofreader when a dictionary was found, and by the character checks
 * alone (markup debris, mojibake, spacing), which is what galley has on a
 * machine without dictionaries.  The first byte chooses HTML or text and
 * whether every block or only the article is checked; the rest is the
 * file. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "clean/clean.h"
#include "clean/features.h"
#include "ingest/load.h"
#include "proof/names.h"
#include "proof/problem.h"
#include "proof/proof.h"
#include "proof/proof_text.h"
#include "doc/tokens.h"
#include "fuzz_check.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct proof *fuzz_proof;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char *cause = NULL;

	(void)argc;
	(void)argv;
	/* No personal word list: the user's own words must not change what
	 * an input does. */
	fuzz_proof = proof_create("en_US", false, &cause);
	if (fuzz_proof == NULL) {
		fprintf(stderr, "fuzz_proof: %s; fuzzing the checks that "
		    "need no dictionary only\n", cause);
		free(cause);
	}
	return 0;
}

/* Problems lie on character boundaries inside the text, in order, with
 * code point offsets that agree with the document, and one span each. */
static void
fuzz_proof_check(struct doc *d, const struct problem_list *l, bool spans)
{
	size_t nspans = 0;

	for (size_t i = 0; i < l->n; i++) {
		const struct problem *p = &l->v[i];

		FUZZ_ASSERT(p->bstart < p->bend);
		FUZZ_ASSERT(p->bend <= d->text_len);
		FUZZ_ASSERT((unsigned)p->kind < PROBLEM_KIND_COUNT);
		FUZZ_ASSERT(doc_cp_to_byte(d, doc_byte_to_cp(d, p->bstart)) ==
		    p->bstart);
		FUZZ_ASSERT(doc_cp_to_byte(d, doc_byte_to_cp(d, p->bend)) ==
		    p->bend);
		FUZZ_ASSERT(i == 0 || l->v[i - 1].bstart <= p->bstart);
		FUZZ_ASSERT(problem_kind_name(p->kind) != NULL);
		if (p->fix != NULL)
			fuzz_check_utf8(p->fix, strlen(p->fix));
		if (spans) {
			FUZZ_ASSERT(p->start == doc_byte_to_cp(d, p->bstart));
			FUZZ_ASSERT(p->end == doc_byte_to_cp(d, p->bend));
		}
	}
	if (!spans)
		return;
	for (size_t i = 0; i < d->nspans; i++) {
		const struct span *s = &d->spans[i];

		if (s->kind != SPAN_PROBLEM)
			continue;
		FUZZ_ASSERT(s->ref < l->n);
		FUZZ_ASSERT(s->start == l->v[s->ref].start);
		FUZZ_ASSERT(s->end == l->v[s->ref].end);
		nspans++;
	}
	FUZZ_ASSERT(nspans == l->n);
}

/* What check finds without Hunspell: the character checks per block, in
 * the order proof.c runs them. */
static void
fuzz_proof_text_only(struct doc *d, bool all)
{
	struct problem_list l = { 0 };

	for (size_t i = 0; i < d->nblocks; i++) {
		const struct block *b = &d->blocks[i];

		if (!all && !b->keep && b->kind != BLOCK_TITLE)
			continue;
		proof_scan_markup(d->text, b->bstart, b->bend, &l);
		proof_scan_mojibake(d->text, b->bstart, b->bend, &l);
		proof_scan_spacing(d->text, b->bstart, b->bend, &l);
		for (size_t k = 0; k < l.n; k++) {
			FUZZ_ASSERT(b->bstart <= l.v[k].bstart);
			FUZZ_ASSERT(l.v[k].bend <= b->bend);
		}
		problems_sort(&l);
		fuzz_proof_check(d, &l, false);
		problems_clear(&l);
	}
}

/* names.c on every word: folding accents keeps valid UTF-8. */
static void
fuzz_proof_names(struct doc *d)
{
	struct token_list toks = { 0 };

	tokens_scan(d->text, 0, d->text_len, 0, &toks);
	for (size_t i = 0; i < toks.n && i < 256; i++) {
		const struct token *t = &toks.v[i];
		char *w = strndup(d->text + t->bstart, t->bend - t->bstart);
		char *folded;

		if (w == NULL)
			abort();
		(void)names_is_capitalised(w);
		(void)names_is_particle(w);
		if ((folded = names_fold_accents(w)) != NULL) {
			fuzz_check_utf8(folded, strlen(folded));
			free(folded);
		}
		free(w);
	}
	tokens_free(&toks);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct problem_list l = { 0 };
	struct doc *d;
	bool html, all;

	if (size < 1)
		return 0;
	html = (data[0] & 1) != 0;
	all = (data[0] & 2) != 0;
	if ((d = fuzz_cleaned_doc(data + 1, size - 1, html)) == NULL)
		return 0;
	fuzz_proof_text_only(d, all);
	fuzz_proof_names(d);
	if (fuzz_proof != NULL) {
		proof_doc(fuzz_proof, d, all, &l);
		fuzz_proof_check(d, &l, true);
		/* Known fixes are offered; Hunspell's suggestions are too
		 * slow to ask for every misspelling. */
		for (size_t i = 0; i < l.n; i++) {
			char **fixes;
			size_t n;

			if (l.v[i].kind == PROBLEM_SPELLING)
				continue;
			n = proof_suggest(fuzz_proof, d, &l.v[i], &fixes);
			speller_free_list(fixes, n);
		}
		/* Re-checking (the reader does it after every added word)
		 * gives the same problems. */
		{
			struct problem_list again = { 0 };

			proof_doc(fuzz_proof, d, all, &again);
			FUZZ_ASSERT(again.n == l.n);
			problems_clear(&again);
		}
		problems_clear(&l);
	}
	doc_free(d);
	return 0;
}
