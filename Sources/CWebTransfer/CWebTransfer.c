#include "CWebTransfer.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>

/// libcurl's functions, found by name once it is opened.
static struct {
    CURLcode (*global_init)(long);
    CURL *(*easy_init)(void);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(CURLcode);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
    CURLM *(*multi_init)(void);
    CURLMcode (*multi_add_handle)(CURLM *, CURL *);
    CURLMcode (*multi_remove_handle)(CURLM *, CURL *);
    CURLMcode (*multi_cleanup)(CURLM *);
    CURLMcode (*multi_perform)(CURLM *, int *);
    CURLMcode (*multi_poll)(CURLM *, struct curl_waitfd *, unsigned int, int, int *);
    CURLMsg *(*multi_info_read)(CURLM *, int *);
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static const char *load_failure = "libcurl was not loaded";
static char missing_function[128];

static void load(void) {
    void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        load_failure = "libcurl (libcurl.so.4) is not installed";
        return;
    }
    struct { void **slot; const char *name; } functions[] = {
        {(void **)&curl.global_init, "curl_global_init"}, {(void **)&curl.easy_init, "curl_easy_init"},
        {(void **)&curl.easy_cleanup, "curl_easy_cleanup"}, {(void **)&curl.easy_strerror, "curl_easy_strerror"},
        {(void **)&curl.easy_setopt, "curl_easy_setopt"}, {(void **)&curl.easy_getinfo, "curl_easy_getinfo"},
        {(void **)&curl.multi_init, "curl_multi_init"}, {(void **)&curl.multi_add_handle, "curl_multi_add_handle"},
        {(void **)&curl.multi_remove_handle, "curl_multi_remove_handle"}, {(void **)&curl.multi_cleanup, "curl_multi_cleanup"},
        {(void **)&curl.multi_perform, "curl_multi_perform"}, {(void **)&curl.multi_poll, "curl_multi_poll"},
        {(void **)&curl.multi_info_read, "curl_multi_info_read"},
    };
    for (size_t index = 0; index < sizeof functions / sizeof functions[0]; index++) {
        *functions[index].slot = dlsym(library, functions[index].name);
        if (*functions[index].slot == NULL) {
            snprintf(missing_function, sizeof missing_function, "libcurl is too old (it has no %s)", functions[index].name);
            load_failure = missing_function;
            curl.easy_init = NULL;
            return;
        }
    }
    load_failure = NULL;
}

int verbatim_curl_load(const char **reason) {
    pthread_once(&load_once, load);
    if (reason != NULL) *reason = load_failure;
    return load_failure == NULL;
}

CURLcode verbatim_curl_global_init(long flags) { return curl.global_init(flags); }
CURL *verbatim_curl_easy_init(void) { return curl.easy_init(); }
void verbatim_curl_easy_cleanup(CURL *handle) { curl.easy_cleanup(handle); }
const char *verbatim_curl_easy_strerror(CURLcode code) { return curl.easy_strerror(code); }
CURLM *verbatim_curl_multi_init(void) { return curl.multi_init(); }
CURLMcode verbatim_curl_multi_add_handle(CURLM *multi, CURL *handle) { return curl.multi_add_handle(multi, handle); }
CURLMcode verbatim_curl_multi_remove_handle(CURLM *multi, CURL *handle) { return curl.multi_remove_handle(multi, handle); }
CURLMcode verbatim_curl_multi_cleanup(CURLM *multi) { return curl.multi_cleanup(multi); }
CURLMcode verbatim_curl_multi_perform(CURLM *multi, int *running) { return curl.multi_perform(multi, running); }
CURLMcode verbatim_curl_multi_poll(CURLM *multi, struct curl_waitfd *extra, unsigned int count, int timeout_ms, int *ready) {
    return curl.multi_poll(multi, extra, count, timeout_ms, ready);
}
CURLMsg *verbatim_curl_multi_info_read(CURLM *multi, int *left) { return curl.multi_info_read(multi, left); }

CURLcode verbatim_curl_set_long(CURL *handle, CURLoption option, long value) {
    return curl.easy_setopt(handle, option, value);
}

CURLcode verbatim_curl_set_pointer(CURL *handle, CURLoption option, const void *value) {
    return curl.easy_setopt(handle, option, value);
}

CURLcode verbatim_curl_set_data_function(CURL *handle, CURLoption option, verbatim_curl_data_fn function) {
    return curl.easy_setopt(handle, option, function);
}

CURLcode verbatim_curl_set_opensocket_function(CURL *handle, curl_opensocket_callback function) {
    return curl.easy_setopt(handle, CURLOPT_OPENSOCKETFUNCTION, function);
}

CURLcode verbatim_curl_get_string(CURL *handle, CURLINFO info, const char **value) {
    return curl.easy_getinfo(handle, info, value);
}
