#ifndef VERBATIM_CWEBTRANSFER_H
#define VERBATIM_CWEBTRANSFER_H

#include <curl/curl.h>

/// A write or header callback: receives `size * count` bytes, returns how many it took
/// (fewer stops the transfer).
typedef size_t (*verbatim_curl_data_fn)(char *bytes, size_t size, size_t count, void *context);

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
