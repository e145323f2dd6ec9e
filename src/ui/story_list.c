/* story_list.c - the source list grouped by story (S), as mutt threads
 * its index: the versions of one story (session_copies) follow each
 * other, the first in the list's order heading them.  A folded group
 * shows its head alone, marked with how many versions it has, and the
 * status line names their sites; Enter on it unfolds it and opens the
 * head, za folds or unfolds it, zM folds every group, zR unfolds them.
 *
 * The rows stay files (r->order): a folded group's other versions go
 * after the shown rows, as the filter's hidden ones do, so everything
 * that acts on the selected source works unchanged. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "copies/copies.h"
#include "ui/reader_int.h"

struct story_list {
	bool on;
	size_t n;		/* files of the load */
	size_t *group;		/* per file: its group (its smallest file) */
	size_t *size;		/* per group: versions among the shown rows */
	size_t *head;		/* per group: the file heading it */
	bool *open;		/* per group: unfolded */
	struct buf label;	/* the row label drawn last */
};

static struct story_list *
story_of(struct reader *r)
{
	if (r->story == NULL) {
		size_t n = r->s.load.n ? r->s.load.n : 1;

		r->story = xcalloc(1, sizeof *r->story);
		r->story->n = r->s.load.n;
		r->story->group = xcalloc(n, sizeof *r->story->group);
		r->story->size = xcalloc(n, sizeof *r->story->size);
		r->story->head = xcalloc(n, sizeof *r->story->head);
		r->story->open = xcalloc(n, sizeof *r->story->open);
		buf_init(&r->story->label);
	}
	return r->story;
}

void
story_list_free(struct reader *r)
{
	if (r->story == NULL)
		return;
	free(r->story->group);
	free(r->story->size);
	free(r->story->head);
	free(r->story->open);
	buf_free(&r->story->label);
	free(r->story);
	r->story = NULL;
}

bool
story_list_on(const struct reader *r)
{
	return r->story != NULL && r->story->on;
}

/* Counts each group's shown versions and finds the file heading it:
 * the first of them in the list's order. */
static void
count_groups(struct reader *r, struct story_list *sl)
{
	struct copies *c = session_copies(&r->s);

	for (size_t f = 0; f < sl->n; f++) {
		sl->group[f] = copies_group(c, f);
		sl->size[f] = 0;
	}
	for (size_t i = r->nrows; i-- > 0;) {
		size_t g = sl->group[r->order[i]];

		sl->size[g]++;
		sl->head[g] = r->order[i];
	}
}

/* Called by sort_list on the sorted, filtered rows: puts each group's
 * versions together under its head, in the list's order, those of a
 * folded group after the shown rows.  Returns the file the selection
 * should stay on: keep, or its head when keep is folded away.  Linear:
 * each group's rows are chained in one pass, written out in another. */
size_t
story_list_group(struct reader *r, size_t keep)
{
	struct story_list *sl = r->story;
	size_t n = r->nrows, shown = 0, folded = 0;
	size_t *next, *last, *out;

	if (sl == NULL || !sl->on || n == 0)
		return keep;
	count_groups(r, sl);
	next = xcalloc(n, sizeof *next);
	last = xcalloc(sl->n, sizeof *last);
	out = xcalloc(n, sizeof *out);
	/* next[i]: the row after row i in its group (SIZE_MAX: none). */
	for (size_t i = n; i-- > 0;) {
		size_t g = sl->group[r->order[i]];

		next[i] = last[g] ? last[g] - 1 : SIZE_MAX;
		last[g] = i + 1;
	}
	for (size_t i = 0; i < n; i++) {
		size_t g = sl->group[r->order[i]];

		if (sl->head[g] != r->order[i])
			continue;
		out[shown++] = r->order[i];
		for (size_t j = next[i]; j != SIZE_MAX; j = next[j]) {
			if (sl->open[g])
				out[shown++] = r->order[j];
			else
				out[n - 1 - folded++] = r->order[j];
		}
	}
	/* The folded rows were written from the end: put them back in the
	 * list's order. */
	for (size_t i = 0; i < folded / 2; i++) {
		size_t t = out[shown + i];

		out[shown + i] = out[n - 1 - i];
		out[n - 1 - i] = t;
	}
	memcpy(r->order, out, n * sizeof *out);
	r->nrows = shown;
	free(next);
	free(last);
	free(out);
	if (keep < sl->n && !sl->open[sl->group[keep]])
		keep = sl->head[sl->group[keep]];
	return keep;
}

/* S: groups the list by story, or lists the sources one by one again.
 * Groups start folded: one row per story. */
void
story_list_toggle(struct reader *r)
{
	struct story_list *sl = story_of(r);

	sl->on = !sl->on;
	/* Stories are known once every source is read. */
	if (sl->on)
		settle_load(r);
	memset(sl->open, 0, (sl->n ? sl->n : 1) * sizeof *sl->open);
	r->list_top = 0;
	sort_list(r);
	/* No message: it would hide the status line's sites of the
	 * group selected. */
	if (!sl->on)
		set_message(r, false, "sources one by one");
}

/* za (how 0): folds or unfolds the selected source's group; zM (1)
 * folds every group, zR (-1) unfolds them. */
void
story_list_fold(struct reader *r, int how)
{
	struct story_list *sl = r->story;

	if (!story_list_on(r) || r->nrows == 0) {
		set_message(r, true, "the list is not grouped by story (S)");
		return;
	}
	if (how == 0) {
		size_t g = sl->group[r->order[r->sel]];

		if (sl->size[g] < 2 && !sl->open[g]) {
			set_message(r, true, "no other version of this story");
			return;
		}
		sl->open[g] = !sl->open[g];
	} else
		memset(sl->open, how < 0, sl->n * sizeof *sl->open);
	sort_list(r);
}

/* Enter on a folded group's head unfolds the group, as mutt does when
 * a message of a collapsed thread is opened. */
void
story_list_unfold_selected(struct reader *r)
{
	struct story_list *sl = r->story;
	size_t g;

	if (!story_list_on(r) || r->sel >= r->nrows)
		return;
	g = sl->group[r->order[r->sel]];
	if (sl->size[g] > 1 && !sl->open[g]) {
		sl->open[g] = true;
		sort_list(r);
	}
}

/* Whether row i is the last shown version of its group. */
static bool
last_in_group(const struct reader *r, size_t i)
{
	const struct story_list *sl = r->story;

	return i + 1 >= r->nrows || sl->group[r->order[i + 1]] !=
	    sl->group[r->order[i]] || sl->head[sl->group[r->order[i + 1]]] ==
	    r->order[i + 1];
}

/* The label of row i, grouped: a group's head marked folded (+, a
 * right triangle) or open (-, a down triangle) with its count of
 * versions; the other versions under it on a tree's branches.  A story
 * of one version is labelled as it is. */
const char *
story_list_label(struct reader *r, size_t i, const char *label)
{
	struct story_list *sl = r->story;
	size_t f = r->order[i], g;
	bool u = r->utf8;

	if (!story_list_on(r) || i >= r->nrows)
		return label;
	g = sl->group[f];
	if (sl->size[g] < 2)
		return label;
	sl->label.len = 0;
	if (sl->head[g] == f)
		buf_printf(&sl->label, "%s%zu ", sl->open[g] ?
		    (u ? "\xE2\x96\xBE" : "-") : (u ? "\xE2\x96\xB8" : "+"),
		    sl->size[g]);
	else
		buf_adds(&sl->label, last_in_group(r, i) ?
		    (u ? " \xE2\x94\x94 " : " `-") :
		    (u ? " \xE2\x94\x9C " : " |-"));
	buf_adds(&sl->label, label);
	return sl->label.data;
}

/* The sites of group g's shown versions, each once, in the list's
 * order, joined by ", " into b; their number (0: none is known). */
static size_t
group_sites(struct reader *r, size_t g, struct buf *b)
{
	struct story_list *sl = r->story;
	const char **seen = xcalloc(sl->size[g] + 1, sizeof *seen);
	size_t nseen = 0;

	for (size_t i = 0; i < r->s.load.n && nseen < sl->size[g]; i++) {
		size_t f = r->order[i], k = 0;
		const struct doc *d = r->s.load.docs[f];

		if (sl->group[f] != g || (r->hidden && r->hidden[f]) ||
		    d == NULL || d->site == NULL)
			continue;
		seen[nseen] = site_label(d->site);
		while (strcmp(seen[k], seen[nseen]) != 0)
			k++;
		if (k < nseen)
			continue;
		buf_printf(b, "%s%s", nseen ? ", " : "", seen[nseen]);
		nseen++;
	}
	free(seen);
	return nseen;
}

/* For the status line and the site column: a folded group's head
 * selected says how many versions the story has and their sites, as
 * a new string; NULL otherwise. */
char *
story_list_sites(struct reader *r, size_t f)
{
	struct story_list *sl = r->story;
	struct buf b;
	size_t g;

	if (!story_list_on(r) || f >= sl->n)
		return NULL;
	g = sl->group[f];
	if (sl->size[g] < 2 || sl->head[g] != f)
		return NULL;
	buf_init(&b);
	buf_printf(&b, "%zu versions: ", sl->size[g]);
	/* Text dumps name no site: say so rather than end on a colon. */
	if (group_sites(r, g, &b) == 0)
		buf_adds(&b, "sites not known");
	return buf_steal(&b);
}

/* The sources the filter keeps (shown or folded into a group): what F
 * counts, not the rows shown. */
size_t
story_list_kept(const struct reader *r)
{
	size_t k = 0;

	for (size_t f = 0; f < r->s.load.n; f++)
		k += r->hidden == NULL || !r->hidden[f];
	return k;
}

/* The files of the grouped list in order, each folded group's other
 * versions right after its head, into seq (room for every file); their
 * number.  Linear: the folded versions (after the shown rows, in the
 * list's order) are chained by group first. */
static size_t
folded_order(struct reader *r, size_t *seq)
{
	struct story_list *sl = r->story;
	size_t n = r->s.load.n, m = 0;
	size_t *first = xmalloc((n ? n : 1) * sizeof *first);
	size_t *next = xmalloc((n ? n : 1) * sizeof *next);

	for (size_t g = 0; g < n; g++)
		first[g] = SIZE_MAX;
	for (size_t i = n; i-- > r->nrows;) {
		size_t f = r->order[i], g = sl->group[f];

		if ((r->hidden && r->hidden[f]) || sl->open[g])
			continue;
		next[f] = first[g];
		first[g] = f;
	}
	for (size_t i = 0; i < r->nrows; i++) {
		size_t f = r->order[i], g = sl->group[f];

		seq[m++] = f;
		if (sl->head[g] == f)
			for (size_t j = first[g]; j != SIZE_MAX; j = next[j])
				seq[m++] = j;
	}
	free(first);
	free(next);
	return m;
}

/* Selects file f, unfolding its group when it is folded away. */
static void
select_file(struct reader *r, size_t f)
{
	struct story_list *sl = r->story;

	if (!sl->open[sl->group[f]] && sl->head[sl->group[f]] != f) {
		sl->open[sl->group[f]] = true;
		sort_list(r);
	}
	for (size_t i = 0; i < r->nrows; i++)
		if (r->order[i] == f)
			r->sel = i;
}

/* n and N in the grouped list: the next source in direction dir (1
 * down, -1 up) from the selection that matches (matches(r, file)),
 * folded versions included, as mutt searches collapsed threads; it is
 * selected, its group unfolded.  SIZE_MAX when none matches, else its
 * place among them all; *wrapped says whether the search went round
 * the end, *total how many there are. */
size_t
story_list_search(struct reader *r, int dir,
    bool (*matches)(struct reader *, size_t), bool *wrapped, size_t *total)
{
	size_t n = r->s.load.n, m, at = 0, found = SIZE_MAX;
	size_t *seq = xmalloc((n ? n : 1) * sizeof *seq);

	m = folded_order(r, seq);
	*total = m;
	for (size_t i = 0; i < m; i++)
		if (r->sel < r->nrows && seq[i] == r->order[r->sel])
			at = i;
	for (size_t k = 1; k <= m && found == SIZE_MAX; k++) {
		size_t i = dir > 0 ? (at + k) % m : (at + m - k % m) % m;

		if (matches(r, seq[i])) {
			*wrapped = dir > 0 ? i <= at : i >= at;
			found = i;
			select_file(r, seq[i]);
		}
	}
	free(seq);
	return found;
}
