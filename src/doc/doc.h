/* doc.h - the document model shared by every part of galley.
 *
 * A document is its decoded text (UTF-8 in memory) plus blocks.  Every offset
 * galley shows or stores is a Unicode code point offset into that text,
 * start inclusive and end exclusive; lines are 1-based lines of it.  Blocks
 * also remember byte offsets so that code working on the UTF-8 string does
 * not have to rescan it. */
#ifndef GALLEY_DOC_H
#define GALLEY_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc/source_map.h"

enum doc_format { DOC_TEXT, DOC_HTML };

/* The block kinds, as named in JSON output and the manual. */
enum block_kind {
	BLOCK_TITLE,		/* the article's headline */
	BLOCK_HEADING,		/* h1..h6 */
	BLOCK_PARAGRAPH,	/* p, or a line of a text dump */
	BLOCK_LIST_ITEM,	/* li, dt, dd, or a bulleted text line */
	BLOCK_TABLE_CELL,	/* td, th */
	BLOCK_QUOTE,		/* blockquote */
	BLOCK_CAPTION,		/* figcaption, caption */
	BLOCK_PREFORMATTED,	/* pre */
	BLOCK_TEXT,		/* text directly inside another element */
	BLOCK_KIND_COUNT
};

/* Evidence the classifiers read.  HTML fills the DOM fields; text dumps
 * leave them zero. */
struct block_features {
	size_t chars;		/* code points, without surrounding space */
	size_t unspaced;	/* of them, letters of scripts written
				   without spaces (seg_is_unspaced) */
	size_t words;
	size_t stopwords;	/* words in the document language's stoplist */
	size_t link_chars;	/* code points inside <a> */
	size_t links;
	unsigned in_nav : 1, in_header : 1, in_footer : 1, in_aside : 1,
	    in_article : 1, in_main : 1, in_list : 1;
	/* What the HTML classifier found: the block lies in the container
	 * it chose as the article, under clutter between the two, and the
	 * content score of its element's parent as a share of the best. */
	unsigned in_chosen : 1, under_clutter : 1;
	float score_share;
	int class_score;	/* from class and id names of ancestors */
	size_t repeats_in_doc;	/* other blocks with the same text */
	size_t repeats_in_load;	/* other files of the load with this line */
	uint32_t elem;		/* owning element in doc->elems (HTML) */
};

/* Tags the HTML classifier tells apart; everything else is TAG_OTHER. */
enum html_tag {
	TAG_OTHER, TAG_ROOT, TAG_HTML, TAG_BODY, TAG_DIV, TAG_P, TAG_ARTICLE,
	TAG_MAIN, TAG_SECTION, TAG_NAV, TAG_HEADER, TAG_FOOTER, TAG_ASIDE,
	TAG_UL, TAG_OL, TAG_LI, TAG_DL, TAG_DT, TAG_DD, TAG_TABLE, TAG_TR,
	TAG_TD, TAG_TH, TAG_H1, TAG_H2, TAG_H3, TAG_H4, TAG_H5, TAG_H6,
	TAG_BLOCKQUOTE, TAG_PRE, TAG_FIGURE, TAG_FIGCAPTION, TAG_CAPTION,
	TAG_A, TAG_BR, TAG_FORM, TAG_SPAN, TAG_TIME, TAG_ADDRESS, TAG_HR,
	TAG_COUNT
};

/* A compact copy of the DOM's element tree, kept after libxml2's tree is
 * freed so that classifiers can reason about containers. */
struct elem {
	uint32_t parent;	/* index; the root is its own parent */
	uint16_t tag;		/* enum html_tag */
	int16_t weight;		/* class and id names: + content, - clutter */
	uint32_t depth;
	uint32_t class_hash;	/* of the class attribute; 0 if none */
};

struct block {
	size_t start, end;	/* code points */
	size_t bstart, bend;	/* bytes */
	size_t line;		/* 1-based */
	enum block_kind kind;
	enum block_kind base_kind;	/* before the title was chosen */
	bool keep;
	struct block_features f;
};

/* What analysers add on top of the text: a span of code points with a
 * kind, a kind-specific subtype (problem kind, entity type, ...) and a
 * reference into the analyser's own table.  The renderer merges them. */
enum span_kind {
	SPAN_PROBLEM,		/* proofreading; sub: enum problem_kind */
	SPAN_ENTITY,		/* named entity; sub: enum entity_type */
	SPAN_ANNOTATION,	/* a user's tag or note */
	SPAN_MATCH,		/* a search hit */
	SPAN_KIND_COUNT
};

struct span {
	size_t start, end;	/* code points, end exclusive */
	uint16_t kind;		/* enum span_kind */
	uint16_t sub;
	uint32_t ref;
};

struct doc {
	char *path;		/* as given by the user; "-" for stdin */
	enum doc_format format;
	char *encoding;
	char *text;		/* decoded text, UTF-8 */
	size_t text_len;	/* bytes */
	size_t text_cps;	/* code points */
	struct block *blocks;
	size_t nblocks, blocks_cap;
	char *title, *author, *date, *site;	/* NULL when unknown */
	char *url;		/* the page's own (canonical, og:url), or NULL */
	char *description;	/* what the page says it is about (og:,
				   meta or JSON-LD description), or NULL */
	size_t raw_size;
	uint8_t sha256[32];
	const char *lang;	/* stoplist language, NULL if unknown or
				   too few of its words to tell */
	const char *lang_guess;	/* the stoplist with the most of the
				   page's words, NULL if none: what the
				   blocks' stop word counts use */
	char *warning;		/* loaded, but not all of it: why, or NULL */
	struct elem *elems;	/* HTML only */
	size_t nelems, elems_cap;
	struct span *spans;
	size_t nspans, spans_cap;
	/* Offset index, built on demand by doc_offsets(): the byte offset of
	 * every DOC_CP_STEP-th code point, and the first code point of every
	 * line. */
	size_t *cp_bytes, ncp_bytes;
	size_t *line_cps, nlines;
	/* HTML: where the text stands in the page's source. */
	struct source_map source;
};

#define DOC_CP_STEP 64

struct doc *doc_new(const char *path, enum doc_format format);
void doc_free(struct doc *d);

/* Appends a block covering bytes [bstart, bend) of d->text; the caller
 * fills in code point offsets (doc_index_blocks does it for all). */
struct block *doc_add_block(struct doc *d, size_t bstart, size_t bend,
    enum block_kind kind);

/* Computes start, end and line of every block from byte offsets, and
 * text_cps, in one pass over the text. */
void doc_index_blocks(struct doc *d);

const char *block_kind_name(enum block_kind kind);

/* A block's text as a new string. */
char *block_text(const struct doc *d, const struct block *b);

/* Appends a span; spans may overlap and come in any order. */
struct span *doc_add_span(struct doc *d, size_t start, size_t end,
    enum span_kind kind, unsigned sub, uint32_t ref);
/* Sorts spans by start, then longer first. */
void doc_sort_spans(struct doc *d);
/* Removes every span of one kind (an analyser re-running). */
void doc_clear_spans(struct doc *d, enum span_kind kind);

/* Converting offsets: code point -> byte, byte -> code point, and the
 * 1-based line and column (in code points) of a code point offset.
 * Offsets past the end are clamped. */
size_t doc_cp_to_byte(struct doc *d, size_t cp);
size_t doc_byte_to_cp(struct doc *d, size_t byte);
void doc_line_col(struct doc *d, size_t cp, size_t *line, size_t *col);
/* The line of code point cp in the file as an editor opens it: the
 * decoded text's line, but the page's own source line for HTML (the
 * line `galley check` gives, source_map.h). */
size_t doc_file_line(struct doc *d, size_t cp);
/* The same line, and the column as the GNU Coding Standards count it
 * for messages: screen columns, with tab stops every 8 columns and wide
 * characters two columns wide (as GCC and Emacs's compilation mode
 * count).  p remembers where the last call ended (zero it before the
 * first), so that offsets in increasing order cost one walk over a line
 * however many there are on it. */
struct screen_pos {
	size_t line, cp, byte, width;
};
void doc_line_screen_col(struct doc *d, struct screen_pos *p, size_t cp,
    size_t *line, size_t *col);
/* The line and column of code point cp as `galley check` gives them:
 * the page's own for HTML (source_map.h), else doc_line_screen_col's
 * (p as there). */
void doc_file_line_col(struct doc *d, struct screen_pos *p, size_t cp,
    size_t *line, size_t *col);
/* The lines and screen columns of n offsets in any order, in one walk
 * over the text. */
void doc_screen_cols(struct doc *d, const size_t *cps, size_t n,
    size_t *line_of, size_t *col_of);
/* Text of code points [start, end) as a new string. */
char *doc_substr(struct doc *d, size_t start, size_t end);

/* Forgets what cleaning decided (keep flags, title block, metadata of
 * text dumps) so that a document can be cleaned again with new evidence.
 * HTML metadata stated by the page is kept. */
void doc_reset_cleaning(struct doc *d);

/* Sets *field to a copy of value (or NULL), freeing the old value. */
void doc_set(char **field, const char *value);

/* The body: the text of kept blocks other than the title, joined by blank
 * lines. */
char *doc_body(const struct doc *d);

#endif
