/* text_blocks.h - blocks of a plain-text dump: one per non-blank line. */
#ifndef GALLEY_TEXT_BLOCKS_H
#define GALLEY_TEXT_BLOCKS_H

#include "doc/doc.h"

/* Splits d->text into blocks: each non-blank line, without its leading and
 * trailing white space, is one block; a line starting with a bullet
 * (•, ·, ▪, *, -, –) is a list-item, any other a paragraph. */
void text_blocks_build(struct doc *d);

#endif
