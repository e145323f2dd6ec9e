/* session.h - one core session: a load and each document's analyses.
 *
 * The reader and the batch commands hold their documents here.  Files
 * are loaded one at a time (the reader shows the first before the rest
 * are read), cleaned, and analysed: problems from the proofreader,
 * entity mentions from the recogniser, the annotations of its sidecar
 * anchored in its text, all kept as spans of the document.  The
 * analysers are opened on demand, since opening the dictionaries takes
 * a tenth of a second or more.  Nothing here writes to the terminal:
 * what the caller should tell the user comes back as strings. */
#ifndef GALLEY_SESSION_H
#define GALLEY_SESSION_H

#include <stdbool.h>
#include <stddef.h>

#include "anno/anno.h"
#include "anno/anno_vocab.h"
#include "base/file_stamp.h"
#include "clean/clean.h"
#include "ner/entity_decisions.h"
#include "ner/entity_index.h"
#include "ner/ner.h"
#include "proof/corrections.h"
#include "proof/problem.h"
#include "proof/proof.h"
#include "proof/spell.h"
#include "session/block_choices.h"

/* Proofreading and entities cost about a second per megabyte: past this
 * the reader keeps a document without them rather than stall. */
#define SESSION_MAX_ANALYSED (2u << 20)

/* What a session analyses, and how.  The reader wants everything; a
 * batch command what it prints. */
struct session_options {
	bool proof;		/* proofread (problems) */
	bool ner;		/* recognise entities (mentions) */
	bool annotations;	/* open and anchor the sidecars */
	bool all;		/* analyse the dropped blocks too */
	bool raw;		/* session_load_all: decode only, no cleaning */
	const char *dicts;	/* the proofreader's dictionaries (NULL:
				   the locale's) */
	bool user_words;	/* the personal and project word lists */
	const char *ner_model;	/* the entity model (NULL: the usual one) */
	bool no_model;		/* entities by the rules alone */
	/* Larger documents are kept unanalysed (0: no limit). */
	size_t max_analysed;
};

struct session_doc {
	bool loaded;		/* tried, successfully or not */
	struct file_stamp stamp;	/* its file when it was read */
	struct file_stamp other;	/* a stamp whose bytes differ */
	bool analysed;		/* its problem and entity spans are current */
	/* What the user should be told about its analysis (a project word
	 * list that could not be read), or NULL. */
	char *notice;
	struct problem_list problems;
	struct anno_set *annos;	/* opened on first need; NULL if that
				   failed */
	bool unsaved;		/* the last save of annos failed */
	/* The corrections layer (corrections.h), read on first need by
	 * session_corrections; NULL until then. */
	struct corrections *corr;
	/* Its corrections file could not be read whole: never written. */
	bool corr_damaged;
	/* What to tell of the corrections the text no longer has
	 * (corrections_unmatched_message), until told; or NULL. */
	char *corr_unmatched;
	/* The user's kept and dropped blocks (block_choices.h), read when
	 * the document is cleaned; NULL until then.  choices_cause: why the
	 * file could not be read whole (it is then never written), or NULL. */
	struct block_choices *choices;
	char *choices_cause;
	bool choices_told;	/* the reader has shown choices_cause */
	/* Each block's keep as the cleaner chose it, before the choices
	 * (ncleaner blocks; NULL until cleaned). */
	bool *cleaner_keep;
	size_t ncleaner;
};

struct copies;

struct session {
	struct session_options opt;
	struct load load;	/* load.docs[i] NULL until loaded (or failed) */
	struct session_doc *docs;
	/* Entity mentions per document, side by side: the entity index
	 * reads them as one array. */
	struct mention_list *mentions;
	size_t nloaded;
	bool crossed;		/* cross-file evidence applied */
	bool analysers_open;	/* session_open_analysers ran */
	struct proof *proof;	/* NULL: proofreading off */
	char *proof_cause;	/* why proof is NULL, when it is */
	struct ner *ner;
	bool model_failed;	/* the model named could not be used */
	struct speller *ner_speller;	/* the dictionary alone, for ner */
	/* The user's entity decisions (.galley-entities of each loaded
	 * directory): the recogniser applies the types and rejections, the
	 * caller's entity index the merges and splits. */
	struct entity_decisions decisions;
	/* Tag colours of annotation spans (the caller's; may be NULL). */
	const struct anno_vocab *vocab;
	/* Syndicated copy over the loaded documents (session_copies.c),
	 * built on first need; NULL until then. */
	struct copies *copies;
	size_t copies_loaded;	/* nloaded when it was built */
	bool copies_crossed;	/* crossed when it was built */
	/* copies' paragraphs by union, built with it on first need
	 * (session_travel.c): those of root r are union_member[k] for k in
	 * [union_first[r], union_first[r + 1]), in order. */
	uint32_t *union_first, *union_member;
	/* The shortest names that tell the loaded files apart
	 * (session_file_name). */
	const char **file_names;
};

/* A session over paths, none of them loaded yet, analysing everything
 * (as the reader does) until session_set_options says otherwise. */
void session_init(struct session *s, char *const *paths, size_t n);
void session_set_options(struct session *s, const struct session_options *o);
void session_free(struct session *s);

/* Loads, cleans and analyses document f (once).  Returns whether it
 * loaded; else load.errors[f] says why. */
bool session_load_doc(struct session *s, size_t f);

/* session_reload.c: whether document f's file is as it was read
 * (size, modification time and inode; or, when they differ, the same
 * bytes: a file touched is not changed), changed, or gone.  A document
 * not loaded, that failed to load or read from standard input counts
 * as the same. */
enum session_disk { DISK_SAME, DISK_CHANGED, DISK_GONE };
enum session_disk session_disk_state(struct session *s, size_t f);

/* Why nothing may be written beside document f (its annotations,
 * corrections or block choices would be placed in text its file no
 * longer has): "FILE changed on disk; :e reloads it", as a new string;
 * NULL when its file is as it was read. */
char *session_stale_cause(struct session *s, size_t f);

/* Reads document f again (one that failed to load too): loads, cleans
 * and analyses it as session_load_doc, its corrections and block
 * choices read again on need, its annotations kept (unsaved ones too)
 * and anchored in the new text.  Standard input is not read again.
 * Returns whether it loaded; else load.errors[f] says why. */
bool session_reload_doc(struct session *s, size_t f);
/* Reads document f again when it failed to load (no permission, since
 * given) and its file is not too big to load; returns whether it
 * loaded now. */
bool session_retry_failed(struct session *s, size_t f);

/* Notes how document f's file is now, before it is read. */
void session_stamp_doc(struct session *s, size_t f);

/* Loads and cleans every document at once, with the evidence across
 * the load before cleaning (the batch commands' way; the reader loads
 * one at a time).  Analyses nothing.  For a session nothing of which is
 * loaded yet. */
void session_load_all(struct session *s);

/* Applies evidence across the load (a short line repeated by other
 * files is furniture) and cleans and analyses again the text dumps it
 * changes.  Returns whether any document changed. */
bool session_cross_file(struct session *s);

/* Opens the proofreader and the recogniser.  Returns what the user
 * should be told (proofreading off and why, or a missing dictionary),
 * as a new string, or NULL. */
char *session_open_analysers(struct session *s);

/* Reads the entity decisions of every loaded directory again; report
 * gets each file that could not be read and why.  Returns how many
 * could not.  Documents analysed already keep their mentions until
 * session_redecide. */
size_t session_read_decisions(struct session *s,
    void (*report)(void *arg, const char *file, const char *cause),
    void *arg);

/* Applies the type and notentity decisions to the mentions of every
 * analysed document (after one was added to s->decisions), with their
 * spans.  Returns whether any mention changed.  A mention dropped by an
 * earlier notentity comes back only when the document is analysed
 * again (session_rerun_entities). */
bool session_redecide(struct session *s);
/* Gives every analysed document's mentions the type decided for their
 * group in ix (an index of s's mentions as they stand), with their
 * spans: a type decision about a name types its whole entity.  Returns
 * whether any mention changed. */
bool session_type_groups(struct session *s, const struct entity_index *ix);
/* Finds the entities of every analysed document again, with the
 * decisions as they stand: what a type decision needs after a notentity
 * dropped the name's mentions.  Returns whether there was any. */
bool session_rerun_entities(struct session *s);

/* Analyses document f: problems, entity mentions and annotation spans.
 * Before the analysers are open only its annotations are shown, and f
 * stays unanalysed.  Returns whether its mentions changed. */
bool session_analyse(struct session *s, size_t f);
/* Whether file f is kept unanalysed for its size (over max_analysed):
 * its problem and entity counts are unknown, not 0. */
bool session_too_big(const struct session *s, size_t f);

/* Document f's annotations, opened and anchored on first need (NULL
 * when f is not loaded). */
struct anno_set *session_annos(struct session *s, size_t f);

/* Annotations (replies not counted) of document f; 0 when its sidecar
 * was not opened or could not be read. */
size_t session_anno_count(const struct session *s, size_t f);

/* The name lists show file f by: its base name, or as many of its path's
 * last components as tell it from every other loaded file
 * ("b/index.html").  Points into load.paths[f]. */
const char *session_file_name(const struct session *s, size_t f);
/* Documents whose sidecar is damaged (their annotations read-only). */
size_t session_anno_damaged(const struct session *s);

/* After an edit: document f's annotation spans again, nothing else. */
void session_annotation_spans(struct session *s, size_t f);

/* Whether a loaded document still waits for its analysis. */
bool session_pending(const struct session *s);

/* session_corr.c: the corrections of document f, read from its
 * ARTICLE.corrections on first need and matched against its text (those
 * whose word is gone dropped).  Never NULL for a loaded document; when
 * the file cannot be read (or the article is standard input) the list is
 * empty and *cause says why, the first time only (else NULL). */
struct corrections *session_corrections(struct session *s, size_t f,
    char **cause);

/* The message that says which corrections of document f its text no
 * longer has (they are not applied), the first time only: a new string,
 * or NULL. */
char *session_corrections_unmatched(struct session *s, size_t f);

/* Sets the correction of [start, end) in document f to fix (NULL takes it
 * away) and saves the file.  Returns 0, or -1 with *cause set (the
 * correction holds for the session). */
int session_correct(struct session *s, size_t f, size_t start, size_t end,
    const char *fix, char **cause);

/* Applies the user's kept and dropped blocks to document f, just
 * cleaned (session_blocks.c). */
void session_apply_block_choices(struct session *s, size_t f);

/* Keeps (or drops) block i of document f and saves the choice beside
 * the article: against the cleaner, a line; back to the cleaner's
 * choice, none.  Returns 0, or -1 with *cause set (the choice then holds
 * for the session only). */
int session_choose_block(struct session *s, size_t f, size_t i, bool keep,
    char **cause);

/* Whether block i of document f is as the cleaner chose it. */
bool session_block_is_cleaners(const struct session *s, size_t f,
    size_t i);

/* session_copies.c: which documents carry the same story
 * (copies/copies.h), over the documents loaded so far, built again when
 * more have loaded or cross-file evidence cleaned them again. */
struct copies *session_copies(struct session *s);
/* The other documents of f's story group, in load order, after the
 * first above `after` (SIZE_MAX: from the start), wrapping round;
 * SIZE_MAX when f shares its story with none. */
size_t session_next_version(struct session *s, size_t f, size_t after);
void session_copies_free(struct session *s);

/* A paragraph of a document that other documents carry too. */
struct shared_para {
	size_t start, end;	/* code points */
	size_t others;		/* how many other documents carry it */
};

/* The paragraphs of f that others carry, in text order, as a new array
 * (*n of them; NULL when none). */
struct shared_para *session_shared_paras(struct session *s, size_t f,
    size_t *n);

#endif
