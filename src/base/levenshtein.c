/* levenshtein.c - edit distance, one row at a time. */
#include "config.h"

#include "base/levenshtein.h"

#include <stdlib.h>

#include "base/util.h"

size_t
levenshtein_u32(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	size_t *row = xcalloc(nb + 1, sizeof *row), result;

	for (size_t j = 0; j <= nb; j++)
		row[j] = j;
	for (size_t i = 1; i <= na; i++) {
		size_t diag = row[0];

		row[0] = i;
		for (size_t j = 1; j <= nb; j++) {
			size_t up = row[j], best = diag + (a[i - 1] != b[j - 1]);

			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
		}
	}
	result = row[nb];
	free(row);
	return result;
}
