/* export.h - annotations in the shapes other tools read.
 *
 * Each function appends one file's worth to a buffer; the command decides
 * whether that goes to standard output or to a file.  Every format uses
 * where each annotation is now (anchor_set must have run), never the
 * offsets saved in the sidecar, which may be of an older text; orphans
 * have no place and fuzzy ones are unconfirmed: both are left out of
 * the span formats (csv lists them with their state, orphans with empty
 * offsets), w3c carries everything: a placed annotation's
 * selectors rewritten from the current text, an orphan's saved quote
 * and context without a position.  Offsets are code points, or UTF-16
 * code units for tools in JavaScript or Java. */
#ifndef GALLEY_EXPORT_H
#define GALLEY_EXPORT_H

#include <jansson.h>

#include "anno/anno.h"
#include "anno/anno_thread.h"
#include "doc/doc.h"
#include "base/util.h"

enum export_offsets { EXPORT_CODEPOINT, EXPORT_UTF16 };

/* Which threads an export holds (each empty or NULL: any); a reply goes
 * with the annotation it answers.  The tag is the head's; the creator
 * and the time are those of one item of the thread, head or reply.  A
 * filter given several values takes any of them (--tag=a --tag=b: a
 * thread whose head carries a or b). */
struct export_filter {
	const char **tags;	/* the head carries one of these tags */
	size_t ntags;
	const char **creators;	/* made by one of these people (any case,
				 * accents) */
	size_t ncreators;
	const char *since;	/* modified at or after this UTC time, ISO 8601
				 * ("2026-12-01" or "2026-12-01T10:00") */
};

/* What a format could not hold, counted over an export. */
struct export_losses {
	size_t notes;		/* annotations whose note was left out */
	size_t replies;		/* replies left out (not reviews) */
	size_t reviews;		/* reviews left out: their verdicts */
	size_t ids;		/* annotations written without their id */
	size_t creators;	/* ... without who made them */
	size_t times;		/* ... without when they were made or changed */
};

struct export_ctx {
	struct doc *doc;
	const struct anno_set *set;
	const char *path;		/* the article, as given */
	enum export_offsets offsets;
	const struct export_filter *filter;	/* NULL: everything */
	struct export_losses *losses;	/* NULL: not counted */
	const struct anno_threads *threads;	/* set's, built once */
	/* Written to a terminal: csv shows control characters as their
	 * pictures (U+2400 block).  Otherwise an export is data and csv
	 * carries every character as stored (quoted fields hold tabs and
	 * line breaks); the JSON formats escape them either way. */
	bool terminal;
};

/* The W3C collection with absolute IRIs, on one line; each passage
 * says where it is now ("galley:state": anchored, moved, fuzzy or
 * orphan) and "galley:source" describes the current text. */
void export_w3c(struct buf *b, const struct export_ctx *x);
/* Prodigy: {"text", "spans": [{"start", "end", "label", "id", "note"}]}
 * ("note" only when there is one). */
void export_jsonl(struct buf *b, const struct export_ctx *x);
/* doccano: {"text", "label": [[start, end, "TAG"]]}. */
void export_doccano(struct buf *b, const struct export_ctx *x);
/* csv: file,start,end,line,tags,note,quote,creator,modified,id,reply_to,
 * created,state,verdict,conflicts; a row per annotation and per reply (a
 * review is a reply with a verdict; conflicts, how many edits of it lost
 * and wait to be settled); every field quoted (RFC 4180). */
void export_csv_header(struct buf *b);
void export_csv(struct buf *b, const struct export_ctx *x);
/* brat standoff: the .ann for the decoded text saved as the .txt; notes
 * and replies ("CREATOR: reply", a review "CREATOR: VERDICT: why") are
 * AnnotatorNotes of their span. */
void export_brat(struct buf *b, const struct export_ctx *x);
/* Label Studio's task: {"data": {"text"}, "annotations": [{"result":
 * [...]}]}, a "labels" result per passage (from_name "label", to_name
 * "text") and a "textarea" result with the same id for its note (from
 * name "note": a per-region TextArea).  One task, without the brackets
 * of the list a file holds (the command adds them). */
void export_labelstudio(struct buf *b, const struct export_ctx *x);
/* WebAnno TSV 3.3 (INCEpTION): one sentence per line of the text, tokens
 * cut at every passage boundary, each passage a NamedEntity span per
 * tag (value; identifier empty), UTF-16 offsets whatever x->offsets
 * says; notes and replies are counted as losses. */
void export_webanno(struct buf *b, const struct export_ctx *x);

/* How many annotations the span formats leave out: orphans, which have
 * no place, and fuzzy ones, whose text changed and is not confirmed
 * (their guessed place would label words the annotator never saw). */
size_t export_orphans(const struct export_ctx *x);
size_t export_fuzzy(const struct export_ctx *x);

/* Whether text is a time --since takes: YYYY-MM-DD, optionally followed
 * by THH:MM, :SS, .mmm and Z. */
bool export_since_ok(const char *text);

/* The labels of an annotation: its tags, else "note" or "highlight". */
size_t export_labels(const struct anno *a, const char *const **labels);

#endif
