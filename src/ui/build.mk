# src/ui: the reader, the only place curses is used.  Included from
# Makefile.am.  reader.c has the loop and the table of views; each view
# (a file of its own) exports its struct view_ops; actions.c runs the
# keys' actions, sending a view's own to it.
galley_SOURCES += \
	src/ui/reader.c src/ui/reader.h src/ui/reader_int.h \
	src/ui/actions.c src/ui/excmd.c src/ui/excmd.h \
	src/ui/keys.c src/ui/keys.h src/ui/theme.c src/ui/theme.h \
	src/ui/draw.c src/ui/status.c src/ui/list_view.c \
	src/ui/main_view.c src/ui/sources.c src/ui/pane.c \
	src/ui/help.c src/ui/hits.c src/ui/entities.c src/ui/annotations.c \
	src/ui/anno_review.c \
	src/ui/list_search.c \
	src/ui/analysis.c src/ui/anno_save.c src/ui/anno_edit.c \
	src/ui/reload.c \
	src/ui/theme_table.c src/ui/theme_table.h src/ui/theme_doc.c \
	src/ui/theme_detect.c src/ui/theme_detect.h \
	src/ui/theme_test.c src/ui/theme_test.h \
	src/ui/editor.c src/ui/editor_draw.c src/ui/editor.h \
	src/ui/paste.c src/ui/select.c src/ui/winch.c src/ui/winch.h \
	src/ui/suspend.c src/ui/suspend.h src/ui/signals.c src/ui/signals.h
galley_SOURCES += src/ui/keyseq.c src/ui/spelling.c
galley_SOURCES += src/ui/term_type.c src/ui/term_type.h
galley_SOURCES += src/ui/screen_end.c src/ui/screen_end.h \
	src/ui/term_modes.c src/ui/term_modes.h
galley_SOURCES += src/ui/story_list.c
galley_SOURCES += src/ui/resume.c
galley_SOURCES += src/ui/anno_outcome.c src/ui/note_rescue.c
galley_SOURCES += src/ui/yank.c src/ui/open_url.c
galley_SOURCES += src/ui/compare.c
galley_SOURCES += src/ui/gutter.c
galley_SOURCES += src/ui/travel_marks.c
galley_SOURCES += src/ui/dropped.c
galley_SOURCES += src/ui/keep_block.c
