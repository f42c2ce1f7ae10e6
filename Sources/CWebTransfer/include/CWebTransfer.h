#ifndef VERBATIM_CWEBTRANSFER_H
#define VERBATIM_CWEBTRANSFER_H

#include <curl/curl.h>

/// libcurl is opened (dlopen) at the first download, not linked: it brings some thirty
/// libraries (TLS, Kerberos, LDAP …) that every start of the program would otherwise load.
/// Loads it once (thread-safe); returns 1 when every function below can be called, 0 when
/// libcurl (libcurl.so.4) or one of its functions is missing, with the reason in `reason`.
int verbatim_curl_load(const char **reason);

/// A write or header callback: receives `size * count` bytes, returns how many it took
/// (fewer stops the transfer).
typedef size_t (*verbatim_curl_data_fn)(char *bytes, size_t size, size_t count, void *context);

/// libcurl's functions of these names, once `verbatim_curl_load` has succeeded.
CURLcode verbatim_curl_global_init(long flags);
CURL *verbatim_curl_easy_init(void);
void verbatim_curl_easy_cleanup(CURL *handle);
const char *verbatim_curl_easy_strerror(CURLcode code);
CURLM *verbatim_curl_multi_init(void);
CURLMcode verbatim_curl_multi_add_handle(CURLM *multi, CURL *handle);
CURLMcode verbatim_curl_multi_remove_handle(CURLM *multi, CURL *handle);
CURLMcode verbatim_curl_multi_cleanup(CURLM *multi);
CURLMcode verbatim_curl_multi_perform(CURLM *multi, int *running);
CURLMcode verbatim_curl_multi_poll(CURLM *multi, struct curl_waitfd *extra, unsigned int count, int timeout_ms, int *ready);
CURLMsg *verbatim_curl_multi_info_read(CURLM *multi, int *left);

/// curl_easy_setopt for options that take a long.
CURLcode verbatim_curl_set_long(CURL *handle, CURLoption option, long value);
/// curl_easy_setopt for options that take a string (copied by libcurl) or a pointer.
CURLcode verbatim_curl_set_pointer(CURL *handle, CURLoption option, const void *value);
/// curl_easy_setopt for CURLOPT_WRITEFUNCTION and CURLOPT_HEADERFUNCTION.
CURLcode verbatim_curl_set_data_function(CURL *handle, CURLoption option, verbatim_curl_data_fn function);
/// curl_easy_setopt for CURLOPT_OPENSOCKETFUNCTION.
CURLcode verbatim_curl_set_opensocket_function(CURL *handle, curl_opensocket_callback function);
/// curl_easy_getinfo for information that is a string (owned by libcurl).
CURLcode verbatim_curl_get_string(CURL *handle, CURLINFO info, const char **value);

#endif
