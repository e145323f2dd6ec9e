/* sketch.c - folded words, shingles and MinHash signatures of paragraphs. */
#include "config.h"

#include "copies/sketch.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "base/util.h"
#include "doc/segment.h"
#include "doc/tokens.h"

void
u32_push(struct u32_list *l, uint32_t x)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	l->v[l->n++] = x;
}

void
u32_free(struct u32_list *l)
{
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

/* A 64-bit mixer (splitmix64's finaliser): spreads every input bit. */
static uint64_t
mix64(uint64_t x)
{
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebULL;
	return x ^ (x >> 31);
}

static bool
is_apostrophe(utf8proc_int32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC;
}

/* FNV-1a over the lower-cased code points of a word, apostrophes left
 * out. */
static uint32_t
fold_word(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i = 0;

	while (i < n) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t len = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		    (utf8proc_ssize_t)(n - i), &cp);

		if (len <= 0) {
			cp = (unsigned char)s[i];
			len = 1;
		}
		i += (size_t)len;
		if (is_apostrophe(cp))
			continue;
		cp = cp < 0x80 ? (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp)
		    : utf8proc_tolower(cp);
		for (int k = 0; k < 4; k++) {
			h ^= (uint32_t)(cp >> (8 * k)) & 0xff;
			h *= 16777619u;
		}
	}
	return h;
}

/* The folded hashes of token [a, b): one word, or, where it holds
 * letters of a script written without spaces, each such letter a word
 * (seg_unspaced_letter) and the runs between them words. */
static void
push_token_words(const char *text, size_t a, size_t b, struct u32_list *out)
{
	size_t run = a, i = a, len, cps;

	while (i < b) {
		if ((len = seg_unspaced_letter(text, i, b, &cps)) == 0) {
			i++;	/* a byte at a time: only lead bytes match */
			continue;
		}
		if (i > run)
			u32_push(out, fold_word(text + run, i - run));
		u32_push(out, fold_word(text + i, len));
		i += len;
		run = i;
	}
	if (b > run)
		u32_push(out, fold_word(text + run, b - run));
}

size_t
sketch_words(const char *text, size_t bstart, size_t bend,
    struct u32_list *out)
{
	struct token_list toks = { NULL, 0, 0 };
	size_t n0 = out->n;

	tokens_scan(text, bstart, bend, 0, &toks);
	for (size_t i = 0; i < toks.n; i++)
		push_token_words(text, toks.v[i].bstart, toks.v[i].bend, out);
	tokens_free(&toks);
	return out->n - n0;
}

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return (x > y) - (x < y);
}

bool
sketch_has(const uint32_t *set, size_t n, uint32_t x)
{
	return n > 0 && bsearch(&x, set, n, sizeof x, cmp_u32) != NULL;
}

uint32_t
sketch_shingle_at(const uint32_t *words, size_t n, size_t i)
{
	size_t k = n < SKETCH_SHINGLE ? n : SKETCH_SHINGLE;
	uint64_t h = 0;

	for (size_t j = 0; j < k; j++)
		h = mix64(h ^ words[i + j]);
	return (uint32_t)(h >> 32);
}

size_t
sketch_shingles(const uint32_t *words, size_t n, uint32_t *out)
{
	size_t k = n < SKETCH_SHINGLE ? n : SKETCH_SHINGLE;
	size_t m = n == 0 ? 0 : n - k + 1, d = 0;

	for (size_t i = 0; i < m; i++)
		out[i] = sketch_shingle_at(words, n, i);
	if (m > 0)
		qsort(out, m, sizeof *out, cmp_u32);
	for (size_t i = 0; i < m; i++)
		if (d == 0 || out[i] != out[d - 1])
			out[d++] = out[i];
	return d;
}

uint64_t
sketch_line_key(const uint32_t *words, size_t n)
{
	uint64_t h = mix64(n);

	for (size_t i = 0; i < n; i++)
		h = mix64(h ^ words[i]);
	return h ? h : 1;
}

/* The i-th hash function: h(x) = high half of (a_i x + b_i) mod 2^64,
 * with a_i odd; a_i and b_i come from splitmix64 of i. */
static void
hash_params(unsigned i, uint64_t *a, uint64_t *b)
{
	*a = mix64(0x9e3779b97f4a7c15ULL * (2 * i + 1)) | 1;
	*b = mix64(0x9e3779b97f4a7c15ULL * (2 * i + 2));
}

void
sketch_minhash(const uint32_t *shingles, size_t n,
    uint32_t sig[SKETCH_HASHES])
{
	static uint64_t a[SKETCH_HASHES], b[SKETCH_HASHES];
	static bool ready;

	if (!ready) {
		for (unsigned i = 0; i < SKETCH_HASHES; i++)
			hash_params(i, &a[i], &b[i]);
		ready = true;
	}
	for (unsigned i = 0; i < SKETCH_HASHES; i++)
		sig[i] = UINT32_MAX;
	for (size_t j = 0; j < n; j++) {
		uint64_t x = shingles[j];

		for (unsigned i = 0; i < SKETCH_HASHES; i++) {
			uint32_t h = (uint32_t)((a[i] * x + b[i]) >> 32);

			if (h < sig[i])
				sig[i] = h;
		}
	}
}

uint64_t
sketch_band_key(const uint32_t sig[SKETCH_HASHES], unsigned b)
{
	uint64_t h = mix64(b + 1);

	for (unsigned r = 0; r < SKETCH_ROWS; r++)
		h = mix64(h ^ sig[b * SKETCH_ROWS + r]);
	return h;
}

size_t
sketch_shared(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	size_t i = 0, j = 0, both = 0;

	while (i < na && j < nb) {
		if (a[i] == b[j]) {
			both++;
			i++;
			j++;
		} else if (a[i] < b[j]) {
			i++;
		} else {
			j++;
		}
	}
	return both;
}

double
sketch_jaccard(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	size_t both;

	if (na + nb == 0)
		return 1.0;
	both = sketch_shared(a, na, b, nb);
	return (double)both / (double)(na + nb - both);
}
