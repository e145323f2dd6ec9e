/* fuzz_layout.c - libFuzzer target: the reader's layout (layout.c) and the
 * terminal cells of untrusted text (cells.c, buf_add_printable).
 *
 * The first byte picks the width (1..64) and whether the page is HTML;
 * the rest is the file.  Each document is laid out in the clean and the
 * raw view, for UTF-8 and non-UTF-8 terminals. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "doc/cells.h"
#include "clean/clean.h"
#include "clean/features.h"
#include "view/layout.h"
#include "ingest/load.h"
#include "base/escape.h"
#include "base/util.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Nothing the terminal would act on: only printable ASCII placeholders. */
static void
fuzz_cells_check(const char *text, size_t len, bool utf8)
{
	for (size_t i = 0; i < len;) {
		char ph[CELL_PLACEHOLDER_MAX];
		int32_t c;
		size_t n;

		i += cell_next(text, i, len, &c);
		n = cell_placeholder(c, utf8, ph);
		FUZZ_ASSERT(n < CELL_PLACEHOLDER_MAX);
		FUZZ_ASSERT(strlen(ph) == n || n == 0);
		for (size_t k = 0; k < n; k++)
			FUZZ_ASSERT(ph[k] >= 0x20 && ph[k] < 0x7F);
		FUZZ_ASSERT(cell_width(c, utf8) >= 0);
	}
}

/* Lines stay inside the text and in order, and a line is wider than the
 * pane only when its first character alone is (hidden debris takes no
 * room); hidden spans lie inside the text, in order. */
static void
fuzz_layout_check(struct doc *d, const struct layout *l)
{
	FUZZ_ASSERT(l->n > 0);
	for (size_t i = 0; i < l->n; i++) {
		const struct layout_line *ln = &l->v[i];
		int cols = 0, first = 0;

		FUZZ_ASSERT(ln->bstart <= ln->bend && ln->bend <= d->text_len);
		FUZZ_ASSERT(ln->end - ln->start ==
		    fuzz_check_utf8(d->text + ln->bstart,
		    ln->bend - ln->bstart));
		FUZZ_ASSERT(doc_byte_to_cp(d, ln->bstart) == ln->start);
		FUZZ_ASSERT(i == 0 || l->v[i - 1].bend <= ln->bstart);
		for (size_t b = ln->bstart; b < ln->bend;) {
			size_t h = hidden_from_byte(&l->hide, b);
			int32_t c;
			int w;

			if (h < l->hide.n && l->hide.v[h].bstart <= b) {
				b = l->hide.v[h].bend;
				continue;
			}
			b += cell_next(d->text, b, ln->bend, &c);
			w = cell_width(c, l->utf8);
			if (b == ln->bstart || cols == 0)
				first = w;
			cols += w;
		}
		FUZZ_ASSERT(cols <= l->width || cols == first);
	}
	for (size_t i = 0; i < l->hide.n; i++) {
		FUZZ_ASSERT(l->hide.v[i].bstart < l->hide.v[i].bend &&
		    l->hide.v[i].bend <= d->text_len);
		FUZZ_ASSERT(i == 0 || l->hide.v[i - 1].bend < l->hide.v[i].bstart);
		FUZZ_ASSERT(doc_byte_to_cp(d, l->hide.v[i].bstart) ==
		    l->hide.v[i].start);
		FUZZ_ASSERT(doc_byte_to_cp(d, l->hide.v[i].bend) ==
		    l->hide.v[i].end);
	}
	FUZZ_ASSERT(layout_find(l, 0) < l->n);
	FUZZ_ASSERT(layout_find(l, d->text_cps / 2) < l->n);
	FUZZ_ASSERT(layout_find(l, d->text_cps + 1) < l->n);
}

/* Laid out in steps of a few lines, d comes out as l, the whole layout,
 * and layout_find agrees at every step (layout_start, layout_extend). */
static void
fuzz_steps_check(struct doc *d, const struct layout *l, size_t step)
{
	struct layout p = { 0 };

	p.open = l->open;
	layout_start(&p, l->width, l->raw, l->utf8);
	while (!layout_extend(&p, d, 0, p.n + step)) {
		size_t last = p.v[p.n - 1].start;

		FUZZ_ASSERT(p.n <= l->n);
		FUZZ_ASSERT(layout_find(&p, last / 2) == layout_find(l, last / 2));
	}
	FUZZ_ASSERT(p.n == l->n && p.hide.n == l->hide.n);
	for (size_t i = 0; i < p.n; i++)
		FUZZ_ASSERT(p.v[i].bstart == l->v[i].bstart &&
		    p.v[i].bend == l->v[i].bend &&
		    p.v[i].start == l->v[i].start && p.v[i].end == l->v[i].end &&
		    p.v[i].flags == l->v[i].flags && p.v[i].run == l->v[i].run &&
		    p.v[i].nrun == l->v[i].nrun);
	layout_free(&p);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct layout l = { 0 };
	struct doc *d;
	struct buf out;
	int width;
	bool html;
	unsigned char *open;

	if (size < 1)
		return 0;
	width = 1 + (data[0] & 63);
	html = (data[0] & 64) != 0;
	if ((d = fuzz_cleaned_doc(data + 1, size - 1, html)) == NULL)
		return 0;
	for (int raw = 0; raw < 2; raw++)
		for (int utf8 = 0; utf8 < 2; utf8++) {
			layout_build(&l, d, width, raw, utf8);
			fuzz_layout_check(d, &l);
			fuzz_steps_check(d, &l, 1 + (size_t)(data[0] >> 7) * 4);
		}
	/* Every run of dropped blocks open (za on each marker). */
	open = xcalloc(d->nblocks + 1, 1);
	memset(open, 1, d->nblocks + 1);
	l.open = open;
	layout_build(&l, d, width, false, true);
	fuzz_layout_check(d, &l);
	fuzz_steps_check(d, &l, 2);
	free(open);
	layout_free(&l);
	fuzz_cells_check(d->text, d->text_len, true);
	fuzz_cells_check(d->text, d->text_len, false);
	/* Raw bytes too: cells must survive what the decoder never makes. */
	fuzz_cells_check((const char *)data, size, true);
	buf_init(&out);
	buf_add_printable(&out, d->text, d->text_len);
	for (size_t i = 0; i < out.len; i++) {
		unsigned char c = (unsigned char)out.data[i];

		FUZZ_ASSERT(c >= 0x20 || c == '\n' || c == '\t');
		FUZZ_ASSERT(c != 0x7F);
	}
	buf_free(&out);
	doc_free(d);
	return 0;
}
