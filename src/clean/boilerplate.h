/* boilerplate.h - phrases and line shapes that mark page furniture (share
 * buttons, cookie notices, navigation, calendars, copyright) in any block. */
#ifndef GALLEY_BOILERPLATE_H
#define GALLEY_BOILERPLATE_H

#include <stdbool.h>
#include <stddef.h>

/* Whether a short line (menu, button, notice) reads as page furniture. */
bool boilerplate_phrase(const char *s, size_t n);

/* A cookie or consent notice, whatever its length. */
bool boilerplate_cookie_notice(const char *s, size_t n);

/* A line of a calendar widget or another line of numbers and day names. */
bool boilerplate_calendar_line(const char *s, size_t n);

/* A "Related posts", "Read also" or "More stories" heading. */
bool boilerplate_related_marker(const char *s, size_t n);

/* A photo's caption or credit line: "Photo: ...", "... (AP Photo/X)",
 * "X/Getty Images". */
bool boilerplate_photo_credit(const char *s, size_t n);

/* Ends like a sentence: . ! ? … or one of those followed by a quote. */
bool ends_like_sentence(const char *s, size_t n);

/* Case-insensitive (ASCII) substring search in s[0..n). */
bool contains_ci(const char *s, size_t n, const char *needle);

#endif
