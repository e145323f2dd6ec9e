/* keys.c - the reader's key table. */
#include "config.h"

#include "ui/keys.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

#define CTRL(c) ((c) & 0x1f)

const struct ui_key ui_keys[] = {
	{ 'j', "j", CTX_ALL, ACT_DOWN, "down one line (next source in the list)" },
	{ KEY_DOWN, "Down", CTX_ALL, ACT_DOWN, NULL },
	{ CTRL('N'), "Ctrl-N", CTX_ALL, ACT_DOWN, NULL },
	{ 'k', "k", CTX_ALL, ACT_UP, "up one line (previous source)" },
	{ KEY_UP, "Up", CTX_ALL, ACT_UP, NULL },
	{ CTRL('P'), "Ctrl-P", CTX_ALL, ACT_UP, NULL },
	{ ' ', "Space", CTX_ALL, ACT_PAGE_DOWN, "down one page" },
	{ KEY_NPAGE, "PgDn", CTX_ALL, ACT_PAGE_DOWN, NULL },
	{ CTRL('F'), "Ctrl-F", CTX_ALL, ACT_PAGE_DOWN, NULL },
	{ 'b', "b", CTX_ALL, ACT_PAGE_UP, "up one page" },
	{ KEY_PPAGE, "PgUp", CTX_ALL, ACT_PAGE_UP, NULL },
	{ CTRL('B'), "Ctrl-B", CTX_ALL, ACT_PAGE_UP, NULL },
	{ CTRL('D'), "Ctrl-D", CTX_ALL, ACT_HALF_DOWN, "down half a page" },
	{ CTRL('U'), "Ctrl-U", CTX_ALL, ACT_HALF_UP, "up half a page" },
	{ 'g', "g", CTX_ALL, ACT_TOP, "to the top" },
	{ KEY_HOME, "Home", CTX_ALL, ACT_TOP, NULL },
	{ '<', "<", CTX_ALL, ACT_TOP, NULL },
	{ 'G', "G", CTX_ALL, ACT_BOTTOM, "to the end" },
	{ KEY_END, "End", CTX_ALL, ACT_BOTTOM, NULL },
	{ '>', ">", CTX_ALL, ACT_BOTTOM, NULL },
	{ '\n', "Enter", CTX_LIST | CTX_VIEW, ACT_OPEN,
	  "open the selected source (the one already open: go to it where it "
	  "was left) or search hit; in the entities view, list "
	  "only the sources that mention the entity and step through its "
	  "mentions with n and N" },
	{ KEY_ENTER, "Enter", CTX_LIST | CTX_VIEW, ACT_OPEN, NULL },
	{ '\t', "Tab", CTX_LIST | CTX_PANE, ACT_SWITCH_PANE,
	  "switch between the source list and the reading pane" },
	{ '/', "/", CTX_ALL, ACT_SEARCH_FORWARD,
	  "search forward in the article, every match highlighted; in a "
	  "list (the source list with the focus, or a list view), its rows" },
	{ '?', "?", CTX_ALL, ACT_SEARCH_BACKWARD,
	  "search backward (in the article, or in a list's rows)" },
	{ 'n', "n", CTX_ALL, ACT_NEXT_MATCH,
	  "next match in the search's direction (after ?, the one above)" },
	{ 'N', "N", CTX_ALL, ACT_PREV_MATCH,
	  "match in the other direction" },
	{ 'F', "F", CTX_ALL, ACT_FILTER,
	  "filter the source list (or the entities view): site:reuters "
	  "has:problems mentions:Tiani ... (see Lists in the man page); empty clears it" },
	{ 'C', "C", CTX_ALL, ACT_CLEAR_FILTER,
	  "clear the filter of the list shown (the source list: c too)" },
	{ ':', ":", CTX_ALL, ACT_COMMAND,
	  "command line: one of the : commands listed after the keys" },
	{ 'r', "r", CTX_LIST | CTX_PANE, ACT_TOGGLE_RAW,
	  "toggle the raw page (dropped blocks set apart) and the clean article" },
	{ 'l', "l", CTX_LIST | CTX_PANE, ACT_TOGGLE_LIST,
	  "show or hide the source list" },
	{ 's', "s", CTX_LIST | CTX_PANE, ACT_SORT,
	  "sort the source list by path, title or date, in turn" },
	{ 'M', "M", CTX_LIST | CTX_PANE, ACT_TOGGLE_READ,
	  "mark the selected source (in the reading pane, the open one) "
	  "read or unread; unread sources show a * in the list" },
	{ KEY_SEQ(']', ']'), "]]", CTX_LIST | CTX_PANE, ACT_NEXT_FILE,
	  "open the next source" },
	{ KEY_SEQ('[', '['), "[[", CTX_LIST | CTX_PANE, ACT_PREV_FILE,
	  "open the previous source" },
	{ 'p', "p", CTX_LIST | CTX_PANE, ACT_NEXT_PROBLEM,
	  "next problem galley check reports (spelling, casing, split, "
	  "markup, mojibake, spacing, repeat, consistency), from the screen "
	  "(the first from the top line on, or after the one just visited "
	  "until the view moves or a motion key is pressed); the status "
	  "line shows its kind, text, "
	  "suggestions and number, and says when the view hides it (the "
	  "clean view hides markup debris: r shows it)" },
	{ KEY_SEQ(']', 'q'), "]q", CTX_ALL, ACT_QF_NEXT,
	  "next :grep hit, across sources (also :cn)" },
	{ KEY_SEQ('[', 'q'), "[q", CTX_ALL, ACT_QF_PREV,
	  "previous :grep hit, across sources (also :cp)" },
	{ '=', "=", CTX_LIST | CTX_PANE, ACT_COMPARE,
	  "compare the selected source (in the reading pane, the open one) "
	  "with another version of its story, the next at each press; with "
	  "the source :compare mark marked, with that one (also :compare)" },
	{ '#', "#", CTX_LIST | CTX_PANE, ACT_SHARED_MARKS,
	  "show or hide the gutter's marks of paragraphs other sources carry "
	  "too, with how many carry each" },
	{ 'T', "T", CTX_LIST | CTX_PANE, ACT_TRAVEL,
	  "show or hide the annotations other versions of the story made "
	  "on the paragraphs this source shares with them: dim and "
	  "underlined, marked left of the line, and listed by A after the "
	  "source's own with their replies; read-only here, the status "
	  "line (cursor mode) says whose they are" },
	{ 'S', "S", CTX_LIST | CTX_PANE, ACT_GROUP_STORIES,
	  "group the source list by story, as mutt threads: a folded "
	  "group's row shows how many versions it has (the status line, "
	  "their sites); Enter on it unfolds it and opens its first; S "
	  "again lists the sources one by one" },
	{ KEY_SEQ('z', 'a'), "za", CTX_LIST, ACT_FOLD,
	  "grouped list: fold or unfold the selected source's story; "
	  "ungrouped, as za in the reading pane" },
	{ KEY_SEQ('z', 'M'), "zM", CTX_LIST, ACT_FOLD_ALL,
	  "grouped list: fold every story" },
	{ KEY_SEQ('z', 'R'), "zR", CTX_LIST, ACT_UNFOLD_ALL,
	  "grouped list: unfold every story" },
	{ KEY_SEQ(']', 'c'), "]c", CTX_VIEW, ACT_NEXT_DIFF,
	  "compare view: the next difference (also n)" },
	{ KEY_SEQ('[', 'c'), "[c", CTX_VIEW, ACT_PREV_DIFF,
	  "compare view: the previous difference (also N)" },
	{ KEY_SEQ(']', 's'), "]s", CTX_LIST | CTX_PANE, ACT_NEXT_PROBLEM,
	  NULL },
	{ 'P', "P", CTX_LIST | CTX_PANE, ACT_PREV_PROBLEM,
	  "previous problem, above the screen or the one just visited" },
	{ KEY_SEQ('[', 's'), "[s", CTX_LIST | CTX_PANE, ACT_PREV_PROBLEM,
	  NULL },
	{ KEY_SEQ('z', '='), "z=", CTX_LIST | CTX_PANE, ACT_SUGGEST,
	  "the problem's suggestions, numbered: a digit chooses one (a "
	  "correction kept beside the article, never in it), 0 takes the "
	  "correction away, Esc cancels" },
	{ KEY_SEQ('z', 'g'), "zg", CTX_LIST | CTX_PANE, ACT_GOOD_WORD,
	  "add the problem's word to your personal word list (as a)" },
	{ KEY_SEQ3('z', 'u', 'g'), "zug", CTX_LIST | CTX_PANE,
	  ACT_UNDO_GOOD_WORD,
	  "take the problem's word (else the word zg added last) off your "
	  "personal word list again" },
	{ KEY_SEQ('z', 'a'), "za", CTX_PANE, ACT_TOGGLE_DROPPED,
	  "clean view: show the blocks the cleaner dropped at a marker "
	  "[3 blocks dropped] (dim, in place), or hide them again: in cursor "
	  "mode the marker at or nearest above the caret, else the first on "
	  "the screen" },
	{ KEY_SEQ('z', 'k'), "zk", CTX_PANE, ACT_KEEP_BLOCK,
	  "keep the block at the caret (else at the top line) though the "
	  "cleaner dropped it (shown with za, or in the raw view), or drop a "
	  "kept one; saved beside the article (ARTICLE.blocks) and honoured "
	  "by galley clean" },
	{ KEY_SEQ('z', 'w'), "zw", CTX_LIST | CTX_PANE, ACT_BAD_WORD,
	  "mark the word of the problem or at the caret wrong: your bad-words "
	  "list makes the proofreader flag it everywhere" },
	{ KEY_SEQ3('z', 'u', 'w'), "zuw", CTX_LIST | CTX_PANE,
	  ACT_UNDO_BAD_WORD,
	  "take the word of the problem or at the caret off your bad-words "
	  "list again (undoes zw)" },
	{ 'a', "a", CTX_LIST | CTX_PANE, ACT_ADD_WORD,
	  "add the problem's word to your personal word list" },
	{ 'i', "i", CTX_LIST | CTX_PANE, ACT_IGNORE_WORD,
	  "ignore the problem's word for this session" },
	{ 'v', "v", CTX_LIST | CTX_PANE, ACT_PROBLEM_LIST,
	  "list the problems of the open source (also :problems)" },
	{ 'e', "e", CTX_LIST | CTX_PANE, ACT_ENTITIES,
	  "the entities of every source with counts (also :entities)" },
	{ 'c', "c", CTX_LIST | CTX_PANE, ACT_CLEAR_FILTER,
	  "list every source again after choosing an entity" },
	{ 'A', "A", CTX_LIST | CTX_PANE, ACT_ANNOTATIONS,
	  "the annotations of every source: tags, note, state (also "
	  ":annotations)" },
	{ 'y', "y", CTX_LIST | CTX_PANE | CTX_CARET, ACT_YANK,
	  "yank: copy the selection (cursor mode), else the paragraph at the "
	  "caret or the top of the pane, to the clipboard (OSC 52; see "
	  "clipboard in SETTINGS); after o, the URL it showed; in cursor mode "
	  "without a selection, on a moved annotation, confirm its place" },
	{ 'Y', "Y", CTX_LIST | CTX_PANE | CTX_CARET, ACT_YANK_QUOTE,
	  "yank the same text as a quote with its citation: title, site, "
	  "date, URL" },
	{ 'o', "o", CTX_LIST | CTX_PANE, ACT_OPEN_URL,
	  "open the source's URL (its canonical link or og:url; a text "
	  "dump's first address in its header) with $BROWSER or xdg-open; "
	  "with no browser (over SSH), show it: y then copies it" },
	{ 'r', "r", CTX_VIEW, ACT_TOGGLE_RAW,
	  "hit list: show or hide the hits in dropped boilerplate" },
	{ 'd', "d", CTX_VIEW, ACT_ENTITY_SCOPE,
	  "entities and annotations views: this source only, or every source" },
	{ 'D', "D", CTX_VIEW, ACT_DELETE,
	  "annotations view: delete the annotation (saved at once; with "
	  "replies, a second D deletes the thread); entities view: say the "
	  "name is no entity (:notentity NAME)" },
	{ '+', "+", CTX_VIEW, ACT_ACCEPT,
	  "annotations view: accept the annotation (a review by a second "
	  "person, saved at once)" },
	{ '-', "-", CTX_VIEW, ACT_REJECT,
	  "annotations view: reject the annotation" },
	{ 'u', "u", CTX_ALL, ACT_UNDO, "undo the last deletion of an annotation "
	  "(same ids, replies included)" },
	{ 'w', "w", CTX_VIEW, ACT_ENTITY_WHY,
	  "entities view: why these names were grouped" },
	{ 'm', "m", CTX_VIEW, ACT_ENTITY_MERGE,
	  "entities view: mark an entity (*); m on another merges the two "
	  "(:merge A | B)" },
	{ 'x', "x", CTX_VIEW, ACT_ENTITY_SPLIT,
	  "entities view: split a name from its group (:split NAME)" },
	{ 'm', "m", CTX_LIST | CTX_PANE, ACT_CURSOR,
	  "cursor mode: a caret in the article, to select passages and "
	  "annotate them (a click in the article also starts it)" },
	{ 27, "Esc", CTX_CARET, ACT_LEAVE,
	  "cursor mode: drop the selection, then leave cursor mode" },
	{ 'q', "q", CTX_CARET, ACT_LEAVE, NULL },
	{ 'm', "m", CTX_CARET, ACT_LEAVE, NULL },
	{ 'h', "h", CTX_CARET, ACT_C_CHAR_PREV,
	  "cursor mode: back one character" },
	{ KEY_LEFT, "Left", CTX_CARET, ACT_C_CHAR_PREV, NULL },
	{ 'l', "l", CTX_CARET, ACT_C_CHAR_NEXT,
	  "cursor mode: forward one character" },
	{ KEY_RIGHT, "Right", CTX_CARET, ACT_C_CHAR_NEXT, NULL },
	{ 'w', "w", CTX_CARET, ACT_C_WORD_NEXT,
	  "cursor mode: to the next word; extending a selection, to the end "
	  "of the next word" },
	{ 'b', "b", CTX_CARET, ACT_C_WORD_PREV,
	  "cursor mode: back to the start of a word" },
	{ ')', ")", CTX_CARET, ACT_C_SENT_NEXT,
	  "cursor mode: to the next sentence (a selection: its end)" },
	{ '(', "(", CTX_CARET, ACT_C_SENT_PREV,
	  "cursor mode: back to the start of a sentence" },
	{ 'j', "j", CTX_CARET, ACT_C_LINE_DOWN,
	  "cursor mode: down a line" },
	{ KEY_DOWN, "Down", CTX_CARET, ACT_C_LINE_DOWN, NULL },
	{ 'k', "k", CTX_CARET, ACT_C_LINE_UP, "cursor mode: up a line" },
	{ KEY_UP, "Up", CTX_CARET, ACT_C_LINE_UP, NULL },
	{ '0', "0", CTX_CARET, ACT_C_LINE_START,
	  "cursor mode: to the start of the line" },
	{ '^', "^", CTX_CARET, ACT_C_LINE_START, NULL },
	{ '$', "$", CTX_CARET, ACT_C_LINE_END,
	  "cursor mode: to the end of the line" },
	{ '}', "}", CTX_CARET, ACT_C_PARA_NEXT,
	  "cursor mode: to the next paragraph (a selection: its end)" },
	{ '{', "{", CTX_CARET, ACT_C_PARA_PREV,
	  "cursor mode: back to the start of a paragraph" },
	{ 'v', "v", CTX_CARET, ACT_SELECT,
	  "cursor mode: start or stop a selection at the caret (or drag "
	  "with the mouse)" },
	{ 'o', "o", CTX_CARET, ACT_SWAP_ENDS,
	  "cursor mode: go to the other end of the selection" },
	{ 't', "t", CTX_CARET | CTX_VIEW, ACT_TAG,
	  "tag the selection, or the word at the caret; on an annotation, "
	  "edit its tags (Tab completes from .galley-tags, a digit typed "
	  "first picks one of its first nine; also in the annotations "
	  "view); entities view: change the entity's type (:type NAME "
	  "TYPE)" },
	{ '.', ".", CTX_CARET, ACT_REPEAT_TAG,
	  "cursor mode: tag the selection (or the word at the caret) with "
	  "the tags given last" },
	{ 'c', "c", CTX_CARET | CTX_VIEW, ACT_NOTE,
	  "write a note on the selection, or edit the note of the annotation "
	  "at the caret (F2 or Ctrl-X saves, Esc cancels: twice when the "
	  "note has changed)" },
	{ 'R', "R", CTX_CARET | CTX_VIEW, ACT_REPLY,
	  "reply to the annotation at the caret or selected in the "
	  "annotations view" },
	{ 'y', "y", CTX_CARET | CTX_VIEW, ACT_CONFIRM,
	  "confirm the new place of a fuzzy or moved annotation (the source "
	  "changed since it was made)" },
	{ 'K', "K", CTX_CARET | CTX_VIEW, ACT_KEEP_MINE,
	  "an annotation edited in two places at once: keep this version "
	  "(the view shows the other)" },
	{ 'O', "O", CTX_CARET | CTX_VIEW, ACT_TAKE_OTHER,
	  "an annotation edited in two places at once: take the other "
	  "version the view shows (the newest)" },
	{ 'D', "D", CTX_CARET, ACT_DELETE,
	  "cursor mode: delete the annotation at the caret (u undoes; with "
	  "replies, a second D deletes the thread)" },
	{ KEY_F(1), "F1", CTX_ALL, ACT_HELP,
	  "help (this screen); h also opens it" },
	{ 'h', "h", CTX_LIST | CTX_PANE, ACT_HELP, NULL },
	{ CTRL('L'), "Ctrl-L", CTX_ALL, ACT_REDRAW, "redraw the screen; says when the "
	  "open source changed on disk (:e reads it again)" },
	{ 'q', "q", CTX_VIEW, ACT_CLOSE, "close help, a list or a view" },
	{ 27, "Esc", CTX_VIEW, ACT_CLOSE, NULL },
	/* The terminal sends Ctrl-C as SIGINT: reader.c passes it here. */
	{ CTRL('C'), "Ctrl-C", CTX_VIEW, ACT_CLOSE, NULL },
	{ 'q', "q", CTX_LIST | CTX_PANE, ACT_QUIT,
	  "quit (while annotations could not be saved it says how to save "
	  "them; :q! quits anyway)" },
	{ KEY_SEQ('Z', 'Z'), "ZZ", CTX_LIST | CTX_PANE, ACT_SAVE_QUIT,
	  "save what could not be saved, then quit (as :wq and :x)" },
};

const size_t ui_nkeys = sizeof ui_keys / sizeof ui_keys[0];

enum ui_action
keys_lookup(int key, unsigned context)
{
	for (size_t i = 0; i < ui_nkeys; i++)
		if (ui_keys[i].key == key && (ui_keys[i].contexts & context))
			return ui_keys[i].action;
	return ACT_NONE;
}

enum keys_count
keys_count_of(enum ui_action a)
{
	switch (a) {
	case ACT_DOWN: case ACT_UP: case ACT_PAGE_DOWN: case ACT_PAGE_UP:
	case ACT_HALF_DOWN: case ACT_HALF_UP: case ACT_NEXT_MATCH:
	case ACT_PREV_MATCH: case ACT_NEXT_FILE: case ACT_PREV_FILE:
	case ACT_NEXT_PROBLEM: case ACT_PREV_PROBLEM: case ACT_C_CHAR_PREV:
	case ACT_C_CHAR_NEXT: case ACT_C_WORD_PREV: case ACT_C_WORD_NEXT:
	case ACT_C_SENT_PREV: case ACT_C_SENT_NEXT: case ACT_C_LINE_UP:
	case ACT_C_LINE_DOWN: case ACT_C_PARA_PREV: case ACT_C_PARA_NEXT:
	case ACT_QF_NEXT: case ACT_QF_PREV: case ACT_NEXT_DIFF:
	case ACT_PREV_DIFF:
		return COUNT_REPEAT;
	case ACT_TOP: case ACT_BOTTOM:
		return COUNT_LINE;
	default:
		return COUNT_NONE;
	}
}

/* The characters of a sequence's key code; "" for a single key. */
static void
seq_chars(int key, char out[4])
{
	size_t n = 0;

	if (key >= KEY_SEQ_BASE)
		for (int shift = 14; shift >= 0; shift -= 7)
			if ((key >> shift & 0x7f) != 0)
				out[n++] = (char)(key >> shift & 0x7f);
	out[n] = '\0';
}

enum keys_match
keys_lookup_seq(const char *typed, unsigned context, enum ui_action *a)
{
	size_t n = strlen(typed);
	enum keys_match m = KEYS_UNKNOWN;

	for (size_t i = 0; i < ui_nkeys; i++) {
		char seq[4];

		if (!(ui_keys[i].contexts & context))
			continue;
		seq_chars(ui_keys[i].key, seq);
		if (strcmp(seq, typed) == 0) {
			*a = ui_keys[i].action;
			return KEYS_DONE;
		}
		if (strlen(seq) > n && strncmp(seq, typed, n) == 0)
			m = KEYS_MORE;
	}
	return m;
}

/* The labels of every key bound to the row's action in the row's
 * contexts: "j, Down, Ctrl-N". */
static char *
labels_for(size_t row)
{
	struct buf b;

	buf_init(&b);
	for (size_t i = 0; i < ui_nkeys; i++) {
		if (ui_keys[i].action != ui_keys[row].action ||
		    !(ui_keys[i].contexts & ui_keys[row].contexts))
			continue;
		/* A key that belongs to another described row is not ours. */
		if (i != row && ui_keys[i].help != NULL)
			continue;
		if (b.len > 0 && strstr(b.data, ui_keys[i].label) != NULL)
			continue;
		if (b.len > 0)
			buf_adds(&b, ", ");
		buf_adds(&b, ui_keys[i].label);
	}
	return buf_steal(&b);
}

/* What a count typed before a key does (keys_count_of): the first row
 * of the help screen, of --keys and of the manual's KEYS section. */
static const char count_label[] = "5j, 3]s, 10G";
static const char count_help[] =
    "a count typed before a motion key, as in less and vim, repeats its "
    "motion (5j moves five lines, 3]s goes to the third problem on, 2n "
    "to the second match); before g or G it goes to that line from the "
    "top (10G); the count shows on the right of the status line while it "
    "is typed, and a key that is no motion ignores it";

/* One row: "  j, Down  <TAB> down one line" (format 0) or a roff .TP
 * entry (format 1). */
static void
print_row(FILE *f, int format, const char *labels, const char *help)
{
	if (format == 1) {
		fputs(".TP\n.B ", f);
		for (const char *p = labels; *p; p++) {
			if (*p == '\\' || *p == '-')
				fputc('\\', f);
			fputc(*p, f);
		}
		fprintf(f, "\n%s\n", help);
	} else
		fprintf(f, "  %-22s %s\n", labels, help);
}

void
keys_print(FILE *f, int format)
{
	print_row(f, format, count_label, count_help);
	for (size_t i = 0; i < ui_nkeys; i++) {
		char *labels;

		if (ui_keys[i].help == NULL)
			continue;
		labels = labels_for(i);
		print_row(f, format, labels, ui_keys[i].help);
		free(labels);
	}
}

const char *const *
keys_help_lines(void)
{
	static char **lines;

	if (lines == NULL) {
		size_t n = 0;

		lines = xcalloc(ui_nkeys + 2, sizeof *lines);
		lines[n++] = xasprintf("%-22s %s", count_label, count_help);
		for (size_t i = 0; i < ui_nkeys; i++) {
			char *labels;

			if (ui_keys[i].help == NULL)
				continue;
			labels = labels_for(i);
			lines[n++] = xasprintf("%-22s %s", labels,
			    ui_keys[i].help);
			free(labels);
		}
	}
	return (const char *const *)lines;
}
