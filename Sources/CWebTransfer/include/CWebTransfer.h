#ifndef VERBATIM_CWEBTRANSFER_H
#define VERBATIM_CWEBTRANSFER_H

#include <curl/curl.h>

/// A write or header callback: receives `size * count` bytes, returns how many it took
/// (fewer stops the transfer).
typedef size_t (*verbatim_curl_data_fn)(char *bytes, size_t size, size_t count, void *context);
/// A callback run on each connection before its request is sent, with the address connected
/// to; returns CURL_PREREQFUNC_OK or CURL_PREREQFUNC_ABORT.
typedef int (*verbatim_curl_prereq_fn)(void *context, char *remote_ip, char *local_ip, int remote_port, int local_port);

/// curl_easy_setopt for options that take a long.
CURLcode verbatim_curl_set_long(CURL *handle, CURLoption option, long value);
/// curl_easy_setopt for options that take a string (copied by libcurl) or a pointer.
CURLcode verbatim_curl_set_pointer(CURL *handle, CURLoption option, const void *value);
/// curl_easy_setopt for CURLOPT_WRITEFUNCTION and CURLOPT_HEADERFUNCTION.
CURLcode verbatim_curl_set_data_function(CURL *handle, CURLoption option, verbatim_curl_data_fn function);
/// curl_easy_setopt for CURLOPT_PREREQFUNCTION.
CURLcode verbatim_curl_set_prereq_function(CURL *handle, verbatim_curl_prereq_fn function);
/// curl_easy_getinfo for information that is a long.
CURLcode verbatim_curl_get_long(CURL *handle, CURLINFO info, long *value);
/// curl_easy_getinfo for information that is a string (owned by libcurl).
CURLcode verbatim_curl_get_string(CURL *handle, CURLINFO info, const char **value);

#endif
