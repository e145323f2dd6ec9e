/* actions.c - what each key's action does.  Actions every screen shares
 * are here; the rest go to the screen shown, through its view_ops. */
#include "config.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "ui/reader_int.h"

static long
page(const struct reader *r)
{
	int h = r->focus == FOCUS_LIST && r->wlist ? getmaxy(r->wlist) - 1 :
	    draw_body_height(r);
	return h > 1 ? h - 1 : 1;
}

static void
act_move(struct reader *r, enum ui_action a)
{
	long p = page(r);
	long delta = a == ACT_DOWN ? 1 : a == ACT_UP ? -1 :
	    a == ACT_PAGE_DOWN ? p : a == ACT_PAGE_UP ? -p :
	    a == ACT_HALF_DOWN ? (p + 1) / 2 : a == ACT_HALF_UP ? -(p + 1) / 2 :
	    a == ACT_TOP ? -LONG_MAX / 2 : LONG_MAX / 2;

	/* A motion the user asked for starts ]s and [s from the screen
	 * again, even where the view cannot move (a source that fits on
	 * it): g then ]s is the first problem, as the user meant. */
	if (r->view == VIEW_MAIN && r->focus == FOCUS_PANE)
		r->problem_top = SIZE_MAX;
	view_ops_of(r)->move_by(r, delta);
}

static void
act_switch_pane(struct reader *r)
{
	if (!r->show_list) {
		r->show_list = true;
		r->focus = FOCUS_LIST;
	} else
		r->focus = r->focus == FOCUS_LIST ? FOCUS_PANE : FOCUS_LIST;
	relayout_windows(r);
}

static void
act_open_neighbour(struct reader *r, int dir)
{
	bool listed = list_row(r, r->cur) != SIZE_MAX;

	/* A filter that hides the open source put the selection on its
	 * first match: that is the next source, not the one after it. */
	if (!listed && r->nrows > 0 && r->sel < r->nrows) {
		resume_open(r, r->order[r->sel]);
		return;
	}
	move_selection(r, dir);
	/* At either end of the list the open source stays as it is:
	 * opening it again would lose the reading position. */
	if (r->nrows == 0 || r->order[r->sel] == r->cur) {
		set_message(r, true, dir > 0 ? "no next source" :
		    "no previous source");
		return;
	}
	resume_open(r, r->order[r->sel]);
}

/* Closing the help goes back to the view it was opened from; closing
 * any other view, to the source list and the reading pane. */
static void
close_view(struct reader *r)
{
	if (r->view == VIEW_HELP && r->help_from != VIEW_HELP) {
		r->view = r->help_from;
		r->view_top = r->help_from_top;
		r->view_sel = r->help_from_sel;
	} else
		r->view = VIEW_MAIN;
	relayout_windows(r);
}

/* A view's own actions (Enter, D, the entities view's w m x...) go to
 * the view shown; true when it took the action. */
static bool
view_action(struct reader *r, enum ui_action a)
{
	const struct view_ops *v = view_ops_of(r);

	return v->action != NULL && v->action(r, a);
}

/* The caret motions of cursor mode. */
static void
caret_action(struct reader *r, enum ui_action a)
{
	static const struct {
		enum ui_action a;
		enum caret_unit unit;
		int dir;
	} motions[] = {
		{ ACT_C_CHAR_PREV, CARET_CHAR, -1 },
		{ ACT_C_CHAR_NEXT, CARET_CHAR, 1 },
		{ ACT_C_WORD_PREV, CARET_WORD, -1 },
		{ ACT_C_WORD_NEXT, CARET_WORD, 1 },
		{ ACT_C_SENT_PREV, CARET_SENTENCE, -1 },
		{ ACT_C_SENT_NEXT, CARET_SENTENCE, 1 },
		{ ACT_C_LINE_UP, CARET_LINE, -1 },
		{ ACT_C_LINE_DOWN, CARET_LINE, 1 },
		{ ACT_C_LINE_START, CARET_LINE_EDGE, -1 },
		{ ACT_C_LINE_END, CARET_LINE_EDGE, 1 },
		{ ACT_C_PARA_PREV, CARET_PARAGRAPH, -1 },
		{ ACT_C_PARA_NEXT, CARET_PARAGRAPH, 1 },
	};

	for (size_t i = 0; i < sizeof motions / sizeof *motions; i++)
		if (motions[i].a == a)
			select_motion(r, motions[i].unit, motions[i].dir);
}

void
reader_do_action(struct reader *r, enum ui_action a)
{
	if (view_action(r, a))
		return;
	switch (a) {
	case ACT_DOWN: case ACT_UP: case ACT_PAGE_DOWN: case ACT_PAGE_UP:
	case ACT_HALF_DOWN: case ACT_HALF_UP: case ACT_TOP: case ACT_BOTTOM:
		act_move(r, a);
		break;
	case ACT_SWITCH_PANE:
		act_switch_pane(r);
		break;
	case ACT_SEARCH_FORWARD: case ACT_SEARCH_BACKWARD: case ACT_COMMAND:
		open_prompt(r, a == ACT_SEARCH_FORWARD ? '/' :
		    a == ACT_SEARCH_BACKWARD ? '?' : ':');
		set_message(r, false, NULL);
		break;
	case ACT_NEXT_MATCH: case ACT_PREV_MATCH:
		/* n repeats the search's direction, N reverses it; in a
		 * list, the list's search (the source list's n steps the
		 * article while it has none). */
		if (list_search_here(r) && (r->view != VIEW_MAIN ||
		    r->list_pattern != NULL)) {
			list_search_next(r, a == ACT_NEXT_MATCH ? r->list_dir :
			    -r->list_dir);
			break;
		}
		goto_match(r, a == ACT_NEXT_MATCH ? r->search_dir :
		    -r->search_dir, false);
		break;
	case ACT_QUIT:
		reader_quit(r, false);
		break;
	case ACT_SAVE_QUIT:	/* ZZ, :wq, :x: as vim's */
		anno_edit_save_all(r, NULL);
		reader_quit(r, false);
		break;
	case ACT_REDRAW:
		relayout_windows(r);
		reader_say_changed(r, r->cur);
		break;
	case ACT_HELP:
		if (r->view != VIEW_HELP) {
			r->help_from = r->view;
			r->help_from_top = r->view_top;
			r->help_from_sel = r->view_sel;
		}
		r->view = VIEW_HELP;
		r->view_top = r->view_sel = 0;
		break;
	case ACT_CLOSE:
		close_view(r);
		break;
	case ACT_TOGGLE_RAW:
		r->raw = !r->raw;
		r->raw_for_hit = false;
		invalidate_layout(r);
		ensure_layout(r);
		find_matches(r);
		set_message(r, false, r->raw ?
		    "raw page, the dropped blocks set apart" : "clean article");
		break;
	case ACT_TOGGLE_LIST:
		toggle_list(r);
		break;
	case ACT_SORT:
		reader_set_sort(r, (r->cfg.sort + 1) % 3);
		break;
	case ACT_NEXT_FILE: case ACT_PREV_FILE:
		act_open_neighbour(r, a == ACT_NEXT_FILE ? 1 : -1);
		break;
	case ACT_NEXT_PROBLEM: case ACT_PREV_PROBLEM:
		analysis_next_problem(r, a == ACT_NEXT_PROBLEM ? 1 : -1);
		break;
	case ACT_ADD_WORD: case ACT_IGNORE_WORD:
		analysis_accept_word(r, a == ACT_ADD_WORD);
		break;
	case ACT_SUGGEST:
		spelling_suggest(r);
		break;
	case ACT_GOOD_WORD:
		spelling_good_word(r);
		break;
	case ACT_UNDO_GOOD_WORD:
		spelling_undo_good_word(r);
		break;
	case ACT_BAD_WORD:
		spelling_bad_word(r);
		break;
	case ACT_UNDO_BAD_WORD:
		spelling_undo_bad_word(r);
		break;
	case ACT_PROBLEM_LIST:
		hits_open_problems(r);
		break;
	case ACT_ENTITIES:
		entities_open(r, false);
		break;
	case ACT_ANNOTATIONS:
		annotations_open(r, false);
		break;
	case ACT_UNDO:
		annotations_undo(r);
		break;
	case ACT_TOGGLE_READ:
		resume_toggle_read(r);
		break;
	case ACT_FILTER:
		list_filter_prompt(r);
		break;
	case ACT_QF_NEXT: case ACT_QF_PREV:
		hits_step(r, a == ACT_QF_NEXT ? 1 : -1);
		break;
	case ACT_YANK: case ACT_YANK_QUOTE:
		yank_action(r, a == ACT_YANK_QUOTE);
		break;
	case ACT_OPEN_URL:
		open_url_action(r);
		break;
	case ACT_CLEAR_FILTER:
		if (r->view == VIEW_ENTITIES) {
			list_filter_clear(r);
			break;
		}
		reader_set_filter(r, NULL);
		free(r->ent_mentions);
		r->ent_mentions = NULL;
		r->nent_mentions = 0;
		clear_matches(r);
		set_message(r, false, "every source listed");
		break;
	case ACT_CURSOR:
		select_enter(r);
		break;
	case ACT_LEAVE:
		select_leave(r);
		break;
	case ACT_C_CHAR_PREV: case ACT_C_CHAR_NEXT: case ACT_C_WORD_PREV:
	case ACT_C_WORD_NEXT: case ACT_C_SENT_PREV: case ACT_C_SENT_NEXT:
	case ACT_C_LINE_UP: case ACT_C_LINE_DOWN: case ACT_C_LINE_START:
	case ACT_C_LINE_END: case ACT_C_PARA_PREV: case ACT_C_PARA_NEXT:
		caret_action(r, a);
		break;
	case ACT_SELECT:
		select_toggle(r);
		break;
	case ACT_SWAP_ENDS:
		select_swap_ends(r);
		break;
	case ACT_TAG:
		anno_edit_tags(r);
		break;
	case ACT_NOTE:
		anno_edit_note(r);
		break;
	case ACT_REPEAT_TAG:
		anno_edit_repeat_tags(r);
		break;
	case ACT_REPLY:
		anno_edit_reply(r);
		break;
	case ACT_CONFIRM:
		anno_edit_confirm(r);
		break;
	case ACT_KEEP_MINE: case ACT_TAKE_OTHER:
		anno_edit_resolve(r, a == ACT_TAKE_OTHER);
		break;
	case ACT_COMPARE:
		compare_key(r);
		break;
	case ACT_SHARED_MARKS:
		gutter_toggle(r);
		break;
	case ACT_TRAVEL:
		travel_toggle(r);
		break;
	case ACT_GROUP_STORIES:
		story_list_toggle(r);
		break;
	case ACT_FOLD: case ACT_FOLD_ALL: case ACT_UNFOLD_ALL:
		/* za in an ungrouped list opens the article's markers of
		 * dropped blocks, as in the reading pane. */
		if (a == ACT_FOLD && !story_list_on(r))
			dropped_toggle(r);
		else
			story_list_fold(r, a == ACT_FOLD ? 0 :
			    a == ACT_FOLD_ALL ? 1 : -1);
		break;
	case ACT_TOGGLE_DROPPED:
		dropped_toggle(r);
		break;
	case ACT_KEEP_BLOCK:
		keep_block_toggle(r);
		break;
	case ACT_NEXT_DIFF: case ACT_PREV_DIFF:
	case ACT_OPEN: case ACT_DELETE: case ACT_ENTITY_SCOPE:
	case ACT_ENTITY_WHY: case ACT_ENTITY_MERGE: case ACT_ENTITY_SPLIT:
	case ACT_ACCEPT: case ACT_REJECT:
		/* A view's own: nothing where the view has none. */
	case ACT_NONE:
		break;
	}
}

/* Quits, unless annotations could not be saved: then says how to save
 * them, and :q! quits anyway. */
void
reader_quit(struct reader *r, bool force)
{
	size_t n = anno_edit_unsaved(r);

	if (n == 0 || force) {
		r->quit = true;
		return;
	}
	{
		char *msg = xasprintf("annotations of %zu source%s not saved: "
		    ":save retries, :save-to DIR saves elsewhere, :q! quits "
		    "without them", n, n == 1 ? "" : "s");
		set_message(r, true, msg);
		free(msg);
	}
}
