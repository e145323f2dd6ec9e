/* copies.h - syndicated copy: which sources of a load carry the same
 * text.
 *
 * Each kept paragraph of a source (the title aside), and each dropped
 * block that reads as prose (copies.c, copies_prose), is sketched
 * (copies/sketch.h).  Adding a source looks its paragraphs up in the LSH
 * buckets of the sources added before it, confirms each candidate by
 * the exact Jaccard similarity of the two shingle sets, and keeps the
 * pairs at or above COPIES_SIMILAR as shared passages; the other blocks
 * are matched only where two passages of the same two sources frame
 * them (COPIES_GAP_BLOCKS), and so are paragraphs edited beyond
 * COPIES_SIMILAR; beyond the first and the last passage of two sources,
 * blocks are matched in order while alike, up to page furniture
 * (COPIES_EDGE_LOOK); last, lines equal in both and found once in each
 * are paired in the order of the passages (COPIES_LINE_CHAIN); and two
 * sources of one story where a paragraph of either is in no passage
 * with the other are aligned as galley compare aligns them (align.h),
 * each paragraph split or joined kept with its parts (copies_parts.c).
 * Two sources whose
 * shared paragraphs make up at least COPIES_GROUP_SHARE of the words of
 * either one's body are one story: story groups are the connected
 * components of that relation (union-find).  Adding a source costs time
 * in proportion to its own size and the passages it shares (and to the
 * size of the versions of its story it is aligned with); there is no
 * pass over all pairs.  The results depend only on the order in which
 * the sources are added. */
#ifndef GALLEY_COPIES_H
#define GALLEY_COPIES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "copies/band_table.h"
#include "copies/sketch.h"
#include "doc/doc.h"

/* Shingle Jaccard similarity from which two paragraphs are one passage
 * (0.30 to 0.60 measured alike on tools/bench/copies). */
#define COPIES_SIMILAR 0.45
/* Part of a body (in words) shared with another source that makes them
 * one story. */
#define COPIES_GROUP_SHARE 0.5
/* ... and at least this many words of it on one side: a wire credit or
 * an editor's note ("This story has been updated") is shared by
 * unrelated stories, and was half of a short version's body.  (On
 * tools/bench/copies, seed 5: story groups right 0.899 -> 0.986, one
 * giant group of 90 files split; seed 11: 0.995 -> 0.990, a version
 * sharing one 13-word line left alone; seeds 19, 23, 31 unchanged.) */
#define COPIES_GROUP_MIN_WORDS 15
/* Paragraphs with fewer words are not sketched ("Read more"): too short
 * to say anything about a source.  (3 measured best on the development
 * part of tools/bench/copies: 6 lost 3% of the shared paragraphs, with
 * no gain in precision.) */
#define COPIES_MIN_WORDS 3

/* Between two passages joining the same two sources, blocks too short
 * or too unlike prose to be looked up ("Meal 2", a caption, a line of a
 * table) are matched in order with the other source's blocks between
 * the same two passages; gaps longer than this many blocks are left
 * alone.  (16 until the edge walk below; 32 found 0.005 more of the
 * shared paragraphs of the dev part of tools/bench/copies, seed 19, at
 * the same precision; 64 no more than 32.) */
#define COPIES_GAP_BLOCKS 32
/* The similarity from which two blocks so framed are one passage.
 * (tools/bench/copies, paragraph recall on seeds 19, 5 and 11: 0.856,
 * 0.823, 0.818 with context blocks alone at COPIES_SIMILAR; 0.870,
 * 0.839, 0.832 with every framed block at 0.25, precision 0.994, 0.989,
 * 0.992.  Matching before the first or after the last passage too,
 * 3 blocks deep, raised recall to 0.893 but cut precision to 0.935:
 * footers alike on every site; COPIES_EDGE_LOOK's walk stops at them.) */
#define COPIES_GAP_SIMILAR 0.25
/* Beyond the first and the last passage joining two sources (a list, a
 * table, the lines of a recipe before the footer), each block of the
 * earlier source is matched with one of the next COPIES_EDGE_LOOK blocks
 * of the other at COPIES_EDGE_SIMILAR; the walk ends after
 * COPIES_EDGE_LOOK blocks in a row matched with none, or at a block that
 * reads as page furniture (copies.c, extend_edge).  Chosen on the dev
 * part of tools/bench/copies, seed 19, paragraph recall at precision
 * 0.994 (0.872 without the walk): look 3 at 0.25 and 0.5 gave 0.946
 * and 0.913 (0.5 with no skipping: 0.886); look 4 at 0.25, 0.35, 0.5:
 * 0.959, 0.959, 0.958; look 5 at 0.5: 0.958; look 6 at 0.35: 0.962.  Without the furniture stop precision fell to
 * 0.942 ("Subscribe", "Share this article" on every site). */
#define COPIES_EDGE_LOOK 4
#define COPIES_EDGE_SIMILAR 0.35

/* Within two sources of one story group, a short line (a list item, a
 * table row) equal after folding (sketch.h) to exactly one line of the
 * other and to no other in either is one passage, when the order of
 * such pairs agrees with the passages already found (copies_lines.c).
 * A line carried by a source of another story group is furniture and
 * never paired; the first this many sources of each line are kept to
 * tell. */
#define COPIES_LINE_CHAIN 32
/* Between two lines so paired (or passages), a line of at most this
 * many words is paired with one of the other's next COPIES_EDGE_LOOK
 * that differs from it by at most a third of its words (a word added,
 * cut or misspelt): the words of such lines are kept in order. */
#define COPIES_LINE_WORDS 16

/* A band met by this many paragraphs already is furniture (a line every
 * page of a site repeats): later ones are looked up, not filed, so the
 * 65th copy of a paragraph onward is matched with the first 64 only
 * (copies_passages_complete lists the rest). */
#define COPIES_MAX_CHAIN 64

/* A dropped block of at least this many words that reads as prose is
 * sketched too (copies.c, copies_prose). */
#define COPIES_PROSE_WORDS 9

struct copies_para {
	uint32_t source;
	size_t start, end;	/* code points of the source's text */
	uint32_t words;
	size_t shingle_at;	/* into copies.shingles */
	uint32_t nshingles;
	uint32_t seen;		/* the last lookup that met it */
	/* Not looked up by its sketch (too short, or dropped and not
	 * prose): joined only to a block between two passages of the same
	 * two sources (copies.c, fill_gaps). */
	bool context;
	/* Reads as page furniture (clean/boilerplate.h): ends the walk of
	 * extend_edge. */
	bool furniture;
	bool after_title;	/* the first paragraph after the title */
	bool header;		/* before the title: a site's menu */
	bool heading;		/* never split nor joined (align.h) */
	uint64_t line;		/* sketch_line_key of its words */
	size_t word_at;		/* into copies.words */
};

struct copies_passage {
	uint32_t a, b;		/* paragraphs; a's source was added first */
	float similarity;
};

struct passage_list {
	struct copies_passage *v;
	size_t n, cap;
};

struct copies {
	struct copies_para *paras;
	size_t nparas, paras_cap;
	struct u32_list shingles;
	struct u32_list words;	/* each paragraph's folded words */
	struct band_table bands;
	struct band_table lines;	/* line key -> paragraphs */
	struct copies_passage *passages;
	size_t npassages, passages_cap;
	/* A paragraph and a part of it that the other version split off
	 * or joined to another (copies_parts.c): never in one union. */
	struct passage_list parts;
	uint32_t *para_parent;	/* union-find over paragraphs: copies */
	uint32_t *parent;	/* union-find over sources */
	size_t *body_words;	/* per source: words of its sketched body */
	size_t *first_para;	/* per source: its first paragraph */
	size_t nsources, sources_cap;
	uint32_t lookup;	/* stamp of the current lookup */
};

void copies_init(struct copies *c);
void copies_free(struct copies *c);

/* Adds the kept paragraphs of d as the next source (NULL: a source that
 * could not be loaded, sharing nothing); returns its number. */
size_t copies_add(struct copies *c, const struct doc *d);

/* The story group of a source: the smallest source number in it. */
size_t copies_group(struct copies *c, size_t source);

/* The union of copies paragraph para is in: the smallest paragraph
 * number of those joined to it by passages, directly or through
 * others. */
uint32_t copies_para_union(struct copies *c, uint32_t para);

/* For each of paragraphs paras[0..n), how many other sources carry it:
 * the sources of the paragraphs joined to it by passages, directly or
 * through others, and of those kept with one of them as a whole and a
 * part (c->parts).  Counted over that union, not the passages, so that
 * it stays right beyond the band table's chains (a paragraph in 70
 * sources is matched with the first 64 filed, and they with the rest).
 * Linear in the paragraphs, plus sorting those of the copies counted. */
void copies_carriers(struct copies *c, const uint32_t *paras, size_t n,
    uint32_t *out);

/* The shared passages to list: c's, and in each union of more than
 * COPIES_MAX_CHAIN paragraphs (where the band chains cut pairs off)
 * every pair of its paragraphs from two sources of one story group that
 * is similar enough, confirmed as match_para does (passages found by
 * gap filling, below COPIES_SIMILAR, are kept as found).  Pairs across story
 * groups stay as matched: furniture repeated on every page of a site
 * makes big unions of sources in different groups.  Quadratic only in a
 * story's copies of one paragraph, as the listing is.  Passages with a
 * in the smaller source, sorted by the pair of sources, then in text
 * order; free() the result. */
struct copies_passage *copies_passages_complete(struct copies *c,
    size_t *n);

#endif
