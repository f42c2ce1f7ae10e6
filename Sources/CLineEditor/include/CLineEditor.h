#ifndef VERBATIM_CLINEEDITOR_H
#define VERBATIM_CLINEEDITOR_H

#include <histedit.h>

/// An EditLine with its History, set up for Verbatim's prompt.
typedef struct VerbatimLineEditor VerbatimLineEditor;

/// The function called when Tab is pressed; returns a libedit CC_* code.
typedef unsigned char (*verbatim_complete_fn)(EditLine *, int);

/// Opens an editor on the standard streams with emacs bindings and a history of `history_size` lines.
VerbatimLineEditor *verbatim_editor_open(const char *program, int history_size);
void verbatim_editor_close(VerbatimLineEditor *editor);

/// Sets the prompt text shown before the next line (copied).
void verbatim_editor_set_prompt(VerbatimLineEditor *editor, const char *prompt);

/// Binds Tab to `complete`.
void verbatim_editor_set_completion(VerbatimLineEditor *editor, verbatim_complete_fn complete);

/// Reads one line; NULL at end of input or when interrupted. The buffer is libedit's: copy it.
const char *verbatim_editor_gets(VerbatimLineEditor *editor, int *count);

/// Adds a line to the history.
void verbatim_editor_remember(VerbatimLineEditor *editor, const char *line);
/// Calls `body` with each history entry, oldest first, and `context`.
void verbatim_editor_each_history_entry(VerbatimLineEditor *editor, void (*body)(const char *entry, void *context), void *context);
/// Loads or saves the history file; 0 on success.
int verbatim_editor_load_history(VerbatimLineEditor *editor, const char *path);
int verbatim_editor_save_history(VerbatimLineEditor *editor, const char *path);

/// Installs a SIGINT handler that records the interrupt instead of ending the process.
void verbatim_install_interrupt_handler(void);
/// Whether SIGINT arrived since the last call; clears the record.
int verbatim_take_interrupt(void);
/// Whether SIGINT arrived since the last take, without clearing it.
int verbatim_interrupt_pending(void);

/// Makes libedit and the C library read and write UTF-8; returns 0 when no UTF-8 locale exists.
int verbatim_use_utf8_locale(void);

/// The size of the terminal on `descriptor` in lines and columns; both 0 when it is not one
/// or does not say.
void verbatim_terminal_size(int descriptor, int *rows, int *columns);

#endif
