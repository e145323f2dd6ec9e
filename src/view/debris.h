/* debris.h - markup debris left out of the clean view and of `galley
 * clean`'s article.
 *
 * Debris is what `galley check` reports as markup (`< / li >`,
 * `< strong >>`, `tdstyle;textalign:...`, stray shortcodes), except
 * entities that stand for a character (`&amp;`, `&#8217;`): hiding those
 * would lose the character; `&nbsp;` is hidden.  Nothing is removed from
 * the document: the decoded text and every offset stay as they are, and
 * annotations and problems still anchor to it.  A hidden span only tells
 * the layout and the article printer what not to show. */
#ifndef GALLEY_DEBRIS_H
#define GALLEY_DEBRIS_H

#include <stdbool.h>
#include <stddef.h>

#include "doc/doc.h"
#include "doc/hidden.h"
#include "proof/corrections.h"

/* Appends block b's debris to h, each with the spaces after it (or, at
 * the block's end, before it) so that no double space is left. */
void debris_scan_block(const struct doc *d, const struct block *b,
    struct hidden_list *h);
/* Whether b shows anything but white space once h->v[first..n) (spans
 * of b) are hidden. */
bool debris_leaves_text(const struct doc *d, const struct block *b,
    const struct hidden_list *h, size_t first);
/* What the clean view and the article leave out of d, appended to h:
 * the debris of each kept block but the title (debris_scan_block), and
 * the whole of a block that shows nothing else. */
void debris_scan_doc(const struct doc *d, struct hidden_list *h);

/* The article's body as doc_body gives it, debris left out and blocks
 * that hold nothing else dropped; with c's corrections applied (c NULL:
 * none).  A correction across hidden debris is not applied. */
char *debris_body(struct doc *d, const struct corrections *c);

/* d's title (NULL when none) with c's corrections applied where the
 * title is the text of the block the cleaner took for it (a text dump's
 * headline line): a correction made in the header (z= on a problem of
 * the title) shows there and in `galley clean --corrected`.  A new
 * string. */
char *debris_title(struct doc *d, const struct corrections *c);

#endif
