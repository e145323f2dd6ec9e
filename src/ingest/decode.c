/* decode.c - turn a file's raw bytes into UTF-8 text. */
#include "config.h"

#include "ingest/decode.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/util.h"

/* Windows-1252 bytes 0x80..0x9F; the five undefined ones map to the C1
 * control of the same value, as the WHATWG Encoding Standard does. */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

int
decode_cp1252(unsigned char byte)
{
	if (byte >= 0x80 && byte < 0xA0)
		return cp1252_high[byte - 0x80];
	return byte;
}

int
encode_cp1252(int cp)
{
	if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF))
		return cp;
	for (int i = 0; i < 32; i++)
		if (cp1252_high[i] == cp)
			return 0x80 + i;
	return -1;
}

/* Length of the valid UTF-8 sequence at s, or 0 when it is not valid
 * (overlong forms, surrogates and values past U+10FFFF are not valid). */
static size_t
utf8_valid_seq(const unsigned char *s, size_t n, int *cp)
{
	unsigned c = s[0];
	size_t len;
	int v, min;

	if (c < 0x80) {
		*cp = (int)c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2; v = c & 0x1F; min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3; v = c & 0x0F; min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4; v = c & 0x07; min = 0x10000;
	} else
		return 0;
	if (len > n)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return len;
}

static void
add_newline_aware(struct buf *b, int cp, bool fold_cr, bool *last_cr)
{
	if (fold_cr) {
		if (cp == '\n' && *last_cr) {
			*last_cr = false;
			return;
		}
		*last_cr = (cp == '\r');
		if (cp == '\r')
			cp = '\n';
	}
	buf_add_cp(b, cp);
}

/* UTF-8 with a per-byte Windows-1252 fallback.  Reports whether any byte
 * needed the fallback and whether any multi-byte sequence was valid. */
static void
decode_utf8_lenient(const unsigned char *s, size_t n, bool fold_cr,
    struct buf *out, bool *had_invalid, bool *had_multibyte)
{
	bool last_cr = false;
	size_t i = 0;

	*had_invalid = false;
	*had_multibyte = false;
	buf_reserve(out, n);
	while (i < n) {
		int cp;
		size_t len;

		if (s[i] < 0x80 && s[i] != '\r' && s[i] != '\n') {
			/* Fast path for runs of ASCII. */
			size_t j = i;

			while (j < n && s[j] < 0x80 && s[j] != '\r' &&
			    s[j] != '\n')
				j++;
			buf_add(out, (const char *)s + i, j - i);
			last_cr = false;
			i = j;
			continue;
		}
		len = utf8_valid_seq(s + i, n - i, &cp);
		if (len == 0) {
			cp = decode_cp1252(s[i]);
			*had_invalid = true;
			len = 1;
		} else if (len > 1)
			*had_multibyte = true;
		add_newline_aware(out, cp, fold_cr, &last_cr);
		i += len;
	}
}

static void
decode_utf16(const unsigned char *s, size_t n, bool big_endian, bool fold_cr,
    struct buf *out)
{
	bool last_cr = false;
	size_t i;

	buf_reserve(out, n + n / 2);
	for (i = 0; i + 1 < n; i += 2) {
		unsigned u = big_endian ? (unsigned)(s[i] << 8 | s[i + 1]) :
		    (unsigned)(s[i + 1] << 8 | s[i]);
		int cp = (int)u;

		if (u >= 0xD800 && u <= 0xDBFF && i + 3 < n) {
			unsigned lo = big_endian ?
			    (unsigned)(s[i + 2] << 8 | s[i + 3]) :
			    (unsigned)(s[i + 3] << 8 | s[i + 2]);
			if (lo >= 0xDC00 && lo <= 0xDFFF) {
				cp = 0x10000 + (int)(((u - 0xD800) << 10) |
				    (lo - 0xDC00));
				i += 2;
			} else
				cp = 0xFFFD;
		} else if (u >= 0xD800 && u <= 0xDFFF)
			cp = 0xFFFD;	/* lone surrogate */
		add_newline_aware(out, cp, fold_cr, &last_cr);
	}
	if (i < n)
		buf_add_cp(out, 0xFFFD);	/* odd trailing byte */
}

/* Converts with iconv; an invalid sequence becomes U+FFFD and decoding goes
 * on after its first byte.  Returns -1 when iconv does not know the label. */
static int
decode_iconv(const char *label, const unsigned char *s, size_t n,
    struct buf *out)
{
	iconv_t cd = iconv_open("UTF-8", label);
	char *in = (char *)s;
	size_t inleft = n;

	if (cd == (iconv_t)-1)
		return -1;
	while (inleft > 0) {
		char chunk[4096];
		char *op = chunk;
		size_t oleft = sizeof chunk;
		size_t r = iconv(cd, &in, &inleft, &op, &oleft);

		buf_add(out, chunk, sizeof chunk - oleft);
		if (r == (size_t)-1 && errno != E2BIG) {
			/* EILSEQ or EINVAL: skip the byte that stopped it. */
			buf_add_cp(out, 0xFFFD);
			in++;
			inleft--;
			iconv(cd, NULL, NULL, NULL, NULL);
		}
	}
	iconv_close(cd);
	return 0;
}

/* Labels the WHATWG Encoding Standard decodes as Windows-1252. */
static bool
is_cp1252_label(const char *label)
{
	static const char *const names[] = {
		"windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1",
		"latin-1", "l1", "us-ascii", "ascii", "iso_8859-1", "x-cp1252",
		"ansi_x3.4-1968", "cp819", "ibm819", NULL
	};

	for (size_t i = 0; names[i]; i++)
		if (strcmp(label, names[i]) == 0)
			return true;
	return false;
}

static bool
is_utf8_label(const char *label)
{
	return strcmp(label, "utf-8") == 0 || strcmp(label, "utf8") == 0 ||
	    strcmp(label, "unicode-1-1-utf-8") == 0;
}

/* UTF-16 and UTF-32 labels: a page whose declaration was read as ASCII
 * cannot be in them (it has no BOM and no zero bytes, or it would have
 * been decoded as such already), so, as the WHATWG Encoding Standard
 * says for UTF-16, the label means UTF-8. */
static bool
is_wide_label(const char *label)
{
	static const char *const prefixes[] = {
		"utf-16", "utf16", "utf-32", "utf32", "ucs-2", "ucs2",
		"ucs-4", "ucs4", "iso-10646-ucs", "unicodefeff", "unicodefffe",
		NULL
	};

	if (strcmp(label, "unicode") == 0)
		return true;
	for (size_t i = 0; prefixes[i]; i++)
		if (strncmp(label, prefixes[i], strlen(prefixes[i])) == 0)
			return true;
	return false;
}

char *
decode_sniff_html_charset(const unsigned char *raw, size_t n)
{
	size_t limit = n < 8192 ? n : 8192;
	char *head = xstrndup((const char *)raw, limit);
	char *p, *result = NULL;

	/* strndup stops at a NUL, which is fine: the head is ASCII. */
	for (p = head; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	p = strstr(head, "charset");
	while (p != NULL && result == NULL) {
		char *q = p + 7;
		size_t len = 0;

		while (*q == ' ' || *q == '\t')
			q++;
		if (*q == '=') {
			q++;
			while (*q == ' ' || *q == '"' || *q == '\'')
				q++;
			/* strchr finds the terminator too: test it first, or
			 * a value at the end of the head runs past it. */
			while (isalnum((unsigned char)q[len]) ||
			    (q[len] != '\0' && strchr("-_.:", q[len]) != NULL))
				len++;
			if (len > 0 && len < 40)
				result = xstrndup(q, len);
		}
		p = strstr(p + 7, "charset");
	}
	if (result == NULL && (p = strstr(head, "<?xml")) != NULL &&
	    (p = strstr(p, "encoding=")) != NULL) {
		size_t len = 0;

		p += 9;
		if (*p == '"' || *p == '\'')
			p++;
		while (isalnum((unsigned char)p[len]) || p[len] == '-' ||
		    p[len] == '_')
			len++;
		if (len > 0 && len < 40)
			result = xstrndup(p, len);
	}
	free(head);
	return result;
}

/* UTF-16 without a byte-order mark shows as zero bytes in every other
 * position.  Returns 1 for little-endian, 2 for big-endian, 0 otherwise. */
static int
guess_bomless_utf16(const unsigned char *s, size_t n)
{
	size_t sample = n < 4096 ? n : 4096;
	size_t even = 0, odd = 0;

	if (sample < 4)
		return 0;
	for (size_t i = 0; i < sample; i++)
		if (s[i] == 0)
			*(i % 2 ? &odd : &even) += 1;
	if (odd * 10 > sample * 4 && even * 20 < sample)
		return 1;
	if (even * 10 > sample * 4 && odd * 20 < sample)
		return 2;
	return 0;
}

static bool
looks_binary(const unsigned char *s, size_t n, char **cause)
{
	size_t sample = n < 65536 ? n : 65536, controls = 0;

	if (n > 0 && memchr(s, 0, n) != NULL) {	/* s may be NULL when n is 0 */
		*cause = xstrdup("contains NUL bytes; not a text file");
		return true;
	}
	for (size_t i = 0; i < sample; i++)
		if (s[i] < 0x20 && s[i] != '\t' && s[i] != '\n' &&
		    s[i] != '\r' && s[i] != '\f' && s[i] != '\v' &&
		    s[i] != 0x1B)
			controls++;
	if (controls * 10 > sample) {
		*cause = xstrdup("mostly control bytes; not a text file");
		return true;
	}
	return false;
}

static void
finish(struct decoded *out, struct buf *b, const char *encoding)
{
	out->len = b->len;
	out->text = buf_steal(b);
	out->encoding = xstrdup(encoding);
}

static int
finish_utf16(struct decoded *out, struct buf *b, const char *encoding,
    char **cause)
{
	if (b->len > 0 && memchr(b->data, 0, b->len) != NULL) {
		buf_free(b);
		*cause = xasprintf("%s text contains NUL characters; "
		    "not a text file", encoding);
		return -1;
	}
	finish(out, b, encoding);
	return 0;
}

int
decode_bytes(const unsigned char *raw, size_t n, bool html,
    struct decoded *out, char **cause)
{
	struct buf b;
	bool invalid, multibyte;
	char *label;
	int guess;

	buf_init(&b);
	memset(out, 0, sizeof *out);
	*cause = NULL;
	if (n >= 2 && raw[0] == 0xFF && raw[1] == 0xFE) {
		decode_utf16(raw + 2, n - 2, false, !html, &b);
		return finish_utf16(out, &b, "utf-16le", cause);
	}
	if (n >= 2 && raw[0] == 0xFE && raw[1] == 0xFF) {
		decode_utf16(raw + 2, n - 2, true, !html, &b);
		return finish_utf16(out, &b, "utf-16be", cause);
	}
	if (n >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF) {
		raw += 3;
		n -= 3;
	} else if ((guess = guess_bomless_utf16(raw, n)) != 0) {
		decode_utf16(raw, n, guess == 2, !html, &b);
		return finish_utf16(out, &b,
		    guess == 2 ? "utf-16be" : "utf-16le", cause);
	}
	if (looks_binary(raw, n, cause))
		return -1;

	label = html ? decode_sniff_html_charset(raw, n) : NULL;
	if (label != NULL && !is_utf8_label(label) && !is_wide_label(label)) {
		/* A page that declares a legacy charset but is valid UTF-8
		 * with multi-byte characters was saved as UTF-8: believe the
		 * bytes, since legacy text almost never forms valid UTF-8. */
		decode_utf8_lenient(raw, n, !html, &b, &invalid, &multibyte);
		if (multibyte && !invalid) {
			free(label);
			finish(out, &b, "utf-8");
			return 0;
		}
		buf_free(&b);
		if (is_cp1252_label(label)) {
			for (size_t i = 0; i < n; i++)
				buf_add_cp(&b, decode_cp1252(raw[i]));
			free(label);
			finish(out, &b, "windows-1252");
			return 0;
		}
		if (decode_iconv(label, raw, n, &b) == 0) {
			finish(out, &b, label);
			free(label);
			return 0;
		}
		/* Unknown label: fall through to UTF-8 with fallback. */
	}
	free(label);
	decode_utf8_lenient(raw, n, !html, &b, &invalid, &multibyte);
	finish(out, &b, invalid && !multibyte ? "windows-1252" : "utf-8");
	return 0;
}

void
decoded_free(struct decoded *d)
{
	free(d->text);
	free(d->encoding);
	d->text = NULL;
	d->encoding = NULL;
	d->len = 0;
}
