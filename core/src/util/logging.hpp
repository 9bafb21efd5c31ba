// Logging setup: spdlog to stderr (results go to stdout), text or JSON lines.
#pragma once

#include <optional>
#include <string_view>

#include <spdlog/common.h>

namespace factcheck {

enum class LogFormat { text, json };

// Parses "trace|debug|info|warn|error|critical|off"; nullopt for anything else.
std::optional<spdlog::level::level_enum> parse_log_level(std::string_view name);

// Installs the default logger writing to stderr at the given level and format.
void setup_logging(spdlog::level::level_enum level, LogFormat format = LogFormat::text);

}  // namespace factcheck
