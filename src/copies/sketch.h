/* sketch.h - similarity sketches of paragraphs, robust to small edits.
 *
 * A paragraph becomes the hashes of its words, folded so that case,
 * punctuation, quote and apostrophe styles do not count ("Don’t" and
 * "don't" are one word); then the set of its word shingles (runs of
 * SKETCH_SHINGLE words); then a MinHash signature of that set, whose
 * bands (SKETCH_BANDS of SKETCH_ROWS values) are the keys of locality-
 * sensitive hashing: two paragraphs whose shingle sets have Jaccard
 * similarity s share at least one band with probability
 * 1 - (1 - s^ROWS)^BANDS (0.5 -> 0.64, 0.6 -> 0.88, 0.7 -> 0.98).
 * Every hash is fixed (no random seed), so results are reproducible. */
#ifndef GALLEY_SKETCH_H
#define GALLEY_SKETCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SKETCH_SHINGLE 3
#define SKETCH_BANDS 20
#define SKETCH_ROWS 3
#define SKETCH_HASHES (SKETCH_BANDS * SKETCH_ROWS)

struct u32_list {
	uint32_t *v;
	size_t n, cap;
};

void u32_push(struct u32_list *l, uint32_t x);
void u32_free(struct u32_list *l);

/* Appends the folded hashes of the words of text[bstart, bend) to out;
 * returns how many. */
size_t sketch_words(const char *text, size_t bstart, size_t bend,
    struct u32_list *out);

/* Writes the distinct shingle hashes of words[0..n), sorted, to out
 * (room for n values); returns how many (one shingle of all words when
 * there are fewer than SKETCH_SHINGLE, none when there are none). */
size_t sketch_shingles(const uint32_t *words, size_t n, uint32_t *out);

/* The hash of the shingle of words[0..n) that starts at word i (i + the
 * shingle's length <= n), as sketch_shingles has it. */
uint32_t sketch_shingle_at(const uint32_t *words, size_t n, size_t i);

/* A key of the whole folded word sequence words[0..n) (n > 0): equal
 * for two lines equal but for case, punctuation and quote styles. */
uint64_t sketch_line_key(const uint32_t *words, size_t n);

/* The MinHash signature of a shingle set (n > 0). */
void sketch_minhash(const uint32_t *shingles, size_t n,
    uint32_t sig[SKETCH_HASHES]);

/* The key of band b of a signature. */
uint64_t sketch_band_key(const uint32_t sig[SKETCH_HASHES], unsigned b);

/* Whether the sorted set set[0..n) holds x. */
bool sketch_has(const uint32_t *set, size_t n, uint32_t x);

/* How many values two sorted sets of distinct values share. */
size_t sketch_shared(const uint32_t *a, size_t na, const uint32_t *b,
    size_t nb);

/* Jaccard similarity of two sorted sets of distinct values (1 when both
 * are empty). */
double sketch_jaccard(const uint32_t *a, size_t na, const uint32_t *b,
    size_t nb);

#endif
