/* ner_clusters.h - word clusters: each lower-case word of a vocabulary
 * (data/ner/clusters.txt.gz, from GloVe's vectors by tools/gen-ner-clusters)
 * with its path in a binary tree of clusters, as Brown clusters give:
 * words sharing a long prefix of the path are used alike ("beatles" and
 * "metallica", "paris" and "london"); and its path in the tree of a
 * finer clustering of the same words.  Evidence for the model only.  The
 * table is generated at build time by tools/gen-cluster-table. */
#ifndef GALLEY_NER_CLUSTERS_H
#define GALLEY_NER_CLUSTERS_H

#include <stddef.h>
#include <stdint.h>

struct ner_cluster_entry {
	uint32_t word;		/* offset of the word in ner_cluster_pool */
	uint32_t path;		/* (1 << length) | the path's bits */
	uint32_t fine;		/* the same in a finer clustering, or 0 */
};

/* Sorted by the words' bytes. */
extern const struct ner_cluster_entry ner_cluster_entries[];
extern const unsigned long ner_cluster_count;
extern const char ner_cluster_pool[];

/* The entry of the lower-case word s[0..n-1], or NULL. */
const struct ner_cluster_entry *ner_cluster_find(const char *s, size_t n);

/* The path of the lower-case word s[0..n-1], encoded as in the table
 * (the highest set bit marks its length), or 0 if it has none. */
uint32_t ner_cluster_path(const char *s, size_t n);

/* The first bits of path (at most bits of them), encoded the same way:
 * a path shorter than bits is itself. */
uint32_t ner_cluster_prefix(uint32_t path, unsigned bits);

#endif
