/* reader_int.h - the reader's state, shared by reader.c (events) and
 * draw.c (screen).  Not for use outside src/ui. */
#ifndef GALLEY_UI_READER_INT_H
#define GALLEY_UI_READER_INT_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "anno/anno.h"
#include "anno/anno_vocab.h"
#include "view/caret.h"
#include "clean/clean.h"
#include "ner/entity_decisions.h"
#include "ner/entity_index.h"
#include "ner/ner.h"
#include "proof/problem.h"
#include "proof/proof.h"
#include "view/layout.h"
#include "view/search.h"
#include "base/settings.h"
#include "base/util.h"
#include "session/reading.h"
#include "session/session.h"
#include "session/watch.h"
#include "ui/keys.h"

enum focus { FOCUS_LIST, FOCUS_PANE };
/* The screens of the reader; reader.c's table gives each its view_ops. */
enum view { VIEW_MAIN, VIEW_HELP, VIEW_HITS, VIEW_ENTITIES, VIEW_ANNOTATIONS,
	VIEW_COMPARE,
	VIEW_COUNT };
enum hits_kind { HITS_GREP, HITS_PROBLEMS };

struct grep_hit {
	size_t file;		/* index into the load */
	size_t start, end;	/* code points */
	size_t line;
	size_t col;		/* problems: the column galley check gives */
	char *context;
	size_t hl_start, hl_end;	/* the match in context, bytes */
	bool by_file;	/* named by its file: another source has its title */
};

struct reader;

/* What a screen does.  The loop and the actions reach a screen only
 * through these, never by testing which one is shown. */
struct view_ops {
	/* Draws the screen above the status line. */
	void (*draw)(struct reader *r);
	/* The movement keys: move the selection or scroll by delta rows. */
	void (*move_by)(struct reader *r, long delta);
	/* Takes an action of the screen's own (Enter, D, the entities
	 * view's w m x...); false when it is not one.  NULL: none. */
	bool (*action)(struct reader *r, enum ui_action a);
	/* The annotation the selection names, or NULL.  NULL: the edits
	 * (t c R) work on the annotation at the caret. */
	struct anno *(*selected_anno)(struct reader *r, size_t *f);
	/* Annotations changed: shown rows follow.  NULL: nothing shown. */
	void (*rows_changed)(struct reader *r);
	/* A mouse event.  NULL: the wheel moves as the keys do. */
	void (*mouse)(struct reader *r, const MEVENT *ev);
	/* A list's rows for / ? n N (list_search.c): how many, and the
	 * text of row i as a new string.  NULL: not searchable. */
	size_t (*nrows)(struct reader *r);
	char *(*row_text)(struct reader *r, size_t i);
	/* The view's name on the status line (CLEAN, ENTITIES...). */
	const char *(*label)(const struct reader *r);
};

/* The annotations view's :only filter. */
enum anno_only {
	ANNO_ONLY_ALL, ANNO_ONLY_ACCEPTED, ANNO_ONLY_REJECTED,
	ANNO_ONLY_UNREVIEWED
};

/* A row of the annotations view: items[item] of file's annotations, or,
 * when item is ANNO_ROW_UNREADABLE, a row saying file's sidecar could not
 * be read.  What the row shows of its thread is found once, when the rows
 * are built. */
struct anno_row {
	size_t file, item;
	const struct anno *review;	/* the verdict that stands; NULL none */
	int depth;	/* replies deep (0: an annotation); < 0: a reply
			 * whose annotation is gone */
	/* Another version's annotation travelled onto the open source
	 * (T, travel_marks.c), or a reply to one: file is that version,
	 * at the code point of its place in the open source. */
	bool travelled;
	size_t at;
};

struct reader {
	const struct view_ops *const *views;	/* by enum view */
	/* The load and each document's analyses (problems, mentions,
	 * annotations), shared with the batch commands' core. */
	struct session s;
	size_t *order;		/* list rows -> file indices; the first
				   nrows are shown (a filter hides the rest) */
	size_t nrows;
	bool *hidden;		/* per file, by the entity filter */
	char *filter_name;	/* the entity filtering the list, or NULL */
	char *list_filter;	/* F's filter of the list, or NULL */
	char *ent_filter;	/* F's filter of the entities view, or NULL */
	/* / and ? in a list: the pattern its rows are searched for. */
	char *list_pattern;
	int list_dir;
	size_t sel, list_top;	/* selected row, first row shown */
	size_t cur;		/* file shown in the pane, or SIZE_MAX */

	struct layout lay;
	bool lay_valid;
	size_t top;		/* first layout line shown */
	size_t anchor;		/* code point at the top, kept across relayout */

	char *pattern;
	struct match *matches;
	size_t nmatches;
	size_t cur_match;	/* SIZE_MAX: none */
	int search_dir;		/* of the last / (1) or ? (-1): n repeats it */

	bool raw, show_list;
	enum focus focus;
	enum view view;
	size_t view_top, view_sel;
	/* The view F1 was pressed in, and its top row: closing the help
	 * goes back there. */
	enum view help_from;
	size_t help_from_top;
	size_t help_from_sel;
	bool raw_for_hit;	/* raw only to show a grep hit (hits.c) */
	struct grep_hit *hits;
	size_t nhits;
	char *grep_word;
	enum hits_kind hits_kind;
	/* :grep's hits, kept as a quickfix list (:cn :cp :cl) while the
	 * hit list is reused by the problems (v): body hits first, the
	 * ngrep - ngrep_body in dropped boilerplate after them. */
	struct grep_hit *grep;
	size_t ngrep, ngrep_body, grep_cur;
	bool grep_dropped;	/* the hit list shows the dropped hits */

	size_t cur_problem;	/* in problems[cur], SIZE_MAX: none */
	size_t problem_top;	/* the top line it was shown at */

	/* The entities view and the index behind it. */
	struct entity_index index;
	bool index_built, index_valid;
	bool ent_scope_doc;
	size_t *ent_rows;	/* (entity, count) pairs */
	size_t nent_rows;
	size_t *ent_mentions;	/* chosen entity: (doc, mention) pairs */
	size_t nent_mentions, ent_chosen;
	/* A decisions file that could not be read whole ("FILE: line N:
	 * ..."), said again when the entities view opens; NULL: none. */
	char *decisions_damage;
	char *ent_mark;		/* marked for a merge */

	/* The annotations view's rows. */
	struct anno_row *anno_rows;
	size_t nanno_rows, nanno_unreadable;
	bool anno_scope_doc;
	enum anno_only anno_only;	/* :only: a verdict, or all */
	char *anno_by;			/* :by: a creator, NULL: anyone */
	size_t last_deleted_file;	/* for undo, SIZE_MAX: none */
	/* The sidecar watch's turn through the sources off screen. */
	struct watch_turn watch;

	/* Cursor mode: a caret in the reading pane and, when selecting, a
	 * selection between sel_anchor and the caret (code points). */
	bool caret_on, selecting;
	size_t caret, sel_anchor;

	/* Editing a tag list or a note (anno_edit.c); NULL when not. */
	struct editor *editor;
	int edit_kind;		/* enum edit_kind in anno_edit.c */
	size_t edit_file, edit_start, edit_end;
	char *edit_id;		/* the annotation edited or replied to */
	/* One-key follow-ups, forgotten at any other key (reader.c calls
	 * anno_edit_disarm): a thread's head D was pressed on once; text
	 * the tag prompt refused, which c offers as a note; the annotation
	 * t just made, which c adds the note to. */
	char *delete_armed, *note_offer, *just_tagged;
	char *last_tags;	/* the tags given last, for . */
	struct anno_vocab vocab;
	bool vocab_loaded;

	char *yank_offer;	/* what y copies next (o's URL), or NULL */
	char keyseq[4];		/* the keys of a sequence typed so far */
	unsigned count;		/* a count typed before a key (5j), 0 if
				   none */
	char *last_good;	/* the word zg added last, for zug */
	char **pick;		/* z='s suggestions while it waits for a
				   digit, else NULL */
	size_t npick;

	char *message;
	bool message_error;
	char **notices;		/* waiting for the status line */
	size_t nnotices;
	int prompt;		/* 0, or the prompt character / ? : */
	struct buf input;
	int prompt_hscroll;	/* the first column of input shown */
	bool pasting;		/* between the markers of a paste */
	size_t paste_matched;	/* of an end marker that came as text */
	/* When the loop first asked for input since the last pasted byte
	 * (ms; 0: not yet): bytes of one burst waiting in the buffer are
	 * read at once, however long galley took to get to them. */
	long long paste_quiet_since;

	struct config cfg;
	/* Read marks and positions across sessions (resume.c); each
	 * file's key path, resolved on first need. */
	struct reading_state reading;
	char **reading_keys;
	enum config_sort sort_at_start;
	/* The source shown at start-up, not marked read until the user
	 * acts on it (resume_after_key); SIZE_MAX: none. */
	size_t unmarked;
	bool utf8;
	bool quit;

	/* Geometry, from layout_windows(). */
	WINDOW *wlist, *wpane, *wstatus;
	int rows, cols, list_w, pane_h, header_h;
	bool too_small;

	/* The compare view (compare.c) and the source marked for it;
	 * NULL until first used. */
	struct compare_view *cmp;
	/* The gutter's marks of shared paragraphs (gutter.c); NULL until
	 * first shown. */
	struct gutter *gutter;
	/* The help's rows wrapped at one width (help.c); NULL until F1. */
	struct help_cache *help;
	/* Other versions' annotations shown in place (travel_marks.c);
	 * NULL until first shown. */
	struct travel_marks *travel;
	/* The source list grouped by story (story_list.c); NULL until
	 * first grouped. */
	struct story_list *story;
	/* The clean view's open runs of dropped blocks (dropped.c); NULL
	 * until za is first pressed. */
	struct dropped_runs *dropped;
};

static inline const struct view_ops *
view_ops_of(const struct reader *r)
{
	return r->views[r->view];
}

/* The views (each file's own) */
extern const struct view_ops main_view_ops, help_view_ops, hits_view_ops,
    entities_view_ops, annotations_view_ops;
extern const struct view_ops compare_view_ops;

/* status.c: the status line */
void set_message(struct reader *r, bool error, const char *msg);
void queue_notice(struct reader *r, const char *msg);
bool next_notice(struct reader *r);
void say_not_found(struct reader *r, const char *pattern, const char *hint);
void say_none_further(struct reader *r, const char *what, int dir);
void open_prompt(struct reader *r, int prompt);
void draw_status(struct reader *r);
void status_fit(struct reader *r);

/* pane.c: the reading pane */
void load_one(struct reader *r, size_t f);
void invalidate_layout(struct reader *r);
void ensure_layout(struct reader *r);
/* The layout as far as the screen shows (layout_screen), the rest in
 * steps between keys (layout_more: whether there was some); every key
 * first finishes it (handle_input), so what keys do sees it whole. */
void layout_screen(struct reader *r);
bool layout_pending(const struct reader *r);
bool layout_more(struct reader *r);
void set_top(struct reader *r, size_t top);
void scroll_pane(struct reader *r, long delta);
void relayout_windows(struct reader *r);
int pane_margin(const struct reader *r);
int text_measure(const struct reader *r, int w);
void clear_matches(struct reader *r);
bool match_shown(const struct reader *r, const struct match *m);
void find_matches(struct reader *r);
void entities_matches(struct reader *r);
size_t entity_mention_from(const struct reader *r, size_t row, int dir);
void goto_match(struct reader *r, int dir, bool from_here);
void goto_match_at(struct reader *r, size_t cp);
size_t screen_origin(const struct reader *r, int dir);
void open_file(struct reader *r, size_t f, size_t at);
void reader_open_at(struct reader *r, size_t f, size_t cp);
void draw_pane(struct reader *r);

/* sources.c: the source list */
void sort_list(struct reader *r);
void reader_set_filter(struct reader *r, const bool *in);
void reader_sort_by(struct reader *r, const char *key);
void reader_set_sort(struct reader *r, enum config_sort by);
size_t list_row(const struct reader *r, size_t f);
void move_selection(struct reader *r, long delta);
void toggle_list(struct reader *r);
void draw_list(struct reader *r);
char *list_selected_summary(const struct reader *r);

/* analysis.c: background loading and analysis, problems */
void analysis_init(struct reader *r);
bool analysis_step(struct reader *r);
bool background_step(struct reader *r);
void reader_load_all(struct reader *r);
void analysis_doc(struct reader *r, size_t f);
void analysis_next_problem(struct reader *r, int dir);
void analysis_goto_problem(struct reader *r, size_t i);
void analysis_accept_word(struct reader *r, bool permanently);

/* reload.c: a source whose file changed on disk.  reader_say_changed
 * says so (nothing when it is as it was read); reader_source_unchanged
 * says so too and returns false, for what would write a side file of
 * it; reader_retry_failed reads again one that failed to load;
 * reader_reload (:e) reads the open source again, its reading position
 * kept. */
void reader_say_changed(struct reader *r, size_t f);
bool reader_source_unchanged(struct reader *r, size_t f);
void reader_retry_failed(struct reader *r, size_t f);
void reader_reload(struct reader *r);

/* anno_save.c: annotations on disk */
void anno_edit_load_vocab(struct reader *r);
char *reader_creator(const struct reader *r);
struct anno_set *anno_writable_set(struct reader *r, size_t f);
void analysis_annotations(struct reader *r, size_t f);
bool anno_edit_save(struct reader *r, size_t f, const char *what);
void anno_edit_save_all(struct reader *r, const char *dir);
size_t anno_edit_unsaved(const struct reader *r);
/* How long the reader waits for a key when idle before it looks for
 * sidecars another process saved (anno_edit_watch). */
#define ANNO_WATCH_MS 1000
/* Merges what another galley or galley annotate saved into the sets on
 * show (the annotations view's files, else the open source): a stat
 * each, a read only of one that changed; a sidecar now damaged is
 * said.  Returns whether the screen needs a draw. */
bool anno_edit_watch(struct reader *r);
/* anno_outcome.c: an edited annotation (or the one a reply answers)
 * noted after the edit, looked at again after the save: deleted, or a
 * conflict kept, in the merge with another galley's save is said on
 * the status line (what: the verb said on success, "tags saved"). */
struct anno_outcome {
	char *id;		/* NULL: no annotation edited */
	size_t nothers;		/* its conflicts before the save */
	bool replied;		/* a reply to it was added, not an edit */
};
void anno_outcome_note(struct anno_outcome *o, const struct anno *a,
    bool replied);
void anno_outcome_say(struct reader *r, size_t f,
    const struct anno_outcome *o, const char *what);
void anno_outcome_free(struct anno_outcome *o);
/* At an exit that cannot ask (SIGHUP, SIGTERM) with annotations that
 * could not be saved: each such set written as
 * $XDG_STATE_HOME/galley/unsaved/STAMP-PID/N/ARTICLE.anno.json (N: the
 * source's place in the load, so that two sources of one name do not
 * meet), every one tried; the message that says where, or what was
 * lost (NULL: nothing unsaved).  dir: anno_rescue_dir()'s. */
char *anno_edit_rescue(struct reader *r, const char *dir);
/* This session's rescue directory, $XDG_STATE_HOME/galley/unsaved/
 * STAMP-PID (NULL: no state directory); not made yet. */
char *anno_rescue_dir(void);
/* note_rescue.c: at such an exit, the text of an open note, reply or
 * tag editor written as DIR/note.txt with the article and the
 * annotation it belongs to; the message that says where, or that it
 * was lost (NULL: no editor open or nothing typed). */
char *note_rescue(struct reader *r, const char *dir);
/* What the open editor edits, 'note on "QUOTE"' (tags on, reply to),
 * and *id the annotation's (NULL: a new one, on edit_start..edit_end). */
char *anno_edit_subject(struct reader *r, const char **id);

/* list_view.c: what the list views share */
void draw_view_header(struct reader *r, const char *head);
void draw_list_view(struct reader *r, const char *head, size_t n,
    void (*draw_row)(struct reader *, size_t, attr_t));
void list_view_move(struct reader *r, long delta, size_t n);
void list_view_show(struct reader *r, enum view v);

/* list_search.c: / ? n N and F in the lists */
bool list_search_here(const struct reader *r);
void list_search(struct reader *r, const char *pattern, int dir);
bool list_search_next(struct reader *r, int dir);
void list_filter_prompt(struct reader *r);
void list_filter_apply(struct reader *r, const char *text);
void list_filter_clear(struct reader *r);
void list_filter_refresh(struct reader *r);
char *source_row_text(struct reader *r, size_t i);

/* hits.c */
void reader_grep(struct reader *r, const char *word);
void hits_step(struct reader *r, int dir);
void hits_reopen(struct reader *r);
void hits_open_problems(struct reader *r);
/* What v and p say of a source over SESSION_MAX_ANALYSED. */
#define NOT_PROOFREAD_MESSAGE \
	"not proofread (over 2 MiB): galley check proofreads it"
void hits_free(struct reader *r);
void hits_grep_free(struct reader *r);
/* A source read again (:e): :grep's hits found again in the sources'
 * texts, the hit gone to last kept as near as they allow. */
void hits_grep_redo(struct reader *r);

/* entities.c */
void entities_open(struct reader *r, bool doc_scope);
void entities_toggle_scope(struct reader *r);
void entities_why(struct reader *r);
void entities_choose(struct reader *r);
void entities_mark_or_merge(struct reader *r);
void entities_command(struct reader *r, const char *cmd, const char *arg);
void entities_view_free(struct reader *r);
void entities_refilter(struct reader *r);
void entities_build_index(struct reader *r);
/* Background work once every source is analysed: with a type decision,
 * the index is built so that the highlights take their group's type.
 * Returns whether it was. */
bool entities_type_groups_idle(struct reader *r);
bool entities_type_groups_pending(const struct reader *r);
void entities_mentions_refresh(struct reader *r);

/* anno_review.c */
void annotations_review(struct reader *r, const char *verdict);
bool annotations_keeps(const struct reader *r, const struct anno *a,
    const struct anno *review);
char *annotations_filter_text(const struct reader *r);
void annotations_only(struct reader *r, const char *arg);
void annotations_by(struct reader *r, const char *arg);

/* annotations.c */
#define ANNO_ROW_UNREADABLE SIZE_MAX
void annotations_open(struct reader *r, bool doc_scope);
struct anno *annotations_selected(struct reader *r, size_t *f);
char *annotations_row_text(struct reader *r, size_t row);
void annotations_go(struct reader *r);
void annotations_delete(struct reader *r);
void annotations_undo(struct reader *r);
void annotations_refresh(struct reader *r);
/* The selected row is a travelled annotation or a reply to one: its
 * version in *f. */
bool annotations_travelled_selected(const struct reader *r, size_t *f);

/* anno_edit.c: the tag prompt and the note editor */
void anno_edit_tags(struct reader *r);
void anno_edit_note(struct reader *r);
/* .: a new annotation on the selection with the tags given last. */
void anno_edit_repeat_tags(struct reader *r);
void anno_edit_reply(struct reader *r);
void anno_edit_key(struct reader *r, wint_t ch, bool is_key);
void anno_edit_delete_at_caret(struct reader *r);
/* D on a thread's head: whether to delete now (a second D on it) or
 * only say what would go; any other key disarms. */
bool anno_edit_delete_confirmed(struct reader *r, const struct anno_set *s,
    const struct anno *a);
void anno_edit_disarm(struct reader *r);
void anno_edit_confirm(struct reader *r);
void anno_edit_resolve(struct reader *r, bool take_other);
void anno_edit_draw(struct reader *r);
void anno_edit_free(struct reader *r);

/* paste.c: paste_marker is 1 for the key that starts a paste, -1 for
 * the one that ends it, else 0. */
void paste_init(void);
void paste_mode(bool on);
int paste_marker(wint_t key);

/* select.c */
void select_enter(struct reader *r);
void select_leave(struct reader *r);
void select_motion(struct reader *r, enum caret_unit unit, int dir);
void select_toggle(struct reader *r);
void select_swap_ends(struct reader *r);
void select_follow_view(struct reader *r);
void select_caret_to_end(struct reader *r, bool last);
bool select_range(struct reader *r, size_t *start, size_t *end);
bool select_mouse(struct reader *r, int y, int x, bool press, bool release);
struct anno *select_anno_at_caret(const struct reader *r);
/* [tags] (or [note] / [highlight]), the first line of the note, and
 * who wrote it: an annotation on the status line. */
void select_anno_summary(struct buf *b, const struct anno *a);
/* The summary, then how many replies a has in s, and its state. */
void select_anno_status(struct buf *b, const struct anno_set *s,
    const struct anno *a);

/* keyseq.c: two- and three-key sequences */
bool keyseq_feed(struct reader *r, int ch, unsigned context,
    enum ui_action *a);

/* spelling.c: z=, zg, zug, zw */
void spelling_suggest(struct reader *r);
void spelling_pick_key(struct reader *r, int ch);
void spelling_pick_free(struct reader *r);
void spelling_good_word(struct reader *r);
void spelling_undo_good_word(struct reader *r);
void spelling_bad_word(struct reader *r);
void spelling_undo_bad_word(struct reader *r);
/* resume.c: read marks, positions left, the sort chosen */
void resume_init(struct reader *r);
bool resume_unread(struct reader *r, size_t f);
void resume_open(struct reader *r, size_t f);
void resume_opened(struct reader *r, size_t f);
/* What a key may change of the source shown at start-up: taken before
 * the key, compared after it. */
struct resume_before {
	size_t cur, anchor, caret;
	bool caret_on, in_pane;
};
void resume_show_first(struct reader *r, size_t f);
void resume_before_key(const struct reader *r, struct resume_before *b,
    bool in_pane);
void resume_after_key(struct reader *r, const struct resume_before *b);
void resume_leave(struct reader *r);
void resume_toggle_read(struct reader *r);
char *resume_finish(struct reader *r);
void resume_free(struct reader *r);

/* yank.c: y and Y; o's URL offered to the next y */
void yank_action(struct reader *r, bool quote);
void yank_offer(struct reader *r, const char *text);
void yank_forget_offer(struct reader *r);

/* open_url.c: o */
void open_url_action(struct reader *r);
/* compare.c: two versions side by side or one above the other */
void compare_key(struct reader *r);
void compare_command(struct reader *r, const char *arg);
void compare_free(struct reader *r);
/* Document f is read again: a comparison of it, which holds its old
 * text, goes (the view, when on show, back to the reading pane). */
void compare_forget(struct reader *r, size_t f);
void compare_search_found(struct reader *r);
/* Every source loaded and cleaned across the load (the story list too). */
void settle_load(struct reader *r);

/* help.c: the help's rows, kept for the width they were wrapped at */
void help_free(struct reader *r);

/* gutter.c: marks of paragraphs other sources carry (#) */
int gutter_width(const struct reader *r);
void gutter_toggle(struct reader *r);
void gutter_draw(struct reader *r, int row, const struct layout_line *l);
void gutter_free(struct reader *r);

/* travel_marks.c: other versions' annotations in the pane (T) */
struct travelled;
int travel_width(const struct reader *r);
void travel_toggle(struct reader *r);
const struct travelled *travel_shown(struct reader *r, size_t *n);
const struct travelled *travel_at(struct reader *r, size_t cp);
attr_t travel_attr(void);
void travel_draw(struct reader *r, int row, const struct layout_line *l);
void travel_status(struct reader *r, struct buf *b,
    const struct travelled *t);
/* On a travelled annotation (and none of the source's own) in cursor
 * mode, or on one (or a reply to one) selected in the annotations view:
 * says it is read-only here and returns true. */
bool travel_refuse(struct reader *r);
void travel_forget(struct reader *r);
void travel_free(struct reader *r);

/* story_list.c: the source list grouped by story (S, za, zM, zR) */
void story_list_toggle(struct reader *r);
void story_list_fold(struct reader *r, int how);
void story_list_unfold_selected(struct reader *r);
size_t story_list_group(struct reader *r, size_t keep);
bool story_list_on(const struct reader *r);
const char *story_list_label(struct reader *r, size_t i, const char *label);
char *story_list_sites(struct reader *r, size_t f);
void story_list_free(struct reader *r);
size_t story_list_kept(const struct reader *r);
size_t story_list_search(struct reader *r, int dir,
    bool (*matches)(struct reader *, size_t), bool *wrapped, size_t *total);
/* sources.c: a site without its "https://" or "www." */
const char *site_label(const char *site);
/* dropped.c: markers of blocks dropped inside the article (za) */
const unsigned char *dropped_open(struct reader *r);
void dropped_toggle(struct reader *r);
void dropped_draw(struct reader *r, const struct layout_line *l);
void dropped_free(struct reader *r);
void dropped_keep_open_after(struct reader *r, size_t i);
/* keep_block.c: zk keeps or drops the block at the caret */
void keep_block_toggle(struct reader *r);

/* actions.c, for the loop and the ':' commands (excmd.c) */
void reader_do_action(struct reader *r, enum ui_action a);
void reader_quit(struct reader *r, bool force);

/* draw.c: drawing primitives */
void draw_text(WINDOW *w, const char *s, size_t n, int maxw, attr_t attr,
    bool utf8);
void draw_text_hl(WINDOW *w, const char *s, size_t n, int maxw, attr_t attr,
    bool utf8, attr_t (*hl)(void *, size_t), void *arg);
void draw_text_cut(WINDOW *w, const char *s, size_t n, int maxw, attr_t attr,
    bool utf8);
void fill_line(WINDOW *w, int row, attr_t attr);
int text_width(const char *s, size_t n, bool utf8);
size_t text_skip_columns(const char *s, size_t n, int col, bool utf8,
    int *pad);
void text_hscroll(int *hscroll, int caret, int total, int area);
void draw_create_windows(struct reader *r);
int draw_body_height(const struct reader *r);

#endif
