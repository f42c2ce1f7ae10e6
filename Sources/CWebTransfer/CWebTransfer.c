#include "CWebTransfer.h"

CURLcode verbatim_curl_set_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

CURLcode verbatim_curl_set_pointer(CURL *handle, CURLoption option, const void *value) {
    return curl_easy_setopt(handle, option, value);
}

CURLcode verbatim_curl_set_data_function(CURL *handle, CURLoption option, verbatim_curl_data_fn function) {
    return curl_easy_setopt(handle, option, function);
}

CURLcode verbatim_curl_set_opensocket_function(CURL *handle, curl_opensocket_callback function) {
    return curl_easy_setopt(handle, CURLOPT_OPENSOCKETFUNCTION, function);
}

CURLcode verbatim_curl_get_string(CURL *handle, CURLINFO info, const char **value) {
    return curl_easy_getinfo(handle, info, value);
}
