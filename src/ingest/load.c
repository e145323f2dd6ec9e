/* load.c - read one article file into a document. */
#include "config.h"

#include "ingest/load.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nettle/sha2.h>

#include "ingest/decode.h"
#include "ingest/html.h"
#include "ingest/text_blocks.h"
#include "base/util.h"

static bool
name_says_html(const char *name)
{
	return str_has_suffix_ci(name, ".html") ||
	    str_has_suffix_ci(name, ".htm") || str_has_suffix_ci(name, ".xhtml");
}

static bool
name_says_text(const char *name)
{
	return str_has_suffix_ci(name, ".txt") ||
	    str_has_suffix_ci(name, ".text");
}

/* Standard input and unknown names: HTML when the bytes start like markup. */
static bool
bytes_look_html(const unsigned char *s, size_t n)
{
	size_t i = 0;
	char head[16];

	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		i = 3;
	while (i < n && isspace(s[i]))
		i++;
	if (i >= n || s[i] != '<')
		return false;
	for (size_t k = 0; k < sizeof head - 1; k++)
		head[k] = (char)(i + k < n ? tolower(s[i + k]) : 0);
	head[sizeof head - 1] = '\0';
	return strncmp(head, "<!doctype html", 14) == 0 ||
	    strncmp(head, "<html", 5) == 0 || strncmp(head, "<?xml", 5) == 0 ||
	    strncmp(head, "<head", 5) == 0 || strncmp(head, "<body", 5) == 0 ||
	    strncmp(head, "<!--", 4) == 0 || strncmp(head, "<meta", 5) == 0;
}

struct doc *
load_bytes(const char *name, const unsigned char *raw, size_t n,
    char **cause)
{
	struct sha256_ctx sha;
	struct decoded dec;
	struct doc *d;
	bool html;

	if (name_says_html(name))
		html = true;
	else if (name_says_text(name))
		html = false;
	else
		html = bytes_look_html(raw, n);
	if (decode_bytes(raw, n, html, &dec, cause) != 0)
		return NULL;
	d = doc_new(name, html ? DOC_HTML : DOC_TEXT);
	d->raw_size = n;
	sha256_init(&sha);
	sha256_update(&sha, n, raw);
	sha256_digest(&sha, sizeof d->sha256, d->sha256);
	d->encoding = dec.encoding;
	dec.encoding = NULL;
	if (html) {
		int r = html_load(d, dec.text, dec.len, cause);

		decoded_free(&dec);
		if (r != 0) {
			doc_free(d);
			return NULL;
		}
	} else {
		d->text = dec.text;
		d->text_len = dec.len;
		text_blocks_build(d);
	}
	return d;
}

/* Reads a whole descriptor, refusing more than LOAD_MAX_BYTES. */
static unsigned char *
read_all(int fd, size_t *n, char **cause)
{
	struct buf b;

	buf_init(&b);
	for (;;) {
		ssize_t r;

		buf_reserve(&b, 65536);
		r = read(fd, b.data + b.len, 65536);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			*cause = xstrdup(strerror(errno));
			buf_free(&b);
			return NULL;
		}
		if (r == 0)
			break;
		b.len += (size_t)r;
		if (b.len > LOAD_MAX_BYTES) {
			*cause = xasprintf("larger than %zu MiB; not loaded",
			    LOAD_MAX_BYTES >> 20);
			buf_free(&b);
			return NULL;
		}
	}
	*n = b.len;
	return (unsigned char *)buf_steal(&b);
}

/* The bytes of path ("-": standard input), NULL with *cause set. */
static unsigned char *
read_path(const char *path, size_t *n, char **cause)
{
	unsigned char *raw;
	struct stat st;
	int fd;

	*cause = NULL;
	*n = 0;
	if (strcmp(path, "-") == 0)
		fd = STDIN_FILENO;
	else {
		/* O_NONBLOCK so that opening a FIFO cannot hang; regular
		 * files ignore it. */
		fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
		if (fd < 0) {
			*cause = xstrdup(strerror(errno));
			return NULL;
		}
		if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
			*cause = xstrdup(S_ISDIR(st.st_mode) ?
			    "is a directory" : "not a regular file");
			close(fd);
			return NULL;
		}
		fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	}
	raw = read_all(fd, n, cause);
	if (fd != STDIN_FILENO)
		close(fd);
	return raw;
}

struct doc *
load_file(const char *path, char **cause)
{
	unsigned char *raw;
	struct doc *d;
	size_t n;

	if ((raw = read_path(path, &n, cause)) == NULL)
		return NULL;
	d = load_bytes(path, raw, n, cause);
	free(raw);
	return d;
}

bool
load_file_digest(const char *path, uint8_t sha256[32])
{
	struct sha256_ctx sha;
	unsigned char *raw;
	char *cause = NULL;
	size_t n;

	if (strcmp(path, "-") == 0)
		return false;
	if ((raw = read_path(path, &n, &cause)) == NULL) {
		free(cause);
		return false;
	}
	sha256_init(&sha);
	sha256_update(&sha, n, raw);
	sha256_digest(&sha, 32, sha256);
	free(raw);
	return true;
}
