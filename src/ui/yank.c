/* yank.c - y and Y: text out of the reader, to the terminal's clipboard
 * with OSC 52 (through SSH, and tmux with set-clipboard on) or to the
 * file $XDG_STATE_HOME/galley/yank.  The text itself is built in the
 * core (view/quote.c); only the writing out is here. */
#include "config.h"

#include <errno.h>
#include <nettle/base64.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/file_io.h"
#include "base/settings.h"
#include "session/travel.h"
#include "view/quote.h"
#include "ui/reader_int.h"

/* Terminals cap an OSC 52 string (xterm and tmux near 100 kB, some far
 * less); text longer than this goes to the yank file instead. */
#define OSC52_MAX_TEXT (64 * 1024)

static char *
yank_file_path(void)
{
	return config_xdg_path("XDG_STATE_HOME", ".local/state", "yank");
}

static bool
write_all(int fd, const char *s, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, s, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return false;
		s += w;
		n -= (size_t)w;
	}
	return true;
}

/* ESC ] 52 ; c ; base64 BEL, straight to the terminal: curses has
 * flushed what it drew, and the sequence draws nothing. */
static bool
write_osc52(const char *text, size_t n)
{
	size_t elen = BASE64_ENCODE_RAW_LENGTH(n);
	char *seq = xmalloc(elen + 16);
	bool ok;

	memcpy(seq, "\033]52;c;", 7);
	base64_encode_raw((char *)seq + 7, n, (const uint8_t *)text);
	memcpy(seq + 7 + elen, "\a", 1);
	ok = write_all(STDOUT_FILENO, seq, elen + 8);
	free(seq);
	return ok;
}

/* Writes text to the yank file; the message says where, or why not. */
static char *
write_yank_file(const char *text, size_t n, const char *what)
{
	char *path = yank_file_path(), *cause = NULL, *msg;

	if (path == NULL) {
		cause = config_xdg_missing("XDG_STATE_HOME");
		msg = xasprintf("could not yank: %s, so there is no yank "
		    "file", cause);
		free(cause);
		return msg;
	}
	if (fio_make_parents(path) < 0)
		cause = xasprintf("%s: %s", path, strerror(errno));
	if (cause != NULL || fio_replace(path, text, n, &cause) < 0) {
		msg = xasprintf("could not yank: %s", cause ? cause : path);
		free(cause);
		free(path);
		return msg;
	}
	free(cause);
	msg = xasprintf("yanked %s to %s", what, path);
	free(path);
	return msg;
}

/* Puts text where the clipboard setting says, and says what was done. */
static void
yank_out(struct reader *r, const char *text)
{
	size_t n = strlen(text), lines = quote_lines(text);
	char *what = xasprintf("%zu line%s", lines, lines == 1 ? "" : "s");
	char *msg;
	bool error = false;

	if (r->cfg.clipboard == CLIPBOARD_OFF)
		msg = xstrdup("nothing yanked: clipboard = off");
	else if (r->cfg.clipboard == CLIPBOARD_OSC52 && n <= OSC52_MAX_TEXT &&
	    write_osc52(text, n))
		msg = xasprintf("yanked %s (OSC 52)", what);
	else {
		msg = write_yank_file(text, n, what);
		error = strncmp(msg, "could not", 9) == 0;
	}
	set_message(r, error, msg);
	free(msg);
	free(what);
}

/* The text y takes in the open source: the selection in cursor mode,
 * else the paragraph at the caret or at the top of the pane.  NULL with
 * a message when there is none. */
static char *
yank_text(struct reader *r)
{
	struct doc *d = r->cur != SIZE_MAX ? r->s.load.docs[r->cur] : NULL;
	size_t start, end;

	if (d == NULL) {
		set_message(r, true, "no source open to yank from");
		return NULL;
	}
	if (r->caret_on && r->selecting && r->sel_anchor != r->caret &&
	    select_range(r, &start, &end))
		return quote_text(d, start, end);
	if (!quote_paragraph(d, r->caret_on ? r->caret : r->anchor, r->raw,
	    &start, &end)) {
		set_message(r, true, "no paragraph here to yank");
		return NULL;
	}
	return quote_text(d, start, end);
}

/* In cursor mode without a selection, y on a moved annotation confirms
 * its place (as it did before y yanked); on another version's (T), the
 * same key is about that annotation too, and confirming says it is
 * read-only here. */
static bool
confirms_instead(struct reader *r)
{
	const struct anno *a;
	const struct travelled *t;

	if (!r->caret_on || (r->selecting && r->sel_anchor != r->caret))
		return false;
	a = select_anno_at_caret(r);
	if (a == NULL && (t = travel_at(r, r->caret)) != NULL)
		a = t->anno;
	return a != NULL && a->reply_to == NULL &&
	    a->state != ANNO_ANCHORED && a->state != ANNO_ORPHAN;
}

void
yank_action(struct reader *r, bool quote)
{
	char *text;

	if (!quote && r->yank_offer != NULL) {
		yank_out(r, r->yank_offer);
		yank_forget_offer(r);
		return;
	}
	if (!quote && confirms_instead(r)) {
		anno_edit_confirm(r);
		return;
	}
	if ((text = yank_text(r)) == NULL)
		return;
	if (quote) {
		char *cited = quote_cite(r->s.load.docs[r->cur], text);

		free(text);
		text = cited;
	}
	yank_out(r, text);
	free(text);
}

void
yank_offer(struct reader *r, const char *text)
{
	free(r->yank_offer);
	r->yank_offer = xstrdup(text);
}

void
yank_forget_offer(struct reader *r)
{
	free(r->yank_offer);
	r->yank_offer = NULL;
}
