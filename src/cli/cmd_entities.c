/* cmd_entities.c - `galley entities`: the named entities of each file, or
 * with --corpus the index of the whole load; --merge, --split, --type and
 * --not-entity record a decision in .galley-entities and apply it. */
#include "config.h"

#include "cli/commands.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "ner/entity_decisions.h"
#include "ner/entity_index.h"
#include "ner/ner.h"
#include "cli/output.h"
#include "ingest/paths.h"
#include "session/session.h"
#include "base/util.h"

enum format { FORMAT_TSV, FORMAT_JSON };

struct entities_opts {
	enum format format;
	bool all, corpus, no_model;
	const char *model;
	/* The decisions of --merge, --split, --type and --not-entity, in
	 * the order given; their names are the options' own copies. */
	struct decision *dec;
	size_t ndec;
	bool merge_took_last;	/* --merge's second name was the last
				 * argument: no FILE after it */
};

static void
tsv_field(struct buf *b, const char *s, bool last)
{
	buf_add_tsv_field(b, s);
	buf_addc(b, last ? '\n' : '\t');
}

static void
print_doc_tsv(const char *path, struct doc *d, const struct mention_list *l,
    const struct entity_index *ix, size_t di)
{
	struct buf b;

	buf_init(&b);
	for (size_t i = 0; i < l->n; i++) {
		const struct mention *m = &l->v[i];
		size_t line, col;
		char *text = xstrndup(d->text + m->bstart, m->bend - m->bstart);

		doc_line_col(d, m->start, &line, &col);
		tsv_field(&b, path, false);
		buf_printf(&b, "%zu\t%zu\t%zu\t%s\t", m->start, m->end, line,
		    entity_type_name(m->type));
		tsv_field(&b, text, false);
		tsv_field(&b, entity_index_of(ix, di, i)->canonical, true);
		free(text);
	}
	fwrite(b.data ? b.data : "", 1, b.len, stdout);
	buf_free(&b);
}

/* The model's confidence in m rounded to 3 places, or null for a mention
 * of the rules alone. */
static json_t *
mention_score_json(const struct mention *m)
{
	if (!(m->flags & MENTION_SCORED))
		return json_null();
	return json_real((double)(long)(m->score * 1000.0f + 0.5f) / 1000.0);
}

static void
print_doc_json(const char *path, struct doc *d, const struct mention_list *l,
    const struct entity_index *ix, size_t di)
{
	json_t *o = json_object(), *arr = json_array();

	for (size_t i = 0; i < l->n; i++) {
		const struct mention *m = &l->v[i];
		json_t *e = json_object();
		size_t line, col;

		doc_line_col(d, m->start, &line, &col);
		json_object_set_new(e, "start", json_integer((json_int_t)m->start));
		json_object_set_new(e, "end", json_integer((json_int_t)m->end));
		json_object_set_new(e, "line", json_integer((json_int_t)line));
		json_object_set_new(e, "col", json_integer((json_int_t)col));
		json_object_set_new(e, "type",
		    json_string(entity_type_name(m->type)));
		json_object_set_new(e, "text", json_stringn(d->text + m->bstart,
		    m->bend - m->bstart));
		json_object_set_new(e, "canonical",
		    json_string(entity_index_of(ix, di, i)->canonical));
		json_object_set_new(e, "score", mention_score_json(m));
		json_array_append_new(arr, e);
	}
	json_object_set_new(o, "file", output_path_json(path));
	json_object_set_new(o, "language", d->lang ? json_string(d->lang) :
	    json_null());
	json_object_set_new(o, "entities", arr);
	output_json_line(o);
}

static const struct entity_index *sort_ix;

/* Most mentioned first, then by name: a stable order for the index. */
static int
entity_cmp(const void *a, const void *b)
{
	const struct entity *x = &sort_ix->entities[*(const size_t *)a];
	const struct entity *y = &sort_ix->entities[*(const size_t *)b];

	if (x->mentions != y->mentions)
		return x->mentions > y->mentions ? -1 : 1;
	return strcmp(x->canonical, y->canonical);
}

static void
print_entity_json(const struct entity_index *ix, const struct entity *e,
    const struct load *l)
{
	json_t *o = json_object(), *vars = json_array(), *files = json_object();
	json_t *why = json_array();

	for (size_t i = 0; i < e->nvariants; i++)
		json_array_append_new(vars,
		    json_string(ix->variants[e->variants[i]].text));
	for (size_t i = 0; i < e->nfiles; i++) {
		json_t *p = output_path_json(l->paths[e->files[i].doc]);

		json_object_set_new(files, json_string_value(p),
		    json_integer((json_int_t)e->files[i].count));
		json_decref(p);
	}
	for (size_t i = 0; i < e->nwhy; i++)
		json_array_append_new(why, json_string(e->why[i]));
	json_object_set_new(o, "canonical", json_string(e->canonical));
	json_object_set_new(o, "type", json_string(entity_type_name(e->type)));
	json_object_set_new(o, "variants", vars);
	json_object_set_new(o, "files", files);
	json_object_set_new(o, "why", why);
	output_json_line(o);
}

/* TSV: one row per variant, CANONICAL TYPE VARIANT MENTIONS FILES. */
static void
print_entity_tsv(const struct entity_index *ix, const struct entity *e)
{
	struct buf b;

	buf_init(&b);
	for (size_t i = 0; i < e->nvariants; i++) {
		const struct entity_variant *v = &ix->variants[e->variants[i]];

		tsv_field(&b, e->canonical, false);
		buf_printf(&b, "%s\t", entity_type_name(e->type));
		tsv_field(&b, v->text, false);
		buf_printf(&b, "%zu\t%zu\n", v->count, e->nfiles);
	}
	fwrite(b.data ? b.data : "", 1, b.len, stdout);
	buf_free(&b);
}

static void
print_corpus(const struct entity_index *ix, const struct load *l,
    enum format format)
{
	size_t *order = xcalloc(ix->nentities + 1, sizeof *order);

	for (size_t e = 0; e < ix->nentities; e++)
		order[e] = e;
	sort_ix = ix;
	qsort(order, ix->nentities, sizeof *order, entity_cmp);
	for (size_t i = 0; i < ix->nentities; i++) {
		if (format == FORMAT_JSON)
			print_entity_json(ix, &ix->entities[order[i]], l);
		else
			print_entity_tsv(ix, &ix->entities[order[i]]);
	}
	free(order);
}

/* Unreadable decisions files are warnings; the others still apply. */
static void
report_decisions(void *arg, const char *file, const char *cause)
{
	(void)arg;
	warn_file(file, cause);
}

/* Adds a decision of the options (a and b copied). */
static void
add_decision(struct entities_opts *o, enum decision_kind kind,
    const char *a, size_t alen, const char *b)
{
	o->dec = xreallocarray(o->dec, o->ndec + 1, sizeof *o->dec);
	o->dec[o->ndec++] = (struct decision){ kind, xstrndup(a, alen),
	    b != NULL ? xstrdup(b) : NULL, NULL };
}

static void
free_decisions(struct entities_opts *o)
{
	for (size_t i = 0; i < o->ndec; i++) {
		free(o->dec[i].a);
		free(o->dec[i].b);
	}
	free(o->dec);
}

/* Records d in the decisions file of the first file's directory, and in
 * the session's so that this run honours it. */
static int
record_decision(const struct decision *d, struct session *s)
{
	const struct load *l = &s->load;
	char *path, *cause;
	int r;

	path = decisions_path_for(l->n > 0 ? l->paths[0] : "-");
	if ((r = decisions_append(path, d, &cause)) != 0) {
		warn_file(path, cause);
		free(cause);
	} else
		decisions_add(&s->decisions, d->kind, d->a, d->b);
	free(path);
	return r == 0 ? 0 : 2;
}

/* Applies one decision of the options: checked against the index (one
 * that cannot take effect in these files is refused with the reason, as
 * in the reader), recorded, and honoured by the index (and for a type or
 * notentity by the mentions, whose index is built again).  Returns 2 when
 * it could not be recorded. */
static int
decide(const struct decision *d, struct session *s, struct entity_index *ix)
{
	bool rerun;
	char *why;

	if ((why = entity_index_decision_check(ix, &s->decisions, d)) != NULL) {
		warn_line("%s; nothing recorded", why);
		free(why);
		return 0;
	}
	/* Its mentions were dropped: only finding them again brings them
	 * back. */
	rerun = d->kind == DECISION_TYPE &&
	    decisions_say_no_entity(&s->decisions, d->a);
	if (record_decision(d, s) != 0)
		return 2;
	if (rerun ? session_rerun_entities(s) : session_redecide(s)) {
		entity_index_free(ix);
		entity_index_build(ix, s->load.docs, s->mentions, s->load.n,
		    &s->decisions);
	} else
		entity_index_regroup(ix, &s->decisions);
	session_type_groups(s, ix);
	return 0;
}

/* Applies the decisions of the options in their order, each on the index
 * the ones before it left; stops at one that could not be recorded (the
 * later ones are not recorded either) and returns 2, else 0. */
static int
decide_all(const struct entities_opts *o, struct session *s,
    struct entity_index *ix)
{
	for (size_t i = 0; i < o->ndec; i++)
		if (decide(&o->dec[i], s, ix) != 0)
			return 2;
	return 0;
}

/* --type NAME=TYPE: the name and the type, split at the last '='. */
static int
parse_type_arg(const char *arg, struct entities_opts *o)
{
	const char *eq = strrchr(arg, '=');

	if (eq == NULL || eq == arg || entity_type_parse(eq + 1) < 0)
		return cmd_usage_problem("entities", "--type takes NAME=TYPE, "
		    "TYPE one of PERSON ORG GPE LOC NORP DATE MISC");
	add_decision(o, DECISION_TYPE, arg, (size_t)(eq - arg), eq + 1);
	return -1;
}

/* A decision the file could not hold (an empty name) or that changes
 * nothing (a merge of a name with itself) is a usage error, before any
 * file is read and before any decision is recorded: the exit status, or
 * -1 when every decision is sound. */
static int
check_decisions(const struct entities_opts *o)
{
	const char *why;

	for (size_t i = 0; i < o->ndec; i++)
		if ((why = decisions_check(&o->dec[i])) != NULL)
			return cmd_usage_problem("entities", why);
	return -1;
}

/* How many decisions of each kind the options give, to refuse a mix. */
static int
decision_kinds(const struct entities_opts *o)
{
	bool seen[DECISION_NOT_ENTITY + 1] = { false };
	int kinds = 0;

	for (size_t i = 0; i < o->ndec; i++)
		if (!seen[o->dec[i].kind]) {
			seen[o->dec[i].kind] = true;
			kinds++;
		}
	return kinds;
}

/* The options: getopt parses them and --help lists them from here. */
const struct command_option entities_options[] = {
	{ "format", required_argument, 'f', false, "=tsv|json",
	  "tsv (the default), or json: one object per file" },
	{ "all", no_argument, 'a', false, NULL,
	  "look at the whole page, not only the article" },
	{ "corpus", no_argument, 'c', false, NULL,
	  "print the index: a line per name of each entity,\n"
	  "or with --format=json one object per entity" },
	{ "model", required_argument, 'M', false, " FILE",
	  "use the entity model in FILE" },
	{ "no-model", no_argument, 'N', false, NULL,
	  "recognise names by the rules and lists alone" },
	{ "merge", required_argument, 'm', false, " NAME NAME",
	  "put the groups of the two names together\n"
	  "(this and the next three may each be given again:\n"
	  "every decision is applied, in order)" },
	{ "split", required_argument, 's', false, " NAME",
	  "take the name out of its group" },
	{ "type", required_argument, 't', false, " NAME=TYPE",
	  "give NAME's entity (its group) the type TYPE" },
	{ "not-entity", required_argument, 'n', false, " NAME",
	  "say NAME is no entity" },
	{ "help", no_argument, 'h', true, NULL, "show this help and exit" },
	{ NULL, 0, 0, false, NULL, NULL }
};

#define MERGE_ARITY "--merge takes two names (--merge NAME NAME), then FILE..."

/* Returns the exit status when the command ends here (help, bad usage),
 * else -1. */
static int
parse_opts(int argc, char **argv, struct entities_opts *o)
{
	const char *format_arg = NULL;
	int c;
	bool json;

	memset(o, 0, sizeof *o);
	optind = 1;
	while ((c = command_getopt(argc, argv, "entities")) != -1) {
		switch (c) {
		case 'f':
			if (!cmd_format_arg(optarg, "tsv", &json, "entities") ||
			    cmd_once("entities", &format_arg, optarg,
			    "--format") != 0)
				return 2;
			o->format = json ? FORMAT_JSON : FORMAT_TSV;
			break;
		case 'a':
			o->all = true;
			break;
		case 'c':
			o->corpus = true;
			break;
		case 'm':
			/* --merge takes two names: the second is the next
			 * argument. */
			if (optind >= argc)
				return cmd_usage_problem("entities",
				    MERGE_ARITY);
			add_decision(o, DECISION_MERGE, optarg,
			    strlen(optarg), argv[optind++]);
			o->merge_took_last = optind >= argc;
			break;
		case 's':
			add_decision(o, DECISION_SPLIT, optarg,
			    strlen(optarg), NULL);
			break;
		case 't':
			if ((c = parse_type_arg(optarg, o)) >= 0)
				return c;
			break;
		case 'n':
			add_decision(o, DECISION_NOT_ENTITY, optarg,
			    strlen(optarg), NULL);
			break;
		case 'M':
			if (cmd_once("entities", &o->model, optarg,
			    "--model") != 0)
				return 2;
			break;
		case 'N':
			o->no_model = true;
			break;
		case 'h':
			return cmd_help("entities");
		default:
			return cmd_usage_error("entities");
		}
	}
	/* Which would win is no one's guess: refused, not chosen. */
	if (o->no_model && o->model != NULL)
		return cmd_usage_problem("entities", "--model and --no-model "
		    "exclude each other");
	if (decision_kinds(o) > 1) {
		return cmd_usage_problem("entities", "--merge, --split, --type "
		    "and --not-entity exclude each other");
	}
	/* "--merge A FILE" took FILE for the second name. */
	if (optind >= argc && o->merge_took_last)
		return cmd_usage_problem("entities", MERGE_ARITY);
	if (optind >= argc)
		return cmd_no_files("entities");
	if (cmd_stdin_once("entities", argc - optind, argv + optind) >= 0)
		return 2;
	return check_decisions(o);
}

/* Opens the recogniser and tags every document; returns false when a
 * model named could not be used (the rules then work alone). */
static bool
tag_all(struct session *s)
{
	char *notice = session_open_analysers(s);

	if (notice != NULL)
		warn_line("%s", notice);
	free(notice);
	for (size_t i = 0; i < s->load.n; i++)
		session_analyse(s, i);
	return !s->model_failed;
}

static void
print_docs(const struct entities_opts *o, struct load *l,
    const struct mention_list *ml, const struct entity_index *ix)
{
	for (size_t i = 0; i < l->n; i++) {
		if (l->docs[i] == NULL) {
			if (o->format == FORMAT_JSON)
				output_json_error(l->paths[i], l->errors[i]);
			continue;
		}
		if (o->format == FORMAT_JSON)
			print_doc_json(l->paths[i], l->docs[i], &ml[i], ix, i);
		else
			print_doc_tsv(l->paths[i], l->docs[i], &ml[i], ix, i);
	}
}

int
cmd_entities(int argc, char **argv)
{
	struct entities_opts o;
	struct path_list files = { NULL, 0, 0 };
	struct entity_index ix;
	struct session s;
	struct load *l = &s.load;
	int status;

	if ((status = parse_opts(argc, argv, &o)) >= 0) {
		free_decisions(&o);
		return status;
	}
	status = cmd_expand_paths(&files, argc - optind, argv + optind);
	session_init(&s, files.paths, files.n);
	session_set_options(&s, &(struct session_options){ .ner = true,
	    .all = o.all, .ner_model = o.model, .no_model = o.no_model });
	session_load_all(&s);
	for (size_t i = 0; i < l->n; i++)
		if (l->docs[i] == NULL) {
			warn_file(l->paths[i], l->errors[i]);
			status = 2;
		} else
			warn_doc(l->paths[i], l->docs[i]);
	/* A malformed line is reported; a decision is then not recorded
	 * (the damaged file is left as it is, decisions_append). */
	if (session_read_decisions(&s, report_decisions, NULL) != 0)
		status = 2;
	if (!tag_all(&s))
		status = 2;
	entity_index_build(&ix, l->docs, s.mentions, l->n, &s.decisions);
	session_type_groups(&s, &ix);
	/* A decision that could not be saved: said, and no table that
	 * would pass for one with it. */
	if (decide_all(&o, &s, &ix) != 0)
		status = 2;
	else if (o.corpus)
		print_corpus(&ix, l, o.format);
	else
		print_docs(&o, l, s.mentions, &ix);
	entity_index_free(&ix);
	session_free(&s);
	paths_free(&files);
	free_decisions(&o);
	return cmd_finish(status);
}
