/* proof_text.h - proofreading checks that look at characters rather than
 * words: markup debris, mojibake and spacing.
 *
 * Each scans text[bstart, bend) (one block) and appends what it finds to a
 * problem list with byte offsets; the caller converts them to code points. */
#ifndef GALLEY_PROOF_TEXT_H
#define GALLEY_PROOF_TEXT_H

#include <stddef.h>

#include "proof/problem.h"

/* `< / li >`, `< strong >>`, `<span/>`, `&nbsp;`, `[mc4wp_form id="2"]`,
 * `tdstyle;textalign:`, stray `>` glued to words. */
void proof_scan_markup(const char *text, size_t bstart, size_t bend,
    struct problem_list *out);

/* UTF-8 read as Windows-1252 or Latin-1 (`â€™`, `Ã©`, `Â `); the fix is
 * the repaired text. */
void proof_scan_mojibake(const char *text, size_t bstart, size_t bend,
    struct problem_list *out);

/* `region.As`, `priorities,this`, `Sahel ,`, doubled spaces; not numbers,
 * times, abbreviations (U.S.), URLs, domains or file names.  Markup is
 * skipped: proof_scan_markup must have scanned the same block just before
 * (mojibake may come between), so that its finds end out. */
void proof_scan_spacing(const char *text, size_t bstart, size_t bend,
    struct problem_list *out);
/* The same for a <pre> block, whose runs of spaces are its layout (a
 * table's columns, code): doubled spaces are no finding there. */
void proof_scan_spacing_pre(const char *text, size_t bstart, size_t bend,
    struct problem_list *out);

#endif
