# Start-up: the reader's options and paths, what it says of those it
# could not use, and what it marks read before a key.
CLI_TESTS += tests/cli/start-options.sh
TUI_TESTS += tests/tui/start-paths.sh
EXTRA_DIST += mk/startup.mk
TUI_TESTS += tests/tui/start-read.sh
