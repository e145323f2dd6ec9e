/* export.h - annotations in the shapes other tools read.
 *
 * Each function appends one file's worth to a buffer; the command decides
 * whether that goes to standard output or to a file.  Span formats (brat,
 * jsonl, doccano, csv) use where each annotation is now (anchor_set must
 * have run); orphans have no place and are left out of the span formats
 * (csv lists them with empty offsets), w3c carries everything.  Offsets
 * are code points, or UTF-16 code units for tools in JavaScript or Java. */
#ifndef GALLEY_EXPORT_H
#define GALLEY_EXPORT_H

#include <jansson.h>

#include "anno/anno.h"
#include "doc/doc.h"
#include "base/util.h"

enum export_offsets { EXPORT_CODEPOINT, EXPORT_UTF16 };

struct export_ctx {
	struct doc *doc;
	const struct anno_set *set;
	const char *path;		/* the article, as given */
	enum export_offsets offsets;
};

/* The W3C collection with absolute IRIs, on one line. */
void export_w3c(struct buf *b, const struct export_ctx *x);
/* Prodigy: {"text", "spans": [{"start", "end", "label"}]}. */
void export_jsonl(struct buf *b, const struct export_ctx *x);
/* doccano: {"text", "label": [[start, end, "TAG"]]}. */
void export_doccano(struct buf *b, const struct export_ctx *x);
/* csv: file,start,end,line,tags,note,quote,creator,modified. */
void export_csv_header(struct buf *b);
void export_csv(struct buf *b, const struct export_ctx *x);
/* brat standoff: the .ann for the decoded text saved as the .txt. */
void export_brat(struct buf *b, const struct export_ctx *x);

/* How many annotations the span formats leave out (orphans). */
size_t export_orphans(const struct anno_set *s);


/* The labels of an annotation: its tags, else "note" or "highlight". */
size_t export_labels(const struct anno *a, const char *const **labels);

#endif
