/* fuzz_ner_model.c - libFuzzer target: the entity model loader
 * (src/ner/ner_model.c) and the recogniser running with whatever model
 * it accepted.  The first byte is a mode, the rest the file: with the
 * mode's low bit set the checksum is put right first, so that the fuzzer
 * gets past it to the sizes and the weights. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ingest/load.h"
#include "ner/ner.h"
#include "ner/ner_model.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char fuzz_model_path[64];

static void
fuzz_model_cleanup(void)
{
	unlink(fuzz_model_path);
}

static const char *
fuzz_model_file(void)
{
	int fd;

	if (fuzz_model_path[0] != '\0')
		return fuzz_model_path;
	snprintf(fuzz_model_path, sizeof fuzz_model_path,
	    "%s/galley-fuzz-model.XXXXXX",
	    getenv("TMPDIR") && strlen(getenv("TMPDIR")) < 32 ?
	    getenv("TMPDIR") : "/tmp");
	if ((fd = mkstemp(fuzz_model_path)) < 0) {
		perror("mkstemp");
		abort();
	}
	close(fd);
	atexit(fuzz_model_cleanup);
	return fuzz_model_path;
}

/* The checksum the loader wants, found by asking it: ner_model_write
 * makes a file of the same shape with the right one. */
static void
fix_checksum(unsigned char *img, size_t n)
{
	unsigned bits = img[24] | (unsigned)img[25] << 8;
	unsigned passes = img[28];
	size_t ps = ((size_t)(NER_LABELS + 1) * NER_LABELS +
	    ((size_t)1 << (bits & 31)) * NER_LABELS) * 2;
	int16_t *t[NER_MODEL_MAX_PASSES], *w[NER_MODEL_MAX_PASSES];
	char path[80];
	FILE *f;

	if (bits < 1 || bits > 12 || passes < 1 ||
	    passes > NER_MODEL_MAX_PASSES || n != NER_MODEL_HEADER +
	    passes * ps)
		return;
	for (unsigned k = 0; k < passes; k++) {
		t[k] = (int16_t *)(void *)(img + NER_MODEL_HEADER + k * ps);
		w[k] = t[k] + (NER_LABELS + 1) * NER_LABELS;
	}
	snprintf(path, sizeof path, "%s.fix", fuzz_model_file());
	if (ner_model_write(path, bits, img[16] | (unsigned)img[17] << 8,
	    passes, t, w) == 0 && (f = fopen(path, "rb")) != NULL) {
		if (fseek(f, 32, SEEK_SET) == 0)
			FUZZ_ASSERT(fread(img + 32, 1, 4, f) == 4);
		fclose(f);
	}
	unlink(path);
}

static void
run_with(const char *path)
{
	static const char text[] = "General Abdourahamane Tiani met "
	    "officials of the Economic Community of West African States in "
	    "Niamey on May 10, 2025.\nTHE WORLD CUP: Brazil 2 Italy 1\n";
	struct mention_list ml = { NULL, 0, 0 };
	struct ner *n = ner_create(NULL);
	char *cause = NULL;
	struct doc *d;

	if (!ner_use_model(n, path, &cause)) {
		FUZZ_ASSERT(cause != NULL && *cause != '\0');
		free(cause);
		ner_destroy(n);
		return;
	}
	d = load_bytes("fuzz.txt", (const unsigned char *)text,
	    sizeof text - 1, &cause);
	FUZZ_ASSERT(d != NULL);
	ner_doc(n, d, true, &ml);
	for (size_t i = 0; i < ml.n; i++) {
		FUZZ_ASSERT(ml.v[i].bstart < ml.v[i].bend);
		FUZZ_ASSERT(ml.v[i].bend <= d->text_len);
		FUZZ_ASSERT((unsigned)ml.v[i].type < ENTITY_TYPE_COUNT);
		FUZZ_ASSERT(i == 0 || ml.v[i - 1].start <= ml.v[i].start);
	}
	mentions_free(&ml);
	doc_free(d);
	ner_destroy(n);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_model_file();
	unsigned char *img;
	FILE *f;

	if (size < 1)
		return 0;
	img = malloc(size);
	FUZZ_ASSERT(img != NULL);
	memcpy(img, data + 1, size - 1);
	if ((data[0] & 1) && size - 1 >= NER_MODEL_HEADER)
		fix_checksum(img, size - 1);
	f = fopen(path, "wb");
	FUZZ_ASSERT(f != NULL);
	FUZZ_ASSERT(fwrite(img, 1, size - 1, f) == size - 1);
	FUZZ_ASSERT(fclose(f) == 0);
	free(img);
	run_with(path);
	return 0;
}
