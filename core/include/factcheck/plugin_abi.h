/* factcheck plugin ABI (contract).
 *
 * A checker plugin is a shared library exporting the `factcheck_plugin_*` functions below
 * with C linkage. Payloads are serialised protobuf messages of proto/factcheck/v1/plugin.proto;
 * no C++ object, exception or allocation crosses this boundary. Every entry point must
 * return normally (the C++ SDK in sdk.hpp catches everything).
 *
 * Versioning: the host loads a plugin only when the plugin's API major equals the host's
 * and the host's minor is at least the plugin's. Minor versions add entry points or
 * message fields; majors break them.
 *
 * History: 1.1 adds the optional `factcheck_plugin_route_check` entry point.
 */
#ifndef FACTCHECK_PLUGIN_ABI_H
#define FACTCHECK_PLUGIN_ABI_H

#include <stddef.h>
#include <stdint.h>

#define FACTCHECK_API_VERSION_MAJOR 1
#define FACTCHECK_API_VERSION_MINOR 1
#define FACTCHECK_API_VERSION_PATCH 0

#define FACTCHECK_STRINGIFY_IMPL(x) #x
#define FACTCHECK_STRINGIFY(x) FACTCHECK_STRINGIFY_IMPL(x)
#define FACTCHECK_API_VERSION_STRING               \
  FACTCHECK_STRINGIFY(FACTCHECK_API_VERSION_MAJOR) \
  "." FACTCHECK_STRINGIFY(FACTCHECK_API_VERSION_MINOR) "." FACTCHECK_STRINGIFY(FACTCHECK_API_VERSION_PATCH)

#ifdef __cplusplus
extern "C" {
#endif

/* Status codes returned by every entry point and host callback. */
typedef enum fc_status {
  FC_OK = 0,
  FC_ERROR = 1,            /* unexpected failure; the error sink says what */
  FC_INVALID_ARGUMENT = 2, /* malformed request bytes or config */
  FC_NOT_FOUND = 3,        /* e.g. an unknown dataset */
  FC_UNAVAILABLE = 4       /* the host cannot serve the call now */
} fc_status;

typedef enum fc_log_level {
  FC_LOG_TRACE = 0,
  FC_LOG_DEBUG = 1,
  FC_LOG_INFO = 2,
  FC_LOG_WARN = 3,
  FC_LOG_ERROR = 4
} fc_log_level;

/* A place to write bytes. The callee calls `write` zero or more times; the bytes are copied
 * before `write` returns, so the callee keeps ownership of its buffers. */
typedef struct fc_sink {
  void* ctx;
  void (*write)(void* ctx, const char* data, size_t len);
} fc_sink;

/* Services the host offers a plugin. Valid from create until destroy; callable from any
 * thread. `struct_size` lets later minors append members: check it before using them. */
typedef struct fc_host_api {
  uint32_t struct_size;
  void* ctx;
  void (*log)(void* ctx, int level, const char* message, size_t len);
  /* DatasetQuery bytes in, DatasetQueryResult bytes to `out`; error text to `err`. */
  int (*query_dataset)(void* ctx, const char* request, size_t len, const fc_sink* out, const fc_sink* err);
} fc_host_api;

/* "major.minor.patch" the plugin was built against; a static string. */
typedef const char* (*factcheck_plugin_api_version_fn)(void);
/* PluginInfo bytes to `out`. */
typedef int (*factcheck_plugin_info_fn)(const fc_sink* out, const fc_sink* err);
/* Creates an instance. `config_json` is the plugin's config (already validated by the host
 * against the declared schema), "{}" when none. On FC_OK, *state is the instance. */
typedef int (*factcheck_plugin_create_fn)(const fc_host_api* host, const char* config_json, size_t config_len,
                                          void** state, const fc_sink* err);
typedef void (*factcheck_plugin_destroy_fn)(void* state);
/* RouteRequest bytes in, RouteResponse bytes out. Must be thread-safe. */
typedef int (*factcheck_plugin_route_fn)(void* state, const char* request, size_t len, const fc_sink* out,
                                         const fc_sink* err);
/* CheckRequest bytes in, CheckResponse bytes out. Must be thread-safe. */
typedef int (*factcheck_plugin_check_fn)(void* state, const char* request, size_t len, const fc_sink* out,
                                         const fc_sink* err);
/* Since 1.1, optional: route and check in one call. CheckRequest bytes in; CheckResponse bytes
 * out with one result per claim the plugin covers, its `coverage` set to the score route would
 * have given (in (0, 1]), and no result for a claim it does not cover. A host that finds this
 * entry point calls it instead of route then check, so the claims cross the boundary and are
 * parsed once. Must be thread-safe. */
typedef int (*factcheck_plugin_route_check_fn)(void* state, const char* request, size_t len,
                                               const fc_sink* out, const fc_sink* err);

#define FACTCHECK_SYMBOL_API_VERSION "factcheck_plugin_api_version"
#define FACTCHECK_SYMBOL_INFO "factcheck_plugin_info"
#define FACTCHECK_SYMBOL_CREATE "factcheck_plugin_create"
#define FACTCHECK_SYMBOL_DESTROY "factcheck_plugin_destroy"
#define FACTCHECK_SYMBOL_ROUTE "factcheck_plugin_route"
#define FACTCHECK_SYMBOL_CHECK "factcheck_plugin_check"
#define FACTCHECK_SYMBOL_ROUTE_CHECK "factcheck_plugin_route_check"

#ifdef __cplusplus
}
#endif

#endif /* FACTCHECK_PLUGIN_ABI_H */
