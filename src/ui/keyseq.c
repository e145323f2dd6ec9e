/* keyseq.c - keys typed one after the other that make one key, as vim's
 * ]s, z= and zug: the first waits (the status line shows it, as vim's
 * showcmd), Esc cancels, a key that ends no sequence says so. */
#include "config.h"

#include <string.h>

#include "ui/reader_int.h"

/* Whether seq is a whole key of the source list (zM typed in the
 * reading pane). */
static bool
in_list(const char *seq)
{
	enum ui_action a;

	return keys_lookup_seq(seq, CTX_LIST, &a) == KEYS_DONE;
}

/* Whether ch, typed after what r->keyseq holds, is taken as part of a
 * sequence.  Returns true when the key is used up (waiting for more, a
 * sequence cancelled or unknown, or one completed: *a is set to its
 * action, else ACT_NONE); false when ch is a key of its own. */
bool
keyseq_feed(struct reader *r, int ch, unsigned context, enum ui_action *a)
{
	size_t n = strlen(r->keyseq);
	enum keys_match m;

	*a = ACT_NONE;
	if (n == 0 && (ch <= 0 || ch >= 0x7f))
		return false;
	if (n > 0 && ch == 27) {
		r->keyseq[0] = '\0';
		set_message(r, false, NULL);
		return true;
	}
	if (ch <= 0x20 || ch >= 0x7f || n + 1 >= sizeof r->keyseq)
		m = KEYS_UNKNOWN;
	else {
		r->keyseq[n] = (char)ch;
		r->keyseq[n + 1] = '\0';
		m = keys_lookup_seq(r->keyseq, context, a);
		/* Cursor mode has the reading pane's keys too. */
		if (m == KEYS_UNKNOWN && context == CTX_CARET)
			m = keys_lookup_seq(r->keyseq, CTX_PANE, a);
	}
	if (m == KEYS_MORE)
		return true;
	if (m == KEYS_UNKNOWN && n == 0) {
		r->keyseq[0] = '\0';
		return false;
	}
	if (m == KEYS_UNKNOWN) {
		char msg[96];

		if (context != CTX_LIST && in_list(r->keyseq))
			snprintf(msg, sizeof msg, "%s works in the source list "
			    "(Tab moves there)", r->keyseq);
		else {
			r->keyseq[n] = '\0';
			snprintf(msg, sizeof msg, "no key %s%s (F1 lists the "
			    "keys)", r->keyseq, keyname(ch) ? keyname(ch) :
			    "?");
		}
		set_message(r, true, msg);
	}
	r->keyseq[0] = '\0';
	return true;
}
