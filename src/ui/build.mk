# src/ui: the reader, the only place curses is used.  Included from
# Makefile.am.
galley_SOURCES += \
	src/ui/reader.c src/ui/reader.h src/ui/reader_int.h \
	src/ui/draw.c src/ui/keys.c src/ui/keys.h src/ui/analysis.c \
	src/ui/entities.c src/ui/annotations.c \
	src/ui/theme.c src/ui/theme.h \
	src/ui/theme_table.c src/ui/theme_table.h src/ui/theme_doc.c \
	src/ui/theme_detect.c src/ui/theme_detect.h \
	src/ui/theme_test.c src/ui/theme_test.h \
	src/ui/editor.c src/ui/editor_draw.c src/ui/editor.h \
	src/ui/paste.c src/ui/select.c src/ui/anno_edit.c \
	src/ui/excmd.c src/ui/excmd.h
