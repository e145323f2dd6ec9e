/* util.h - checked allocation and a growable byte buffer. */
#ifndef GALLEY_UTIL_H
#define GALLEY_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

/* Allocation failure is not recoverable for galley: these abort with a
 * message instead of returning NULL. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
void *xreallocarray(void *p, size_t n, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A NUL-terminated byte string that grows as text is appended. */
struct buf {
	char *data;
	size_t len;
	size_t cap;
};

void buf_init(struct buf *b);
void buf_free(struct buf *b);
void buf_reserve(struct buf *b, size_t extra);
void buf_add(struct buf *b, const char *s, size_t n);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, char c);
void buf_truncate(struct buf *b, size_t len);
void buf_add_cp(struct buf *b, int cp);
void buf_printf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void buf_vprintf(struct buf *b, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
/* Hands the string over to the caller; the buffer is empty afterwards. */
char *buf_steal(struct buf *b);

bool str_has_suffix_ci(const char *s, const char *suffix);
bool str_starts_with(const char *s, const char *prefix);
/* Cuts white space (isspace: blanks, CR, LF...) off both ends of s in
 * place; returns the first character kept. */
char *str_trim(char *s);

#endif
