/* shingle_index.h - which paragraphs of a version hold a shingle.
 *
 * compare's candidate pairs: two paragraphs whose Jaccard similarity is
 * above 0 share a shingle, so the paragraphs of one version listed under
 * the shingles of a paragraph of the other are all those it can match.
 * A list can be long only on crafted or repetitive input (every line of
 * a log shares its words with every other); a caller then reads only the
 * entries near a position (shingle_index_near), which bounds the pairs
 * to the paragraphs times that window instead of their square. */
#ifndef GALLEY_SHINGLE_INDEX_H
#define GALLEY_SHINGLE_INDEX_H

#include <stddef.h>
#include <stdint.h>

struct shingle_entry {
	uint32_t shingle;
	size_t para;
};

struct shingle_index {
	struct shingle_entry *v;	/* by shingle, then paragraph */
	size_t n, cap;
};

void shingle_index_init(struct shingle_index *x);
void shingle_index_free(struct shingle_index *x);

/* Files paragraph para under shingle; add each paragraph's shingles in
 * paragraph order, then sort once. */
void shingle_index_add(struct shingle_index *x, uint32_t shingle,
    size_t para);
void shingle_index_sort(struct shingle_index *x);

/* Sets [*from, *to) to the entries under shingle: all of them when there
 * are at most max, else the max whose paragraphs are nearest to near. */
void shingle_index_near(const struct shingle_index *x, uint32_t shingle,
    size_t near, size_t max, size_t *from, size_t *to);

#endif
