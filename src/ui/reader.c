/* reader.c - the interactive reader: events, actions and loading. */
#include "config.h"

#include "ui/reader.h"

#include <curses.h>
#include <langinfo.h>
#include <limits.h>
#include <signal.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "doc/cells.h"
#include "ui/editor.h"
#include "ui/excmd.h"
#include "ui/keys.h"
#include "ui/reader_int.h"
#include "ui/screen_end.h"
#include "ui/term_modes.h"
#include "ui/signals.h"
#include "ui/suspend.h"
#include "ui/theme.h"
#include "ui/term_type.h"
#include "ui/theme_detect.h"
#include "ui/winch.h"

/* Prompt input ------------------------------------------------------------ */

static void
finish_prompt(struct reader *r)
{
	int p = r->prompt;
	char *text = xstrdup(r->input.data ? r->input.data : "");

	r->prompt = 0;
	buf_free(&r->input);
	if (p == ':')
		excmd_run(r, text);
	else if (p == '&')
		list_filter_apply(r, text);
	else if (list_search_here(r)) {
		if (*text || r->list_pattern)
			list_search(r, text, p == '/' ? 1 : -1);
	} else if (*text || r->pattern) {
		if (*text) {
			free(r->pattern);
			r->pattern = xstrdup(text);
		}
		find_matches(r);
		r->focus = r->wpane || !r->show_list ? FOCUS_PANE : r->focus;
		r->search_dir = p == '/' ? 1 : -1;
		goto_match(r, r->search_dir, true);
	}
	free(text);
}

/* Esc, Ctrl-G or Ctrl-C: the prompt closes, nothing is run. */
static void
cancel_prompt(struct reader *r)
{
	r->prompt = 0;
	buf_free(&r->input);
}

static void
prompt_key(struct reader *r, wint_t ch, bool is_key)
{
	if (!is_key && (ch == '\n' || ch == '\r')) {
		finish_prompt(r);
		return;
	}
	if (!is_key && (ch == 27 || ch == 7 || ch == 3)) {
		cancel_prompt(r);
		return;
	}
	if ((is_key && ch == KEY_BACKSPACE) || (!is_key && (ch == 127 ||
	    ch == 8))) {
		if (r->input.len == 0) {
			r->prompt = 0;
			return;
		}
		int32_t cp;

		r->input.len = cell_prev(r->input.data, 0, r->input.len, &cp);
		r->input.data[r->input.len] = '\0';
		return;
	}
	if (!is_key && ch == 21) {	/* Ctrl-U */
		r->input.len = 0;
		if (r->input.data)
			r->input.data[0] = '\0';
		return;
	}
	if (!is_key && ch >= 0x20 && ch != 0x7F && r->input.len < 1000)
		buf_add_cp(&r->input, (int)ch);
}

/* A character of a paste in the prompt: text, never a key (Enter, Esc,
 * Ctrl-U); line breaks and tabs become spaces, other controls go. */
static void
prompt_paste(struct reader *r, wint_t ch)
{
	if (ch == '\r' || ch == '\n' || ch == '\t')
		ch = ' ';
	if (ch >= 0x20 && ch != 0x7F && r->input.len < 1000)
		buf_add_cp(&r->input, (int)ch);
}

static void
paste_text(struct reader *r, wint_t ch)
{
	if (r->prompt)
		prompt_paste(r, ch);
	else if (r->editor)
		editor_paste(r->editor, (int)ch);
}

static long long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* A paste's end marker is lost or came too slowly for curses to see a
 * key in it (ESC, then "[201~" after ESCDELAY on a slow link): after
 * this long without a pasted byte, input is keys again.  Pastes arrive
 * in bursts; a person does not type within half a second of one.  The
 * time counts from when the loop next asks for input, not from the last
 * byte handled: on a loaded machine galley may take that long to get to
 * the rest of a burst already waiting (a pasted CR then ran a command). */
#define PASTE_QUIET_MS 500

static void
paste_set(struct reader *r, bool on)
{
	r->pasting = on;
	r->paste_matched = 0;
	r->paste_quiet_since = 0;
	if (on && r->editor)
		editor_paste_begin(r->editor);
}

/* Matches an end marker that came as characters.  True while ch is part
 * of one; characters that turn out not to be are text (Esc aside). */
static bool
paste_end_as_text(struct reader *r, wint_t ch)
{
	static const char marker[] = "\033[201~";

	if (ch == (wint_t)marker[r->paste_matched]) {
		if (marker[++r->paste_matched] == '\0')
			paste_set(r, false);
		return true;
	}
	for (size_t i = 1; i < r->paste_matched; i++)
		paste_text(r, (wint_t)marker[i]);
	r->paste_matched = ch == 033;
	return ch == 033;
}

/* Between the markers of a bracketed paste: text for the prompt or the
 * editor; keys (escape sequences in the pasted text) and anything
 * pasted elsewhere are dropped, never acted on. */
static void
paste_input(struct reader *r, wint_t ch, bool is_key)
{
	r->paste_quiet_since = 0;
	if (is_key || paste_end_as_text(r, ch))
		return;
	paste_text(r, ch);
}

/* Actions --------------------------------------------------------------- */

/* The wheel moves what the view moves; a view may take clicks too. */
static void
handle_mouse(struct reader *r)
{
	const struct view_ops *v = view_ops_of(r);
	MEVENT ev;

	if (getmouse(&ev) != OK)
		return;
	if (v->mouse != NULL)
		v->mouse(r, &ev);
	else if (ev.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED))
		v->move_by(r, (ev.bstate & BUTTON4_PRESSED) ? -3 : 3);
}

static unsigned
context_of(const struct reader *r)
{
	if (r->view != VIEW_MAIN)
		return CTX_VIEW;
	if (r->caret_on && r->wpane && (r->focus == FOCUS_PANE || !r->wlist))
		return CTX_CARET;
	return r->focus == FOCUS_LIST && r->wlist ? CTX_LIST : CTX_PANE;
}

/* Counts past this are taken as it: 5000j already ends any article. */
#define COUNT_MAX 9999

/* A digit of a count typed before a key, as less's and vim's 5j: digits
 * gather until a key; 0 only after another digit (0 alone is a key of
 * cursor mode). */
static bool
count_digit(struct reader *r, wint_t ch, bool is_key)
{
	if (is_key || r->keyseq[0] != '\0' || ch < '0' || ch > '9' ||
	    (ch == '0' && r->count == 0))
		return false;
	r->count = r->count * 10 + (unsigned)(ch - '0');
	if (r->count > COUNT_MAX)
		r->count = COUNT_MAX;
	return true;
}

/* Does action a, n times when a count was typed before its key: repeated,
 * or for g and G the nth line from the top (1G the first), as in less
 * and vim.  Other actions ignore the count. */
static void
do_counted(struct reader *r, enum ui_action a)
{
	unsigned n = r->count;

	r->count = 0;
	if (n == 0 || keys_count_of(a) == COUNT_NONE) {
		reader_do_action(r, a);
		return;
	}
	if (keys_count_of(a) == COUNT_LINE) {
		reader_do_action(r, ACT_TOP);
		a = ACT_DOWN;
		n--;
	}
	while (n-- > 0)
		reader_do_action(r, a);
}

static void
handle_input(struct reader *r, int kind, wint_t ch)
{
	bool is_key = kind == KEY_CODE_YES;

	if (is_key && ch == KEY_RESIZE) {
		relayout_windows(r);
		return;
	}
	/* Keys see the whole layout (G, percentages, searches): the first
	 * screen of a long document was drawn before it. */
	ensure_layout(r);
	if (is_key && paste_marker(ch) != 0) {
		paste_set(r, paste_marker(ch) > 0);
		return;
	}
	if (r->pasting && r->paste_quiet_since != 0 &&
	    now_ms() - r->paste_quiet_since >= PASTE_QUIET_MS)
		paste_set(r, false);
	if (r->pasting) {
		paste_input(r, ch, is_key);
		return;
	}
	if (r->prompt) {
		prompt_key(r, ch, is_key);
		return;
	}
	if (r->editor) {
		anno_edit_key(r, ch, is_key);
		return;
	}
	if (is_key && ch == KEY_MOUSE) {
		handle_mouse(r);
		return;
	}
	if (r->pick != NULL) {	/* z= waits for a digit */
		spelling_pick_key(r, is_key ? 0 : (int)ch);
		return;
	}
	if (r->message && !next_notice(r))
		set_message(r, false, NULL);
	if (!is_key && ch == '\r')
		ch = '\n';
	if (count_digit(r, ch, is_key))
		return;
	{
		unsigned ctx = context_of(r);
		enum ui_action a = ACT_NONE;
		struct resume_before before;

		resume_before_key(r, &before, ctx == CTX_PANE ||
		    ctx == CTX_CARET);

		if (is_key)	/* a curses key ends a sequence typed */
			r->keyseq[0] = '\0';
		if (is_key || !keyseq_feed(r, (int)ch, ctx, &a)) {
			a = keys_lookup((int)ch, ctx);
			if (a == ACT_NONE && ctx == CTX_CARET)
				a = keys_lookup((int)ch, CTX_PANE);
		}
		if (a == ACT_NONE && r->keyseq[0] != '\0')
			reader_do_action(r, a);	/* its count waits too */
		else
			do_counted(r, a);
		if (a != ACT_DELETE && a != ACT_REPEAT_TAG)
			anno_edit_disarm(r);
		if (a != ACT_YANK && a != ACT_OPEN_URL)
			yank_forget_offer(r);
		/* A scroll takes the caret along; a view that hides text
		 * (r: the clean article) moves it to shown text. */
		if (ctx == CTX_CARET && r->caret_on) {
			ensure_layout(r);
			/* n, N, p and P take the caret to what they found. */
			if ((a == ACT_NEXT_MATCH || a == ACT_PREV_MATCH) &&
			    r->cur_match < r->nmatches)
				r->caret = r->matches[r->cur_match].start;
			if ((a == ACT_NEXT_PROBLEM || a == ACT_PREV_PROBLEM) &&
			    r->cur != SIZE_MAX &&
			    r->cur_problem < r->s.docs[r->cur].problems.n)
				r->caret = r->s.docs[r->cur].problems.v[r->cur_problem].start;
			r->caret = caret_clamp(&r->lay, r->caret);
			if (a == ACT_TOP || a == ACT_BOTTOM)
				select_caret_to_end(r, a == ACT_BOTTOM);
			else if (a >= ACT_DOWN && a <= ACT_BOTTOM)
				select_follow_view(r);
		}
		resume_after_key(r, &before);
	}
}

/* Drawing ---------------------------------------------------------------- */

static void
draw_screen(struct reader *r)
{
	/* The terminal's cursor shows only where text is typed: at the
	 * / ? : prompts and in the tag and note editors.  Set at every
	 * draw, as a resize hides it (draw_create_windows); curses sends
	 * nothing when it does not change. */
	curs_set(!r->too_small && (r->prompt || r->editor) ? 1 : 0);
	if (r->too_small) {
		const char *msg = getmaxx(stdscr) >= 16 ? "window too small" :
		    getmaxx(stdscr) >= 9 ? "too small" : "!";
		werase(stdscr);
		mvaddnstr(0, 0, msg, getmaxx(stdscr));
		wnoutrefresh(stdscr);
		doupdate();
		return;
	}
	status_fit(r);
	view_ops_of(r)->draw(r);
	draw_status(r);
	anno_edit_draw(r);
	doupdate();
}

/* Setup ----------------------------------------------------------------- */

static struct sigaction curses_winch;

/* ncurses installs its SIGWINCH handler with SA_RESTART, so a blocking
 * read is not interrupted and KEY_RESIZE waits for the next key.  This
 * handler runs ncurses' own and interrupts the read. */
static void
on_winch(int sig)
{
	winch_note();
	if (curses_winch.sa_handler != SIG_DFL &&
	    curses_winch.sa_handler != SIG_IGN &&
	    curses_winch.sa_handler != NULL)
		curses_winch.sa_handler(sig);
}

/* SIGHUP (the SSH connection dropped), SIGTERM and SIGINT end the reader
 * through its normal exit: the terminal restored, everything freed.
 * Every annotation is saved when it is made, so nothing waits; those
 * that could not be are written aside at the exit (anno_edit_rescue),
 * and a Ctrl-C does not pass them (stopped()).  They are
 * kept apart, as more than one may come before the loop looks: an
 * ending signal (SIGHUP, SIGTERM) is never overwritten by a SIGINT, and
 * each SIGINT (a Ctrl-C) the handler sees is counted, so none is lost
 * (the kernel itself merges two that are pending at once).  Only the
 * handler writes interrupts, only the loop interrupts_taken: neither
 * can undo the other.  stop_signal: the signal the reader ends by, its
 * exit status 128 + it. */
static volatile sig_atomic_t end_signal, interrupts;
static sig_atomic_t interrupts_taken;
static int stop_signal;

static void
on_stop(int sig)
{
	/* A handler is not entered again for its own signal: the
	 * increment cannot race with itself. */
	if (sig == SIGINT)
		interrupts = interrupts + 1;
	else if (end_signal == 0)
		end_signal = sig;
	/* Counted as a resize is: one that comes after the loop looked at
	 * stop_pending() but before its read blocks does not wait for a
	 * key (winch.h). */
	winch_note();
}

/* A stop signal or a Ctrl-C the loop has not looked at yet: the next
 * read must not wait for a key (winch.c does the same for resizes). */
static bool
stop_pending(void)
{
	return end_signal != 0 || interrupts != interrupts_taken ||
	    suspend_pending();
}

/* Whether Ctrl-C is a key where the reader is: in a prompt, the note
 * editor, or where the key table has it (a view: it closes, as q). */
static bool
interrupt_is_key(const struct reader *r)
{
	return r->editor != NULL || r->prompt ||
	    keys_lookup(0x03, context_of(r)) != ACT_NONE;
}

/* Whether a signal ends the reader.  Ctrl-C while the tag prompt or
 * the note editor is open is theirs, as in vim: the SIGINT the terminal
 * made of it goes to the editor as the key it was (it cancels there, a
 * changed note only at the second).  In the / ? : & prompts it cancels
 * the prompt, as in vim and less; in a view it is the key table's (it
 * closes the view, as q), a sequence or count begun before it dropped.
 * Elsewhere SIGINT ends the reader, as SIGHUP and SIGTERM always do,
 * first of all. */
static bool
stopped(struct reader *r)
{
	if (end_signal != 0) {
		stop_signal = end_signal;
		return true;
	}
	while (interrupts_taken != interrupts) {
		bool key = interrupt_is_key(r);

		/* Not past annotations that could not be saved: as q, it
		 * says how to save them, and :q! quits without. */
		if (!key && anno_edit_unsaved(r) == 0) {
			stop_signal = SIGINT;
			return true;
		}
		interrupts_taken++;
		if (!key)
			reader_quit(r, false);
		else if (r->editor != NULL)
			anno_edit_key(r, 0x03, false);	/* Ctrl-C */
		else if (r->prompt)
			prompt_key(r, 0x03, false);
		else {
			r->keyseq[0] = '\0';
			r->count = 0;
			handle_input(r, OK, 0x03);
		}
	}
	return false;
}

static void
stop_on_signals(void)
{
	signal_catch(SIGHUP, on_stop, NULL);
	signal_catch(SIGTERM, on_stop, NULL);
	signal_catch(SIGINT, on_stop, NULL);
}

static void
interrupt_on_resize(void)
{
	signal_catch(SIGWINCH, on_winch, &curses_winch);
}

/* Curses on the terminal; NULL, or why no screen can be drawn. */
static char *
init_curses(struct reader *r, const struct reader_options *o)
{
	const char *why, *type;
	char *notice, *cannot;
	enum theme_shade shade;

	if ((type = term_type_choose(&notice, &cannot)) == NULL)
		return cannot;
	/* Asked before curses owns the terminal; no colour, no question. */
	shade = o->no_color ? THEME_DARK : theme_detect(o->theme >= 0 ?
	    (enum config_theme)o->theme : r->cfg.theme, &why);

	/* Escape sequences typed by the user are keys, not text: a short
	 * ESCDELAY keeps Esc responsive over SSH without splitting keys.
	 * $ESCDELAY, as everywhere in ncurses, overrides it (for a slow
	 * link that splits sequences). */
	if (getenv("ESCDELAY") == NULL)
		set_escdelay(50);
	/* Before curses, which then leaves Ctrl-Z to galley. */
	suspend_catch();
	if (newterm(type, stdout, stdin) == NULL) {
		free(notice);
		return xasprintf("cannot start the terminal (TERM=%s)", type);
	}
	if (notice != NULL) {
		queue_notice(r, notice);
		free(notice);
	}
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	term_accept_normal_cursor_keys();
	theme_replay_keys();
	curs_set(0);
	mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED |
	    BUTTON4_PRESSED | BUTTON5_PRESSED | REPORT_MOUSE_POSITION, NULL);
	mouseinterval(0);
	theme_init(o->no_color, shade, &r->cfg);
	paste_init();
	interrupt_on_resize();
	stop_on_signals();
	return NULL;
}

/* A key, as get_wch returns it.  Outside a UTF-8 locale get_wch takes a
 * byte above 127 for the start of a character that never completes and
 * swallows the keys after it; there, bytes are read one by one.  The
 * terminal most likely sends UTF-8 all the same: a complete sequence is
 * one character (shown as '?' like all non-ASCII here, kept as typed),
 * anything else is dropped. */
static int
read_key(const struct reader *r, wint_t *ch)
{
	int c, delay, need;
	uint32_t cp;

	if (r->utf8)
		return get_wch(ch);
	if ((c = getch()) == ERR)
		return ERR;
	*ch = (wint_t)c;
	if (c >= KEY_MIN)
		return KEY_CODE_YES;
	if (c < 0x80)
		return OK;
	need = c >= 0xF0 && c < 0xF5 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 ? 1 : -1;
	if (need < 0 || c >= 0xF5)
		return ERR;
	cp = (uint32_t)c & (0x3F >> need);
	delay = wgetdelay(stdscr);
	timeout(0);
	while (need-- > 0) {
		c = getch();
		if (c == ERR || (c & 0xC0) != 0x80) {
			if (c != ERR)
				ungetch(c);
			timeout(delay);
			return ERR;
		}
		cp = cp << 6 | ((uint32_t)c & 0x3F);
	}
	timeout(delay);
	if (cp < 0x80 || (cp >= 0xD800 && cp < 0xE000) || cp > 0x10FFFF)
		return ERR;
	*ch = (wint_t)cp;
	return OK;
}

static void
reader_free(struct reader *r)
{
	layout_free(&r->lay);
	dropped_free(r);
	clear_matches(r);
	free(r->pattern);
	hits_free(r);
	hits_grep_free(r);
	free(r->grep_word);
	free(r->last_good);
	spelling_pick_free(r);
	free(r->list_filter);
	free(r->ent_filter);
	free(r->list_pattern);
	free(r->message);
	for (size_t i = 0; i < r->nnotices; i++)
		free(r->notices[i]);
	free(r->notices);
	free(r->decisions_damage);
	buf_free(&r->input);
	free(r->order);
	entities_view_free(r);
	free(r->anno_rows);
	free(r->anno_by);
	anno_edit_free(r);
	free(r->hidden);
	resume_free(r);
	yank_forget_offer(r);
	compare_free(r);
	gutter_free(r);
	help_free(r);
	travel_free(r);
	story_list_free(r);
	session_free(&r->s);
	config_free(&r->cfg);
}

/* The screens, by enum view. */
static const struct view_ops *const views[VIEW_COUNT] = {
	[VIEW_MAIN] = &main_view_ops,
	[VIEW_HELP] = &help_view_ops,
	[VIEW_HITS] = &hits_view_ops,
	[VIEW_ENTITIES] = &entities_view_ops,
	[VIEW_ANNOTATIONS] = &annotations_view_ops,
	[VIEW_COMPARE] = &compare_view_ops,
};

int
reader_run(char **paths, size_t npaths, const struct reader_options *o)
{
	struct reader r;
	unsigned ahead = 0;	/* keys handled since the last draw */
	bool quiet = false;	/* a watch found nothing: nothing to draw */
	char *why, *rescued = NULL, *typed = NULL;

	memset(&r, 0, sizeof r);
	r.views = views;
	r.cur = SIZE_MAX;
	r.unmarked = SIZE_MAX;
	r.cur_match = SIZE_MAX;
	r.search_dir = 1;
	r.cfg = *o->cfg;
	memset(o->cfg, 0, sizeof *o->cfg);	/* taken over */
	r.utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	session_init(&r.s, paths, npaths);
	r.order = xcalloc(npaths ? npaths : 1, sizeof *r.order);
	for (size_t i = 0; i < npaths; i++)
		r.order[i] = i;
	r.nrows = npaths;
	r.last_deleted_file = SIZE_MAX;
	r.show_list = npaths > 1;
	r.focus = npaths > 1 ? FOCUS_LIST : FOCUS_PANE;

	resume_init(&r);
	/* The list in the order its header names from the start, as s
	 * sorts it (by title or date: by path until the files are read),
	 * its first row selected. */
	sort_list(&r);
	r.sel = 0;
	if ((why = init_curses(&r, o)) != NULL) {
		fprintf(stderr, "galley: %s\n", why);
		free(why);
		reader_free(&r);
		return 2;
	}
	analysis_init(&r);
	draw_create_windows(&r);
	if (npaths > 0)
		resume_show_first(&r, r.order[0]);
	/* Paths that could not be opened, then every bad line of the
	 * settings, the colours' too (theme_init). */
	for (size_t i = 0; i < o->nnotices; i++)
		queue_notice(&r, o->notices[i]);
	for (size_t i = 0; i < r.cfg.nmessages; i++)
		queue_notice(&r, r.cfg.messages[i]);
	while (!r.quit && !stopped(&r)) {
		wint_t ch;
		int kind, delay;
		bool busy = r.s.nloaded < r.s.load.n || !r.s.crossed ||
		    !r.s.analysers_open || session_pending(&r.s) ||
		    layout_pending(&r) || entities_type_groups_pending(&r);

		if (suspend_pending()) {
			suspend_now();
			ahead = 0;
			/* The shell may have changed the open source. */
			reader_say_changed(&r, r.cur);
		}
		/* Keys typed ahead (a paste into the note editor) are
		 * handled before the next draw: a draw per key made a
		 * paste quadratic in the note's length. */
		if (ahead == 0 && !quiet) {
			layout_screen(&r);
			draw_screen(&r);
		}
		quiet = false;
		/* Pastes are bracketed only where they are text. */
		paste_mode(r.prompt || r.editor);
		term_drag_reports(true);
		if (r.pasting && !r.prompt && !r.editor)
			paste_set(&r, false);
		/* Background loading runs between keys: never block while
		 * there is work, never spin when there is none. */
		/* A signal that came during the draw interrupted no read:
		 * the next one must not wait for a key before it is seen. */
		/* Idle, the wait ends now and then to look at the
		 * sidecars: another galley may have saved. */
		delay = winch_read_delay(busy || ahead || stop_pending() ?
		    0 : ANNO_WATCH_MS);
		timeout(delay);
		if (r.pasting && r.paste_quiet_since == 0)
			r.paste_quiet_since = now_ms();
		kind = read_key(&r, &ch);
		winch_read_done(kind == ERR ||
		    (kind == KEY_CODE_YES && ch == KEY_RESIZE));
		if (kind != ERR && theme_swallow_reply(kind, ch))
			continue;
		if (kind == ERR) {
			if (busy && ahead == 0)
				background_step(&r);
			else if (delay == ANNO_WATCH_MS)
				quiet = !anno_edit_watch(&r);
			ahead = 0;
			continue;
		}
		handle_input(&r, kind, ch);
		/* Still a draw now and then in a long paste. */
		ahead = ahead < 4096 ? ahead + 1 : 0;
	}
	paste_mode(false);
	why = resume_finish(&r);
	if (stop_signal) {
		char *dir = anno_rescue_dir();

		rescued = anno_edit_rescue(&r, dir);
		typed = note_rescue(&r, dir);
		free(dir);
	}
	screen_end();
	if (why != NULL)
		fprintf(stderr, "galley: %s\n", why);
	if (rescued != NULL)
		fprintf(stderr, "galley: %s\n", rescued);
	if (typed != NULL)
		fprintf(stderr, "galley: %s\n", typed);
	free(why);
	free(rescued);
	free(typed);
	reader_free(&r);
	return stop_signal ? 128 + stop_signal : 0;
}
