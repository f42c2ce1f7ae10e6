#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE
#include "CLineEditor.h"

#include <langinfo.h>
#include <locale.h>
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>

struct VerbatimLineEditor {
    EditLine *el;
    History *history;
    char *prompt;
};

static char *prompt_of(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    VerbatimLineEditor *editor = data;
    return editor && editor->prompt ? editor->prompt : "";
}

static volatile sig_atomic_t resized = 0;
static volatile sig_atomic_t interrupted = 0;

static void record_resize(int signo) {
    (void)signo;
    resized = 1;
}

/* SIGWINCH only sets a flag; SA_RESTART keeps it from breaking the reads and writes of a
   running command. The key reader below waits in poll(), which a signal always interrupts,
   and resizes the editor there, outside the handler. */
static void install_resize_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = record_resize;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGWINCH, &action, NULL);
}

/* The columns `text` (at most `length` bytes of it) takes on the terminal. */
static int text_columns(const char *text, size_t length) {
    mbstate_t state;
    memset(&state, 0, sizeof state);
    int columns = 0;
    size_t at = 0;
    while (at < length) {
        wchar_t character;
        size_t size = mbrtowc(&character, text + at, length - at, &state);
        if (size == 0 || size == (size_t)-1 || size == (size_t)-2) {
            memset(&state, 0, sizeof state);
            at += 1;
            columns += 1;
            continue;
        }
        int width = wcwidth(character);
        columns += width > 0 ? width : 0;
        at += size;
    }
    return columns;
}

/* Draws the line being typed again after the terminal changed size: back to the row where
   the prompt starts (terminals re-wrap what they show to the new width), clear from there,
   and let libedit draw the prompt and line for its new idea of the width. */
static void redraw_resized(EditLine *el) {
    int rows = 0, columns = 0;
    verbatim_terminal_size(fileno(stdout), &rows, &columns);
    const char *prompt = prompt_of(el);
    const LineInfo *line = el_line(el);
    int before = text_columns(prompt, strlen(prompt));
    if (line) before += text_columns(line->buffer, (size_t)(line->cursor - line->buffer));
    int up = columns > 0 ? before / columns : 0;
    if (up > 0) fprintf(stdout, "\x1b[%dA", up);
    fputs("\r\x1b[J", stdout);
    fflush(stdout);
    el_resize(el);
    el_set(el, EL_REFRESH);
}

/* libedit's key reader, replaced so that a terminal resized while a line is being typed
   redraws the line at the new width at once. Reads one character of the locale's encoding;
   1 with the character, 0 at end of input, -1 when interrupted or on an error. */
static int read_key(EditLine *el, wchar_t *key) {
    int descriptor = fileno(stdin);
    mbstate_t state;
    memset(&state, 0, sizeof state);
    for (;;) {
        if (resized) {
            resized = 0;
            redraw_resized(el);
        }
        struct pollfd wanted = { .fd = descriptor, .events = POLLIN };
        if (poll(&wanted, 1, -1) < 0) {
            if (errno == EINTR && !interrupted) continue;
            return -1;
        }
        char byte;
        ssize_t got = read(descriptor, &byte, 1);
        if (got == 0) return 0;
        if (got < 0) {
            if (errno == EINTR && !interrupted) continue;
            return -1;
        }
        size_t decoded = mbrtowc(key, &byte, 1, &state);
        if (decoded == (size_t)-2) continue;
        if (decoded == (size_t)-1) {
            /* Not the locale's encoding: drop the byte, as libedit does, and start afresh. */
            memset(&state, 0, sizeof state);
            continue;
        }
        return 1;
    }
}

VerbatimLineEditor *verbatim_editor_open(const char *program, int history_size) {
    VerbatimLineEditor *editor = calloc(1, sizeof *editor);
    if (!editor) return NULL;
    editor->el = el_init(program, stdin, stdout, stderr);
    editor->history = history_init();
    if (!editor->el || !editor->history) {
        verbatim_editor_close(editor);
        return NULL;
    }
    HistEvent event;
    history(editor->history, &event, H_SETSIZE, history_size);
    history(editor->history, &event, H_SETUNIQUE, 1);
    el_set(editor->el, EL_CLIENTDATA, editor);
    el_set(editor->el, EL_EDITOR, "emacs");
    el_set(editor->el, EL_HIST, history, editor->history);
    el_set(editor->el, EL_PROMPT, prompt_of);
    install_resize_handler();
    el_set(editor->el, EL_GETCFN, read_key);
    el_source(editor->el, NULL);
    return editor;
}

void verbatim_editor_close(VerbatimLineEditor *editor) {
    if (!editor) return;
    if (editor->el) el_end(editor->el);
    if (editor->history) history_end(editor->history);
    free(editor->prompt);
    free(editor);
}

void verbatim_editor_set_prompt(VerbatimLineEditor *editor, const char *prompt) {
    free(editor->prompt);
    editor->prompt = strdup(prompt);
}

void verbatim_editor_set_completion(VerbatimLineEditor *editor, verbatim_complete_fn complete) {
    el_set(editor->el, EL_ADDFN, "verbatim-complete", "Complete the word", complete);
    el_set(editor->el, EL_BIND, "^I", "verbatim-complete", NULL);
}

const char *verbatim_editor_gets(VerbatimLineEditor *editor, int *count) {
    return el_gets(editor->el, count);
}

void verbatim_editor_remember(VerbatimLineEditor *editor, const char *line) {
    HistEvent event;
    history(editor->history, &event, H_ENTER, line);
}

void verbatim_editor_each_history_entry(VerbatimLineEditor *editor, void (*body)(const char *entry, void *context), void *context) {
    HistEvent event;
    /* H_LAST is the oldest entry; H_PREV moves to newer ones. */
    for (int found = history(editor->history, &event, H_LAST); found >= 0;
         found = history(editor->history, &event, H_PREV)) {
        body(event.str, context);
    }
}

int verbatim_editor_load_history(VerbatimLineEditor *editor, const char *path) {
    HistEvent event;
    return history(editor->history, &event, H_LOAD, path) < 0 ? -1 : 0;
}

int verbatim_editor_save_history(VerbatimLineEditor *editor, const char *path) {
    HistEvent event;
    return history(editor->history, &event, H_SAVE, path) < 0 ? -1 : 0;
}

static void record_interrupt(int signo) {
    (void)signo;
    interrupted = 1;
}

void verbatim_install_interrupt_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = record_interrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; /* no SA_RESTART: a blocked read returns EINTR */
    sigaction(SIGINT, &action, NULL);
    /* A parent may have started us with SIGINT blocked; the signal mask survives exec. */
    sigset_t interrupt;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &interrupt, NULL);
}

int verbatim_take_interrupt(void) {
    int was = interrupted;
    interrupted = 0;
    return was;
}

int verbatim_interrupt_pending(void) {
    return interrupted;
}

static int codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0);
}

void verbatim_terminal_size(int descriptor, int *rows, int *columns) {
    struct winsize size;
    if (ioctl(descriptor, TIOCGWINSZ, &size) != 0) size.ws_row = size.ws_col = 0;
    *rows = size.ws_row;
    *columns = size.ws_col;
}

int verbatim_use_utf8_locale(void) {
    setlocale(LC_CTYPE, "");
    if (codeset_is_utf8()) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") && codeset_is_utf8()) return 1;
    return setlocale(LC_CTYPE, "en_US.UTF-8") && codeset_is_utf8();
}
