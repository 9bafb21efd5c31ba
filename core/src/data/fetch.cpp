#include "data/fetch.hpp"

#include <archive.h>
#include <archive_entry.h>
#include <curl/curl.h>

#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>

#include "data/package.hpp"

namespace factcheck::data {
namespace {

namespace fs = std::filesystem;

struct Download {
  std::ofstream* file;
  std::uint64_t received = 0;
  std::uint64_t max_bytes;
  const FetchOptions* options;
  bool too_large = false;
};

size_t write_body(char* data, size_t size, size_t count, void* user) {
  auto* download = static_cast<Download*>(user);
  const size_t bytes = size * count;
  download->received += bytes;
  if (download->received > download->max_bytes) {
    download->too_large = true;
    return 0;
  }
  download->file->write(data, static_cast<std::streamsize>(bytes));
  return *download->file ? bytes : 0;
}

int on_transfer(void* user, curl_off_t total, curl_off_t received, curl_off_t, curl_off_t) {
  const auto* download = static_cast<Download*>(user);
  if (download->options->on_progress)
    download->options->on_progress(static_cast<std::uint64_t>(received), static_cast<std::uint64_t>(total));
  return 0;
}

Status download(const std::string& url, const fs::path& file, const FetchOptions& options) {
  static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  if (!initialised) return Status::internal("libcurl could not be initialised");
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
  if (!curl) return Status::internal("libcurl could not be initialised");
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  if (!out) return Status::internal("cannot write " + file.string());
  Download state{&out, 0, options.max_bytes, &options};
  char error_text[CURL_ERROR_SIZE] = {};
  curl_easy_setopt(curl.get(), CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl.get(), CURLOPT_PROTOCOLS_STR, "https");
  curl_easy_setopt(curl.get(), CURLOPT_REDIR_PROTOCOLS_STR, "https");
  curl_easy_setopt(curl.get(), CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(curl.get(), CURLOPT_MAXREDIRS, 5L);
  curl_easy_setopt(curl.get(), CURLOPT_FAILONERROR, 1L);
  curl_easy_setopt(curl.get(), CURLOPT_CONNECTTIMEOUT, 20L);
  curl_easy_setopt(curl.get(), CURLOPT_LOW_SPEED_LIMIT, 1L);
  curl_easy_setopt(curl.get(), CURLOPT_LOW_SPEED_TIME, 60L);
  curl_easy_setopt(curl.get(), CURLOPT_ERRORBUFFER, error_text);
  curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, &write_body);
  curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &state);
  curl_easy_setopt(curl.get(), CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(curl.get(), CURLOPT_XFERINFOFUNCTION, &on_transfer);
  curl_easy_setopt(curl.get(), CURLOPT_XFERINFODATA, &state);
  curl_easy_setopt(curl.get(), CURLOPT_USERAGENT, "factcheck-datasets");
  if (!options.ca_file.empty()) curl_easy_setopt(curl.get(), CURLOPT_CAINFO, options.ca_file.c_str());
  const CURLcode code = curl_easy_perform(curl.get());
  out.close();
  if (code == CURLE_OK) return Status::ok();
  const std::string detail = error_text[0] != '\0' ? error_text : curl_easy_strerror(code);
  switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
      return Status::unavailable(
          "cannot reach " + url + ": " + detail +
          " (offline? nothing was installed; a package on disk can be added by its path)");
    case CURLE_WRITE_ERROR:
      if (state.too_large) {
        return Status::invalid_argument(url + " is larger than " + std::to_string(options.max_bytes) +
                                        " bytes");
      }
      return Status::internal("cannot write " + file.string());
    case CURLE_HTTP_RETURNED_ERROR: {
      long response = 0;
      curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &response);
      if (response == 404 || response == 410) return Status::not_found("cannot fetch " + url + ": " + detail);
      return Status::invalid_argument("cannot fetch " + url + ": " + detail);
    }
    default:
      return Status::invalid_argument("cannot fetch " + url + ": " + detail);
  }
}

// Unpacks `archive_file` into `into`, refusing absolute paths, ".." and links.
Status unpack(const fs::path& archive_file, const fs::path& into, const std::string& url) {
  std::unique_ptr<archive, decltype(&archive_read_free)> reader(archive_read_new(), &archive_read_free);
  archive_read_support_filter_all(reader.get());
  archive_read_support_format_tar(reader.get());
  archive_read_support_format_zip(reader.get());
  if (archive_read_open_filename(reader.get(), archive_file.c_str(), 1 << 16) != ARCHIVE_OK) {
    return Status::invalid_argument(
        url + " is not a .tar.gz or .zip archive: " + archive_error_string(reader.get()));
  }
  archive_entry* entry = nullptr;
  int status = ARCHIVE_OK;
  while ((status = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK) {
    const fs::path name = fs::path(archive_entry_pathname(entry)).lexically_normal();
    if (name.is_absolute() || name.empty() || *name.begin() == "..") {
      return Status::invalid_argument(url + ": unsafe path in the archive: " + name.string());
    }
    const auto type = archive_entry_filetype(entry);
    const fs::path target = into / name;
    std::error_code error;
    if (type == AE_IFDIR) {
      fs::create_directories(target, error);
      continue;
    }
    if (type != AE_IFREG)
      return Status::invalid_argument(url + ": the archive holds a link or device: " + name.string());
    fs::create_directories(target.parent_path(), error);
    std::ofstream out(target, std::ios::binary | std::ios::trunc);
    const void* block = nullptr;
    size_t size = 0;
    la_int64_t offset = 0;
    int read = ARCHIVE_OK;
    while ((read = archive_read_data_block(reader.get(), &block, &size, &offset)) == ARCHIVE_OK) {
      out.write(static_cast<const char*>(block), static_cast<std::streamsize>(size));
    }
    if (read != ARCHIVE_EOF || !out) {
      return Status::invalid_argument(
          url + ": cannot unpack " + name.string() + ": " +
          (read != ARCHIVE_EOF ? archive_error_string(reader.get()) : "write failed"));
    }
  }
  if (status != ARCHIVE_EOF) {
    return Status::invalid_argument(url + ": damaged archive: " + archive_error_string(reader.get()));
  }
  return Status::ok();
}

// The URL's path ends in a descriptor's name (datapackage.json), query and fragment aside.
bool names_descriptor(const std::string& url) {
  const std::string path = url.substr(0, url.find_first_of("?#"));
  return path.ends_with("/datapackage.json");
}

// Downloads `url` to `file`; a file the server does not have (404, 410) leaves no file and is
// not an error: the package's validation says whether it was needed.
Status download_if_present(const std::string& url, const fs::path& file, const FetchOptions& options) {
  std::error_code error;
  fs::create_directories(file.parent_path(), error);
  const Status status = download(url, file, options);
  if (status.code() == Status::Code::not_found) {
    fs::remove(file, error);
    return Status::ok();
  }
  return status;
}

// A package published as files: its datapackage.json at `url`, its resources' local paths and
// factcheck.binding.json relative to it, fetched into work_dir/package.
Status fetch_descriptor_files(const std::string& url, const fs::path& work_dir, const FetchOptions& options,
                              fs::path* package_dir) {
  const fs::path dir = work_dir / "package";
  std::error_code error;
  fs::create_directories(dir, error);
  if (Status status = download(url, dir / "datapackage.json", options); !status) return status;
  nlohmann::json descriptor;
  try {
    std::ifstream in(dir / "datapackage.json");
    descriptor = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& problem) {
    return Status::invalid_argument(url + " is not a JSON data package descriptor: " + problem.what());
  }
  const std::string base = url.substr(0, url.substr(0, url.find_first_of("?#")).rfind('/') + 1);
  std::vector<std::string> files;
  const auto add_path = [&](const nlohmann::json& path) {
    if (path.is_string() && !is_url(path.get<std::string>())) files.push_back(path.get<std::string>());
  };
  if (const auto resources = descriptor.find("resources");
      resources != descriptor.end() && resources->is_array()) {
    for (const auto& resource : *resources) {
      if (!resource.is_object()) continue;
      if (const auto path = resource.find("path"); path != resource.end()) {
        if (path->is_array()) {
          for (const auto& part : *path) add_path(part);
        } else {
          add_path(*path);
        }
      }
      if (const auto schema = resource.find("schema"); schema != resource.end()) add_path(*schema);
    }
  }
  for (const auto& file : files) {
    const fs::path relative = fs::path(file).lexically_normal();
    if (relative.is_absolute() || relative.empty() || *relative.begin() == "..") {
      return Status::invalid_argument(url + ": resource path '" + file + "' is outside the package");
    }
    if (Status status = download_if_present(base + file, dir / relative, options); !status) return status;
  }
  if (Status status =
          download_if_present(base + "factcheck.binding.json", dir / "factcheck.binding.json", options);
      !status)
    return status;
  *package_dir = dir;
  return Status::ok();
}

}  // namespace

bool is_url(const std::string& text) { return text.starts_with("https://") || text.starts_with("http://"); }

Status fetch_package(const std::string& url, const fs::path& work_dir, const FetchOptions& options,
                     fs::path* package_dir) {
  if (!url.starts_with("https://")) {
    return Status::invalid_argument("only https:// addresses are fetched (got " + url + ")");
  }
  if (names_descriptor(url)) return fetch_descriptor_files(url, work_dir, options, package_dir);
  const fs::path archive_file = work_dir / "download";
  if (Status status = download(url, archive_file, options); !status) return status;
  const fs::path unpacked = work_dir / "package";
  std::error_code error;
  fs::create_directories(unpacked, error);
  if (Status status = unpack(archive_file, unpacked, url); !status) return status;
  if (find_descriptor(unpacked)) {
    *package_dir = unpacked;
    return Status::ok();
  }
  std::vector<fs::path> top;
  for (const auto& entry : fs::directory_iterator(unpacked, error)) top.push_back(entry.path());
  if (top.size() == 1 && fs::is_directory(top.front()) && find_descriptor(top.front())) {
    *package_dir = top.front();
    return Status::ok();
  }
  return Status::invalid_argument(
      url + ": the archive holds no datapackage.json at its root or in its only folder");
}

}  // namespace factcheck::data
