# src/cli: the batch subcommands (galley clean, check, entities, annotate,
# annotations, export), their table and their messages.  Included from
# Makefile.am.
galley_SOURCES += \
	src/cli/commands.c src/cli/commands.h \
	src/cli/cmd_common.c \
	src/cli/cmd_clean.c src/cli/cmd_check.c src/cli/cmd_entities.c \
	src/cli/cmd_annotate.c src/cli/cmd_annotations.c src/cli/cmd_export.c \
	src/cli/output.c src/cli/output.h \
	src/cli/block_evidence_json.c src/cli/block_evidence_json.h \
	src/cli/cmd_copies.c src/cli/cmd_compare.c
