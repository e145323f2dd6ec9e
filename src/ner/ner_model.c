/* ner_model.c - loading the recogniser's weights and Viterbi decoding. */
#include "config.h"

#include "ner/ner_model.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/file_io.h"
#include "base/util.h"

static const char magic[8] = { 'G', 'A', 'L', 'L', 'E', 'Y', 'N', 'E' };

static uint32_t
get_u32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24;
}

static void
put_u32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

/* A cheap checksum (the file is megabytes and loading must take a
 * millisecond or so): Fletcher's sums over 32-bit words, left to wrap.
 * Damage, not tampering, is the concern. */
static uint32_t
checksum(const unsigned char *p, size_t n)
{
	uint64_t a = 1, b = 0;
	size_t i = 0;

	for (; i + 4 <= n; i += 4) {
		a += get_u32(p + i);
		b += a;
	}
	for (; i < n; i++) {
		a += p[i];
		b += a;
	}
	return (uint32_t)(a ^ (a >> 32) ^ (b << 7) ^ (b >> 25) ^ (b >> 57));
}

/* The bytes of one pass. */
static size_t
pass_size(unsigned bits)
{
	return ((size_t)(NER_LABELS + 1) * NER_LABELS +
	    ((size_t)1 << bits) * NER_LABELS) * sizeof(int16_t);
}

bool
ner_model_parse(struct ner_model *m, const unsigned char *p, size_t n,
    char **cause)
{
	unsigned bits, passes;

	memset(m, 0, sizeof *m);
	if (n < NER_MODEL_HEADER || memcmp(p, magic, sizeof magic) != 0) {
		*cause = xstrdup("not a galley entity model");
		return false;
	}
	if (get_u32(p + 8) != NER_MODEL_VERSION) {
		*cause = xasprintf("model format %lu, expected %u",
		    (unsigned long)get_u32(p + 8), NER_MODEL_VERSION);
		return false;
	}
	if (get_u32(p + 12) != 0x01020304u || get_u32(p + 20) != NER_LABELS) {
		*cause = xstrdup("model for another byte order or label set");
		return false;
	}
	bits = get_u32(p + 24);
	passes = get_u32(p + 28);
	if (bits < 1 || bits > NER_MODEL_MAX_BITS || passes < 1 ||
	    passes > NER_MODEL_MAX_PASSES ||
	    n != NER_MODEL_HEADER + passes * pass_size(bits)) {
		*cause = xasprintf("model truncated or of the wrong size "
		    "(%zu bytes)", n);
		return false;
	}
	if (checksum(p + NER_MODEL_HEADER, n - NER_MODEL_HEADER) !=
	    get_u32(p + 32)) {
		*cause = xstrdup("model damaged (checksum mismatch)");
		return false;
	}
	m->map = p;
	m->map_len = n;
	m->bits = bits;
	m->passes = passes;
	m->features = get_u32(p + 16);
	for (unsigned k = 0; k < passes; k++) {
		/* The header is 48 bytes and a pass an even number, so
		 * the int16 arrays are aligned in an mmap. */
		const int16_t *t = (const int16_t *)(const void *)(p +
		    NER_MODEL_HEADER + k * pass_size(bits));

		for (size_t i = 0; i < (NER_LABELS + 1) * NER_LABELS; i++)
			m->trans[k][i] = t[i];
		m->w[k] = t + (NER_LABELS + 1) * NER_LABELS;
	}
	return true;
}

struct ner_model *
ner_model_load(const char *path, char **cause)
{
	struct ner_model *m;
	struct stat st;
	void *p;
	int fd;

	/* O_NONBLOCK: a FIFO given as the model must not hang the open;
	 * the regular file it must be is mapped, never read. */
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)) < 0) {
		*cause = xstrdup(strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <
	    (off_t)NER_MODEL_HEADER || (uintmax_t)st.st_size > SIZE_MAX) {
		*cause = xstrdup(fstat(fd, &st) != 0 ? strerror(errno) :
		    !S_ISREG(st.st_mode) ? "not a regular file" :
		    "not a galley entity model");
		close(fd);
		return NULL;
	}
	p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (p == MAP_FAILED) {
		*cause = xstrdup(strerror(errno));
		return NULL;
	}
	m = xcalloc(1, sizeof *m);
	if (!ner_model_parse(m, p, (size_t)st.st_size, cause)) {
		munmap(p, (size_t)st.st_size);
		free(m);
		return NULL;
	}
	m->mapped = true;
	return m;
}

void
ner_model_free(struct ner_model *m)
{
	if (m == NULL)
		return;
	if (m->mapped)
		munmap((void *)(uintptr_t)m->map, m->map_len);
	free(m);
}

int
ner_model_write(const char *path, unsigned bits, unsigned feat_version,
    unsigned passes, int16_t *const *trans, int16_t *const *w)
{
	size_t tn = (size_t)(NER_LABELS + 1) * NER_LABELS * sizeof **trans;
	size_t ps = pass_size(bits), n = passes * ps;
	unsigned char *img = xcalloc(1, NER_MODEL_HEADER + n);
	char *tmp = fio_temp_path(path);
	int r, e;

	memcpy(img, magic, sizeof magic);
	put_u32(img + 8, NER_MODEL_VERSION);
	put_u32(img + 12, 0x01020304u);
	put_u32(img + 16, feat_version);
	put_u32(img + 20, NER_LABELS);
	put_u32(img + 24, bits);
	put_u32(img + 28, passes);
	for (unsigned k = 0; k < passes; k++) {
		unsigned char *q = img + NER_MODEL_HEADER + k * ps;

		memcpy(q, trans[k], tn);
		memcpy(q + tn, w[k], ps - tn);
	}
	put_u32(img + 32, checksum(img + NER_MODEL_HEADER, n));
	/* Atomic (a temporary file renamed over it): a model being
	 * replaced is mapped by running galleys, and a trainer stopped
	 * half-way must leave the old one whole.  errno stays the
	 * failure's, for the trainer's perror. */
	r = fio_write_temp(tmp, path, (const char *)img,
	    NER_MODEL_HEADER + n) == 0 && fio_commit(tmp, path) >= 0 ? 0 : -1;
	e = errno;
	free(img);
	free(tmp);
	errno = e;
	return r;
}

bool
ner_label_allowed(unsigned a, unsigned b)
{
	if (b == NL_O || (b & 1))	/* O and the B- labels are odd... */
		return true;
	/* ...an I- label continues its own type only. */
	return a != NER_LABELS && a != NL_O && (a + 1) / 2 == b / 2;
}

void
ner_model_emit(const struct ner_model *m, unsigned pass,
    const uint32_t *feats, size_t nfeats, int32_t *emit)
{
	uint32_t mask = ((uint32_t)1 << m->bits) - 1;

	memset(emit, 0, NER_LABELS * sizeof *emit);
	for (size_t f = 0; f < nfeats; f++) {
		const int16_t *w = m->w[pass] + (size_t)(feats[f] & mask) *
		    NER_LABELS;

		for (unsigned y = 0; y < NER_LABELS; y++)
			emit[y] += w[y];
	}
}

void
ner_viterbi(const int32_t *emit, const int32_t *trans, size_t n,
    unsigned char *labels)
{
	int64_t score[2][NER_LABELS];
	unsigned char *back;
	size_t i;

	if (n == 0)
		return;
	back = xmalloc(n * NER_LABELS);
	for (unsigned y = 0; y < NER_LABELS; y++)
		score[0][y] = ner_label_allowed(NER_LABELS, y) ?
		    (int64_t)trans[NER_LABELS * NER_LABELS + y] + emit[y] :
		    INT64_MIN / 2;
	for (i = 1; i < n; i++) {
		int64_t *prev = score[(i - 1) & 1], *cur = score[i & 1];

		for (unsigned y = 0; y < NER_LABELS; y++) {
			int64_t best = INT64_MIN / 2;
			unsigned arg = NL_O;

			for (unsigned x = 0; x < NER_LABELS; x++) {
				int64_t s;

				if (!ner_label_allowed(x, y))
					continue;
				s = prev[x] + trans[x * NER_LABELS + y];
				if (s > best) {
					best = s;
					arg = x;
				}
			}
			cur[y] = best + emit[i * NER_LABELS + y];
			back[i * NER_LABELS + y] = (unsigned char)arg;
		}
	}
	{
		int64_t *last = score[(n - 1) & 1];
		unsigned y = NL_O;

		for (unsigned x = 1; x < NER_LABELS; x++)
			if (last[x] > last[y])
				y = x;
		for (i = n; i-- > 0;) {
			labels[i] = (unsigned char)y;
			if (i > 0)
				y = back[i * NER_LABELS + y];
		}
	}
	free(back);
}
