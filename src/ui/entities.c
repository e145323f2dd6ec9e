/* entities.c - the reader's entities view: the entities of the open
 * source or of the whole load with their counts; choosing one filters the
 * source list to the files that mention it and steps through its
 * mentions (n, N); why names were grouped; merges, splits, types and
 * names that are no entity, kept in .galley-entities like `galley
 * entities --merge/--split/--type/--not-entity` does. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "session/list_filter.h"
#include "ui/reader_int.h"
#include "ui/theme.h"

/* Builds the index over the sources as they stand; a type decision
 * then types the groups' mentions and highlights. */
static void
build_index_now(struct reader *r)
{
	if (r->index_built)
		entity_index_free(&r->index);
	entity_index_build(&r->index, r->s.load.docs, r->s.mentions,
	    r->s.load.n, &r->s.decisions);
	session_type_groups(&r->s, &r->index);
	r->index_built = r->index_valid = true;
}

/* Builds the index over every source (loading the rest first). */
void
entities_build_index(struct reader *r)
{
	if (r->index_valid)
		return;
	reader_load_all(r);
	if (!r->index_valid)	/* the last step may have built it */
		build_index_now(r);
}

bool
entities_type_groups_pending(const struct reader *r)
{
	return !r->index_valid && r->s.ner != NULL &&
	    decisions_about_mentions(&r->s.decisions);
}

bool
entities_type_groups_idle(struct reader *r)
{
	if (!entities_type_groups_pending(r))
		return false;
	build_index_now(r);
	return true;
}

/* Keeps the rows whose entity F's filter lets through. */
static void
filter_rows(struct reader *r)
{
	struct list_filter lf;
	char *err;
	size_t k = 0;

	if (r->ent_filter == NULL || list_filter_parse(&lf, r->ent_filter,
	    FILTER_ENTITIES, &err) < 0)
		return;
	for (size_t i = 0; i < r->nent_rows; i++)
		if (list_filter_entity(&lf, &r->index, r->ent_rows[2 * i])) {
			r->ent_rows[2 * k] = r->ent_rows[2 * i];
			r->ent_rows[2 * k + 1] = r->ent_rows[2 * i + 1];
			k++;
		}
	r->nent_rows = k;
	list_filter_free(&lf);
}

/* The merge mark goes with the list it was made in: a list changed or
 * closed holds other rows, and a merge it would start there is no one's
 * last look. */
static void
drop_mark(struct reader *r)
{
	free(r->ent_mark);
	r->ent_mark = NULL;
}

static void
fill_rows(struct reader *r)
{
	drop_mark(r);
	free(r->ent_rows);
	r->ent_rows = NULL;
	r->nent_rows = 0;
	if (r->ent_scope_doc && r->cur != SIZE_MAX) {
		size_t n = 0, *pairs = entity_index_doc_entities(&r->index,
		    r->cur, &n);

		r->ent_rows = xcalloc(n ? n : 1, 2 * sizeof *r->ent_rows);
		for (size_t i = 0; i < n; i++) {
			r->ent_rows[2 * i] = pairs[2 * i];
			r->ent_rows[2 * i + 1] = pairs[2 * i + 1];
		}
		r->nent_rows = n;
		free(pairs);
		filter_rows(r);
		return;
	}
	r->ent_rows = xcalloc(r->index.nentities ? r->index.nentities : 1,
	    2 * sizeof *r->ent_rows);
	for (size_t e = 0; e < r->index.nentities; e++) {
		r->ent_rows[2 * e] = e;
		r->ent_rows[2 * e + 1] = r->index.entities[e].mentions;
	}
	r->nent_rows = r->index.nentities;
	/* Most mentioned first. */
	for (size_t i = 1; i < r->nent_rows; i++) {
		size_t e = r->ent_rows[2 * i], c = r->ent_rows[2 * i + 1], j = i;
		while (j > 0 && r->ent_rows[2 * (j - 1) + 1] < c) {
			r->ent_rows[2 * j] = r->ent_rows[2 * (j - 1)];
			r->ent_rows[2 * j + 1] = r->ent_rows[2 * (j - 1) + 1];
			j--;
		}
		r->ent_rows[2 * j] = e;
		r->ent_rows[2 * j + 1] = c;
	}
	filter_rows(r);
}

/* F's filter changed: the rows again, from the first. */
void
entities_refilter(struct reader *r)
{
	fill_rows(r);
	r->view_sel = r->view_top = 0;
}

/* The groups shown follow a decisions file but for its bad lines:
 * said where they are, not only in a notice at the start. */
static void
say_decisions_damage(struct reader *r)
{
	set_message(r, true, r->decisions_damage);
}

void
entities_open(struct reader *r, bool doc_scope)
{
	/* A key can come before the first idle moment that opens the
	 * dictionaries (seen under valgrind): open them now rather than
	 * claim there are none. */
	if (!r->s.analysers_open)
		analysis_step(r);
	if (r->s.ner == NULL) {
		/* A missing dictionary does not stop the analysers; an
		 * unreadable personal word list does. */
		set_message(r, true, "entities are off (the personal word "
		    "list could not be read)");
		return;
	}
	entities_build_index(r);
	r->ent_scope_doc = doc_scope && r->cur != SIZE_MAX;
	fill_rows(r);
	list_view_show(r, VIEW_ENTITIES);
	if (r->decisions_damage != NULL)
		say_decisions_damage(r);
}

void
entities_toggle_scope(struct reader *r)
{
	entities_open(r, !r->ent_scope_doc);
}

static const struct entity *
selected(struct reader *r)
{
	if (r->view_sel >= r->nent_rows)
		return NULL;
	return &r->index.entities[r->ent_rows[2 * r->view_sel]];
}

void
entities_why(struct reader *r)
{
	const struct entity *e = selected(r);
	struct buf b;

	if (e == NULL)
		return;
	buf_init(&b);
	buf_printf(&b, "%s: ", e->canonical);
	if (e->nwhy == 0)
		buf_adds(&b, "one name, nothing grouped");
	for (size_t i = 0; i < e->nwhy; i++)
		buf_printf(&b, "%s%s", i ? "; " : "", e->why[i]);
	set_message(r, false, b.data);
	buf_free(&b);
}

/* Filters the source list to the files that mention the entity, opens
 * the first row's at its first mention and makes its mentions the
 * matches n and N step through. */
void
entities_choose(struct reader *r)
{
	const struct entity *e = selected(r);
	size_t ent, n = 0, *m, first, at = 0;
	bool *in;

	if (e == NULL)
		return;
	ent = r->ent_rows[2 * r->view_sel];
	in = xcalloc(r->s.load.n ? r->s.load.n : 1, sizeof *in);
	for (size_t i = 0; i < e->nfiles; i++)
		if (e->files[i].doc < r->s.load.n)
			in[e->files[i].doc] = true;
	free(r->filter_name);
	r->filter_name = xstrdup(e->canonical);
	free(r->list_filter);	/* one filter at a time */
	r->list_filter = NULL;
	reader_set_filter(r, in);
	free(in);
	m = entity_index_mentions(&r->index, ent, &n);
	free(r->ent_mentions);
	r->ent_mentions = m;
	r->nent_mentions = n;
	r->ent_chosen = ent;
	r->view = VIEW_MAIN;
	if (n > 0) {
		if ((first = entity_mention_from(r, SIZE_MAX, 1)) == SIZE_MAX)
			first = 0;
		at = r->s.mentions[m[2 * first]].v[m[2 * first + 1]].start;
		reader_open_at(r, m[2 * first], at);
	}
	entities_matches(r);
	/* The mention shown is the current match: n goes past it. */
	for (size_t i = 0; n > 0 && i < r->nmatches; i++)
		if (r->matches[i].start == at) {
			r->cur_match = i;
			break;
		}
	entities_why(r);
}

/* A source analysed again (zk kept or dropped a block) numbers its
 * mentions anew: the chosen entity's (source, mention) pairs are found
 * again by its name, or dropped if it is gone. */
void
entities_mentions_refresh(struct reader *r)
{
	char *name;
	size_t v, n = 0;

	if (r->ent_mentions == NULL || !r->index_built ||
	    r->ent_chosen >= r->index.nentities)
		return;
	name = xstrdup(r->index.entities[r->ent_chosen].canonical);
	entities_build_index(r);
	v = entity_index_find(&r->index, name);
	free(r->ent_mentions);
	r->ent_mentions = NULL;
	r->nent_mentions = 0;
	if (v != (size_t)-1) {
		r->ent_chosen = r->index.variants[v].entity;
		r->ent_mentions = entity_index_mentions(&r->index,
		    r->ent_chosen, &n);
		r->nent_mentions = n;
	}
	free(name);
	clear_matches(r);
	entities_matches(r);
}

/* What the status line says of a decision taken. */
static char *
decided_message(const struct decision *d, const char *path)
{
	switch (d->kind) {
	case DECISION_MERGE:
		return xasprintf("merged %s and %s (kept in %s)", d->a, d->b,
		    path);
	case DECISION_SPLIT:
		return xasprintf("%s split from its group (kept in %s)", d->a,
		    path);
	case DECISION_TYPE:
		return xasprintf("%s is now %s (kept in %s)", d->a, d->b, path);
	default:
		return xasprintf("%s is no entity now (kept in %s)", d->a,
		    path);
	}
}

/* The selection on the row of the entity called name, after a decision
 * re-sorted the rows (a merge adds up counts): the next key acts on the
 * entity just acted on, not on whatever took its row.  A name no longer
 * listed (no entity now, or filtered out) leaves the row as it is. */
static void
select_named(struct reader *r, const char *name)
{
	size_t v = entity_index_find(&r->index, name);

	if (r->view_sel >= r->nent_rows && r->nent_rows > 0)
		r->view_sel = r->nent_rows - 1;	/* the last row went */
	if (v == (size_t)-1)
		return;
	for (size_t i = 0; i < r->nent_rows; i++)
		if (r->ent_rows[2 * i] == r->index.variants[v].entity) {
			r->view_sel = i;
			return;
		}
}

/* Records d and applies it everywhere: the highlights and the index. */
static void
record(struct reader *r, enum decision_kind kind, const char *a,
    const char *b)
{
	struct decision d = { kind, (char *)a, (char *)b, NULL };
	char *path = decisions_path_for(r->s.load.n ? r->s.load.paths[0] : "-");
	char *cause = entity_index_decision_check(&r->index,
	    &r->s.decisions, &d), *msg;
	/* Its mentions were dropped: only finding them again brings them
	 * back. */
	bool rerun = kind == DECISION_TYPE && decisions_say_no_entity(&r->s.decisions, a);

	if (cause != NULL) {
		msg = xasprintf("%s: nothing recorded", cause);
		set_message(r, true, msg);
	} else if (decisions_append(path, &d, &cause) != 0) {
		msg = xasprintf("%s: %s", path, cause);
		set_message(r, true, msg);
	} else {
		decisions_add(&r->s.decisions, kind, a, b);
		if (rerun ? session_rerun_entities(&r->s) :
		    session_redecide(&r->s)) {
			/* The mentions stepped through are gone or moved. */
			free(r->ent_mentions);
			r->ent_mentions = NULL;
			r->nent_mentions = 0;
			clear_matches(r);
			r->index_valid = false;
			entities_build_index(r);
		} else {
			entity_index_regroup(&r->index, &r->s.decisions);
			session_type_groups(&r->s, &r->index);
		}
		msg = decided_message(&d, path);
		set_message(r, false, msg);
		list_filter_refresh(r);
		if (r->view == VIEW_ENTITIES) {
			fill_rows(r);
			select_named(r, a);
		}
	}
	free(cause);
	free(msg);
	free(path);
}

/* m on one entity marks it (m on it again unmarks it); m on another
 * fills in ":merge A | B" for a last look, as x, t and D fill theirs. */
void
entities_mark_or_merge(struct reader *r)
{
	const struct entity *e = selected(r);
	char *msg;

	if (e == NULL)
		return;
	if (r->ent_mark != NULL && strcmp(r->ent_mark, e->canonical) == 0) {
		msg = xasprintf("%s unmarked", e->canonical);
		drop_mark(r);
	} else if (r->ent_mark == NULL) {
		r->ent_mark = xstrdup(e->canonical);
		msg = xasprintf("%s marked: m on another entity merges them",
		    e->canonical);
	} else {
		open_prompt(r, ':');
		buf_printf(&r->input, "merge %s | %s", r->ent_mark,
		    e->canonical);
		drop_mark(r);
		return;
	}
	set_message(r, false, msg);
	free(msg);
}

/* :type NAME TYPE: the type is the last word. */
static void
type_command(struct reader *r, const char *arg)
{
	const char *sp = strrchr(arg, ' ');
	char *name;

	if (sp == NULL || entity_type_parse(sp + 1) < 0) {
		set_message(r, true, "usage: :type NAME TYPE (PERSON ORG GPE "
		    "LOC NORP DATE MISC)");
		return;
	}
	name = xstrndup(arg, (size_t)(sp - arg));
	str_trim(name);
	record(r, DECISION_TYPE, name, sp + 1);
	free(name);
}

/* :merge A | B, :split NAME, :type NAME TYPE and :notentity NAME. */
void
entities_command(struct reader *r, const char *cmd, const char *arg)
{
	if (r->s.ner == NULL || arg == NULL || *arg == '\0') {
		set_message(r, true, "usage: :merge NAME | NAME, :split NAME, "
		    ":type NAME TYPE, :notentity NAME");
		return;
	}
	entities_build_index(r);
	if (strcmp(cmd, "split") == 0 || strcmp(cmd, "notentity") == 0) {
		record(r, cmd[0] == 's' ? DECISION_SPLIT : DECISION_NOT_ENTITY,
		    arg, NULL);
		return;
	}
	if (strcmp(cmd, "type") == 0) {
		type_command(r, arg);
		return;
	}
	{
		const char *bar = strchr(arg, '|');
		char *a, *b;

		if (bar == NULL) {
			set_message(r, true, "usage: :merge NAME | NAME");
			return;
		}
		a = xstrndup(arg, (size_t)(bar - arg));
		b = xstrdup(bar + 1);
		while (*a && a[strlen(a) - 1] == ' ')
			a[strlen(a) - 1] = '\0';
		record(r, DECISION_MERGE, a, b + strspn(b, " "));
		free(a);
		free(b);
	}
}

void
entities_view_free(struct reader *r)
{
	if (r->index_built)
		entity_index_free(&r->index);
	free(r->ent_rows);
	free(r->ent_mentions);
	free(r->ent_mark);
	free(r->filter_name);
}

static void
entity_row(struct reader *r, size_t i, attr_t a)
{
	const struct entity *e = &r->index.entities[r->ent_rows[2 * i]];
	struct buf b;

	bool marked = r->ent_mark != NULL &&
	    strcmp(r->ent_mark, e->canonical) == 0;

	buf_init(&b);
	buf_printf(&b, "%c%-7s %4zu  ", marked ? '*' : ' ',
	    entity_type_name(e->type), r->ent_rows[2 * i + 1]);
	draw_text(stdscr, b.data, b.len, r->cols, a |
	    theme_attr(theme_for_span(SPAN_ENTITY, e->type)), r->utf8);
	b.len = 0;
	buf_adds(&b, e->canonical);
	buf_printf(&b, "  (%zu source%s", e->nfiles, e->nfiles == 1 ? "" : "s");
	for (size_t v = 0, shown = 0; v < e->nvariants; v++) {
		const char *t = r->index.variants[e->variants[v]].text;
		if (strcmp(t, e->canonical) != 0)
			buf_printf(&b, "%s%s", shown++ ? ", " : "; also ", t);
	}
	buf_adds(&b, ")");
	if (marked)
		buf_adds(&b, "  marked: m on another entity merges them");
	draw_text(stdscr, b.data, b.len, r->cols - 15, a, r->utf8);
	buf_free(&b);
}

static void
draw_entities(struct reader *r)
{
	struct buf head;

	buf_init(&head);
	buf_printf(&head, " %zu %s in %s", r->nent_rows,
	    r->nent_rows == 1 ? "entity" : "entities",
	    r->ent_scope_doc ? "this source" : "all sources");
	if (r->ent_filter != NULL)
		buf_printf(&head, ", F %s (C clears)", r->ent_filter);
	buf_printf(&head, "   Enter: sources and mentions  d: %s  w: why  "
	    "m: merge  x: split  t: type  D: no entity  F: filter  q: close",
	    r->ent_scope_doc ? "all sources" : "this source");
	draw_list_view(r, head.data, r->nent_rows, entity_row);
	buf_free(&head);
}

/* Enter: the sources and mentions of the chosen entity. */
static void
entities_open_selected(struct reader *r)
{
	free(r->pattern);
	r->pattern = NULL;
	r->search_dir = 1;
	entities_choose(r);
	relayout_windows(r);
}

/* x, t, D: the prompt, with ":split NAME" (":type NAME ", ":notentity
 * NAME") filled in for a last look. */
static void
entities_prompt(struct reader *r, const char *cmd, const char *after)
{
	if (r->view_sel >= r->nent_rows)
		return;
	open_prompt(r, ':');
	buf_adds(&r->input, cmd);
	buf_adds(&r->input, r->index.entities[
	    r->ent_rows[2 * r->view_sel]].canonical);
	buf_adds(&r->input, after);
}

static void
entities_move(struct reader *r, long delta)
{
	list_view_move(r, delta, r->nent_rows);
}

static bool
entities_action(struct reader *r, enum ui_action a)
{
	switch (a) {
	case ACT_OPEN:
		entities_open_selected(r);
		return true;
	case ACT_ENTITY_SCOPE:
		entities_toggle_scope(r);
		return true;
	case ACT_ENTITY_WHY:
		entities_why(r);
		return true;
	case ACT_ENTITY_MERGE:
		entities_mark_or_merge(r);
		return true;
	case ACT_ENTITY_SPLIT:
		entities_prompt(r, "split ", "");
		return true;
	case ACT_TAG:
		entities_prompt(r, "type ", " ");
		return true;
	case ACT_DELETE:
		entities_prompt(r, "notentity ", "");
		return true;
	default:
		return false;
	}
}

static size_t
entities_nrows(struct reader *r)
{
	return r->nent_rows;
}

/* Row i for / and ?: the type, the name and its variants. */
static char *
entities_row_text(struct reader *r, size_t i)
{
	const struct entity *e = &r->index.entities[r->ent_rows[2 * i]];
	struct buf b;

	buf_init(&b);
	buf_printf(&b, "%s %s", entity_type_name(e->type), e->canonical);
	for (size_t v = 0; v < e->nvariants; v++)
		buf_printf(&b, " %s", r->index.variants[e->variants[v]].text);
	return buf_steal(&b);
}

static const char *
entities_label(const struct reader *r)
{
	(void)r;
	return "ENTITIES";
}

const struct view_ops entities_view_ops = {
	.draw = draw_entities,
	.move_by = entities_move,
	.action = entities_action,
	.nrows = entities_nrows,
	.row_text = entities_row_text,
	.label = entities_label,
};
