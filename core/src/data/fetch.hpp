// Fetching a data package over HTTPS for `factcheck datasets add URL` (libcurl), as a .tar.gz
// or .zip archive unpacked with libarchive, or as the files a datapackage.json names.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

#include "util/status.hpp"

namespace factcheck::data {

// True for an https:// or http:// address (http is refused by fetch_package with a reason).
bool is_url(const std::string& text);

struct FetchOptions {
  // PEM file of certificate authorities to trust instead of the system's.
  std::string ca_file;
  // Called as bytes arrive (total 0 when unknown); for a progress bar.
  std::function<void(std::uint64_t received, std::uint64_t total)> on_progress;
  // Archives larger than this are refused.
  std::uint64_t max_bytes = 2ULL << 30;
};

// Downloads `url` (https only) into `work_dir` and unpacks it there; *package_dir is the
// package inside (the archive's root, or its only top-level directory). A URL ending in
// /datapackage.json is a package published as files: the descriptor, then each resource's local
// path (and a Table Schema given as a path) and factcheck.binding.json, relative to it; a file
// the server does not have is left out, for validation to judge. unavailable when the
// host cannot be reached (offline), invalid_argument for a response or archive that is not a
// package (HTTP error, unsafe or unreadable archive).
Status fetch_package(const std::string& url, const std::filesystem::path& work_dir,
                     const FetchOptions& options, std::filesystem::path* package_dir);

}  // namespace factcheck::data
