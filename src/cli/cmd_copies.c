/* cmd_copies.c - `galley copies`: story groups of the files given and
 * the passages they share (src/copies/copies.h). */
#include "config.h"

#include "cli/commands.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "base/util.h"
#include "cli/output.h"
#include "copies/copies.h"
#include "ingest/paths.h"
#include "session/session.h"

/* The groups in order of their first file: order[k] lists the files of
 * group k, group_of[f] is f's group number (from 0). */
struct groups {
	size_t *order;		/* files, grouped */
	size_t *first;		/* per group: its start in order */
	size_t *group_of;
	size_t n;
	struct copies_passage *shared;	/* the passages listed */
	size_t nshared;
	size_t *passages;	/* into shared, by the group of side a */
	size_t *pfirst;		/* per group: its start in passages */
};

/* Counting sort of n items by key[i] < nkeys: out lists the items
 * bucket by bucket (in their order), first[k] where bucket k starts. */
static void
bucket_sort(const size_t *key, size_t n, size_t nkeys, size_t *out,
    size_t *first)
{
	size_t *fill = xcalloc(nkeys + 1, sizeof *fill);

	memset(first, 0, (nkeys + 1) * sizeof *first);
	for (size_t i = 0; i < n; i++)
		first[key[i] + 1]++;
	for (size_t k = 0; k < nkeys; k++)
		first[k + 1] += first[k];
	for (size_t i = 0; i < n; i++)
		out[first[key[i]] + fill[key[i]]++] = i;
	free(fill);
}

static void
make_groups(struct copies *c, const struct load *l, struct groups *g)
{
	size_t *num = xmalloc((l->n + 1) * sizeof *num);
	size_t *key = xmalloc((l->n + g->nshared + 1) * sizeof *key);
	size_t nfiles = 0;

	g->order = xmalloc((l->n + 1) * sizeof *g->order);
	g->first = xmalloc((l->n + 2) * sizeof *g->first);
	g->group_of = xcalloc(l->n + 1, sizeof *g->group_of);
	g->passages = xmalloc((g->nshared + 1) * sizeof *g->passages);
	g->pfirst = xmalloc((l->n + 2) * sizeof *g->pfirst);
	g->n = 0;
	/* A group's root is its first file: numbers follow the files. */
	for (size_t f = 0; f < l->n; f++) {
		size_t root = copies_group(c, f);

		if (l->docs[f] == NULL)
			continue;
		if (root == f)
			num[f] = g->n++;
		g->group_of[f] = num[root];
	}
	/* Files that failed to load are in no group. */
	for (size_t f = 0; f < l->n; f++)
		if (l->docs[f] != NULL)
			key[nfiles++] = g->group_of[f];
	bucket_sort(key, nfiles, g->n, g->order, g->first);
	for (size_t i = 0, f = 0; f < l->n; f++)	/* back to file numbers */
		if (l->docs[f] != NULL)
			key[i++] = f;
	for (size_t i = 0; i < nfiles; i++)
		g->order[i] = key[g->order[i]];
	for (size_t i = 0; i < g->nshared; i++)
		key[i] = g->group_of[c->paras[g->shared[i].a].source];
	bucket_sort(key, g->nshared, g->n, g->passages, g->pfirst);
	free(key);
	free(num);
}

static void
groups_free(struct groups *g)
{
	free(g->order);
	free(g->first);
	free(g->group_of);
	free(g->passages);
	free(g->pfirst);
	free(g->shared);
}

static json_t *
side_json(const struct load *l, const struct copies_para *p)
{
	json_t *o = json_object();

	json_object_set_new(o, "file", output_path_json(l->paths[p->source]));
	json_object_set_new(o, "start", json_integer((json_int_t)p->start));
	json_object_set_new(o, "end", json_integer((json_int_t)p->end));
	return o;
}

/* Similarity as printed: two decimals, as a JSON real. */
static double
rounded(float s)
{
	return (double)(long)(s * 100.0f + 0.5f) / 100.0;
}

static void
print_group_json(const struct copies *c, const struct load *l,
    const struct groups *g, size_t k)
{
	json_t *o = json_object(), *files = json_array(), *shared = json_array();

	for (size_t i = g->first[k]; i < g->first[k + 1]; i++)
		json_array_append_new(files, output_path_json(l->paths[g->order[i]]));
	for (size_t i = g->pfirst[k]; i < g->pfirst[k + 1]; i++) {
		const struct copies_passage *p = &g->shared[g->passages[i]];
		json_t *s = json_object();

		json_object_set_new(s, "a", side_json(l, &c->paras[p->a]));
		json_object_set_new(s, "b", side_json(l, &c->paras[p->b]));
		json_object_set_new(s, "similarity", json_real(rounded(p->similarity)));
		json_array_append_new(shared, s);
	}
	json_object_set_new(o, "group", json_integer((json_int_t)k + 1));
	json_object_set_new(o, "files", files);
	json_object_set_new(o, "shared", shared);
	output_json_line(o);
}

/* TSV: "GROUP\tfile\tFILE" for each file of the group, then
 * "GROUP\tshared\tFILE\tSTART\tEND\tFILE\tSTART\tEND\tSIMILARITY" for
 * each passage. */
static void
print_group_tsv(const struct copies *c, const struct load *l,
    const struct groups *g, size_t k)
{
	struct buf b;

	buf_init(&b);
	for (size_t i = g->first[k]; i < g->first[k + 1]; i++) {
		buf_printf(&b, "%zu\tfile\t", k + 1);
		buf_add_tsv_field(&b, l->paths[g->order[i]]);
		buf_addc(&b, '\n');
	}
	for (size_t i = g->pfirst[k]; i < g->pfirst[k + 1]; i++) {
		const struct copies_passage *p = &g->shared[g->passages[i]];
		const struct copies_para *pa = &c->paras[p->a], *pb = &c->paras[p->b];

		buf_printf(&b, "%zu\tshared\t", k + 1);
		buf_add_tsv_field(&b, l->paths[pa->source]);
		buf_printf(&b, "\t%zu\t%zu\t", pa->start, pa->end);
		buf_add_tsv_field(&b, l->paths[pb->source]);
		buf_printf(&b, "\t%zu\t%zu\t%.2f\n", pb->start, pb->end,
		    rounded(p->similarity));
	}
	fwrite(b.data ? b.data : "", 1, b.len, stdout);
	buf_free(&b);
}

/* The options: getopt parses them and --help lists them from here. */
const struct command_option copies_options[] = {
	{ "format", required_argument, 'f', false, "=tsv|json",
	  "tsv (the default), or json" },
	{ "help", no_argument, 'h', true, NULL, "show this help and exit" },
	{ NULL, 0, 0, false, NULL, NULL }
};

int
cmd_copies(int argc, char **argv)
{
	struct path_list files = { NULL, 0, 0 };
	struct session s;
	struct load *l = &s.load;
	struct copies c;
	struct groups g;
	const char *format_arg = NULL;
	bool json = false;
	int opt, status;

	optind = 1;
	while ((opt = command_getopt(argc, argv, "copies")) != -1) {
		switch (opt) {
		case 'f':
			if (!cmd_format_arg(optarg, "tsv", &json, "copies") ||
			    cmd_once("copies", &format_arg, optarg,
			    "--format") != 0)
				return 2;
			break;
		case 'h':
			return cmd_help("copies");
		default:
			return cmd_usage_error("copies");
		}
	}
	if (optind >= argc)
		return cmd_no_files("copies");
	if (cmd_stdin_once("copies", argc - optind, argv + optind) >= 0)
		return 2;
	status = cmd_expand_paths(&files, argc - optind, argv + optind);
	session_init(&s, files.paths, files.n);
	session_set_options(&s, &(struct session_options){ 0 });
	/* Each file cleaned on its own, as the reader does: evidence across
	 * the load takes the lines versions share for a site's furniture,
	 * and that is the very text sought here. */
	copies_init(&c);
	for (size_t i = 0; i < l->n; i++) {
		if (!session_load_doc(&s, i)) {
			warn_file(l->paths[i], l->errors[i]);
			if (json)
				output_json_error(l->paths[i], l->errors[i]);
			status = 2;
		} else {
			warn_doc(l->paths[i], l->docs[i]);
		}
		copies_add(&c, l->docs[i]);
	}
	/* Beyond the band chains' 64 copies too (copies.h). */
	g.shared = copies_passages_complete(&c, &g.nshared);
	make_groups(&c, l, &g);
	for (size_t k = 0; k < g.n; k++) {
		if (json)
			print_group_json(&c, l, &g, k);
		else
			print_group_tsv(&c, l, &g, k);
	}
	groups_free(&g);
	copies_free(&c);
	session_free(&s);
	paths_free(&files);
	return cmd_finish(status);
}
