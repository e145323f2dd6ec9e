/* gazetteer.h - the names the entity recogniser knows: countries and
 * subdivisions (iso-codes), cities (geonames), and the lists in data/ner
 * (regions, demonyms, organisations, given names, titles, organisation
 * words; languages, derived from iso-codes).  The table is generated
 * at build time by tools/gen-gazetteer. */
#ifndef GALLEY_GAZETTEER_H
#define GALLEY_GAZETTEER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What a name is; one name may be several (Georgia: a country and a
 * state). */
enum gaz_bits {
	GAZ_GPE = 1 << 0,	/* country, subdivision or city */
	GAZ_LOC = 1 << 1,	/* region, sea, river, range */
	GAZ_NORP = 1 << 2,	/* nationality, religious or political group */
	GAZ_ORG = 1 << 3,	/* a known organisation */
	GAZ_FIRST = 1 << 4,	/* a given name */
	GAZ_TITLE = 1 << 5,	/* a title before a name: General, Mr */
	GAZ_CUE = 1 << 6,	/* a word that makes a name an ORG: Ministry */
	GAZ_COUNTRY = 1 << 7,	/* a country (wins over the dictionary) */
	GAZ_LOCCUE = 1 << 8,	/* a word that makes a name a place: River */
	GAZ_NOTNAME = 1 << 9,	/* a common noun however written: CEO, TV */
	GAZ_LANG = 1 << 10,	/* a language: Latin, Swahili */
	/* What WordNet says a name is (data/ner/wordnet.txt): evidence for
	 * the model only, which gaz_lookup_all() alone returns. */
	GAZ_WN_PER = 1 << 11, GAZ_WN_NORP = 1 << 12, GAZ_WN_GPE = 1 << 13,
	GAZ_WN_LOC = 1 << 14, GAZ_WN_ORG = 1 << 15, GAZ_WN_EVENT = 1 << 16,
	GAZ_WN_WORK = 1 << 17, GAZ_WN_ART = 1 << 18, GAZ_WN_OTHER = 1 << 19,
};

#define GAZ_WN_SHIFT 11
#define GAZ_WORDNET (0x1FFu << GAZ_WN_SHIFT)

struct gaz_entry {
	uint32_t name;		/* offset of the name in gaz_pool */
	unsigned bits;
};

extern const struct gaz_entry gaz_entries[];
extern const unsigned long gaz_entry_count;
/* The names, each ending with '\0' (offsets, not pointers, in the
 * entries: no relocation per name at start). */
extern const char gaz_pool[];

/* The bits of a name (UTF-8, any case and accents) but WordNet's, 0 if
 * unknown.  The lookup table is built on first use. */
unsigned gaz_lookup(const char *s, size_t n);
/* The same with WordNet's (GAZ_WORDNET). */
unsigned gaz_lookup_all(const char *s, size_t n);

/* Whether the lists know s[0, n) as a name of any kind (not only as a
 * common noun however written: GAZ_NOTNAME). */
bool gaz_is_name(const char *s, size_t n);

/* A key that ignores case, accents, curly apostrophes and the dots of
 * abbreviations: "Nigér" and "niger", "U.S." and "US" give the same key.
 * Returns a new string; *len gets its length. */
char *gaz_fold(const char *s, size_t n, size_t *len);

/* Frees the lookup table (for leak checkers; lookups rebuild it). */
void gaz_free(void);

#endif
