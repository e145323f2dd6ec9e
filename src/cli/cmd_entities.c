/* cmd_entities.c - `galley entities`: the named entities of each file, or
 * with --corpus the index of the whole load; --merge and --split record a
 * grouping decision in .galley-entities first. */
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
	const char *merge[2], *split, *model;
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

static int
read_decisions(const struct load *l, struct entity_decisions *dec)
{
	return decisions_load_for(dec, l->paths, l->n, report_decisions,
	    NULL) ? 2 : 0;
}

/* Records --merge or --split in the decisions file of the first file's
 * directory, and in dec so that this run honours it. */
static int
record_decision(const struct entities_opts *o, const struct load *l,
    struct entity_decisions *dec)
{
	struct decision d;
	char *path, *cause;
	int r;

	if (o->merge[0] == NULL && o->split == NULL)
		return 0;
	d.kind = o->split ? DECISION_SPLIT : DECISION_MERGE;
	d.a = (char *)(o->split ? o->split : o->merge[0]);
	d.b = o->split ? NULL : (char *)o->merge[1];
	path = decisions_path_for(l->n > 0 ? l->paths[0] : "-");
	if ((r = decisions_append(path, &d, &cause)) != 0) {
		warn_file(path, cause);
		free(cause);
	} else
		decisions_add(dec, d.kind, d.a, d.b);
	free(path);
	return r == 0 ? 0 : 2;
}

/* A decision about a name these files do not mention is kept (other
 * files of the directory may), but the user probably mistyped it. */
static void
warn_unknown_names(const struct entities_opts *o,
    const struct entity_index *ix)
{
	const char *names[] = { o->merge[0], o->merge[1], o->split };

	for (size_t i = 0; i < 3; i++)
		if (names[i] != NULL && entity_index_find(ix, names[i]) ==
		    (size_t)-1)
			warn_line("no entity called '%s' in these files; the "
			    "decision is kept for others", names[i]);
}

/* Returns the exit status when the command ends here (help, bad usage),
 * else -1. */
static int
parse_opts(int argc, char **argv, struct entities_opts *o)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "all", no_argument, NULL, 'a' },
		{ "corpus", no_argument, NULL, 'c' },
		{ "merge", required_argument, NULL, 'm' },
		{ "split", required_argument, NULL, 's' },
		{ "model", required_argument, NULL, 'M' },
		{ "no-model", no_argument, NULL, 'N' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int c;
	bool json;

	memset(o, 0, sizeof *o);
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if (!cmd_format_arg(optarg, "tsv", &json, "entities"))
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
			if (optind >= argc) {
				return cmd_usage_problem("entities",
				    "--merge needs two names");
			}
			o->merge[0] = optarg;
			o->merge[1] = argv[optind++];
			break;
		case 's':
			o->split = optarg;
			break;
		case 'M':
			o->model = optarg;
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
	if (o->split != NULL && o->merge[0] != NULL) {
		return cmd_usage_problem("entities", "--merge and --split "
		    "exclude each other");
	}
	if (optind >= argc)
		return cmd_no_files("entities");
	return -1;
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
	struct entity_decisions dec;
	struct entity_index ix;
	struct session s;
	struct load *l = &s.load;
	bool recorded;
	int status;

	if ((status = parse_opts(argc, argv, &o)) >= 0)
		return status;
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
	if (!tag_all(&s))
		status = 2;
	decisions_init(&dec);
	/* A malformed line in the file must not cost this run's decision:
	 * it is recorded whatever the reading said. */
	if (read_decisions(l, &dec) != 0)
		status = 2;
	recorded = record_decision(&o, l, &dec) == 0;
	if (!recorded)
		status = 2;
	entity_index_build(&ix, l->docs, s.mentions, l->n, &dec);
	if (recorded)
		warn_unknown_names(&o, &ix);
	if (o.corpus)
		print_corpus(&ix, l, o.format);
	else
		print_docs(&o, l, s.mentions, &ix);
	entity_index_free(&ix);
	decisions_free(&dec);
	session_free(&s);
	paths_free(&files);
	return cmd_finish(status);
}
