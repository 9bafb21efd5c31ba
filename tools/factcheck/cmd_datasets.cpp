// `factcheck datasets list|show|validate|query`: the reference datasets the store loads, their
// problems, and point lookups as plugins make them.
#include <fmt/format.h>
#include <google/protobuf/util/json_util.h>

#include <cmath>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "data/installed.hpp"
#include "data/package.hpp"
#include "data/store.hpp"
#include "data/vintage.hpp"
#include "datasets_index.hpp"
#include "datasets_install.hpp"
#include "util/install_paths.hpp"

namespace factcheck::cli {
namespace {

nlohmann::json to_json(const google::protobuf::Message& message) {
  std::string json;
  google::protobuf::util::JsonPrintOptions options;
  (void)google::protobuf::util::MessageToJsonString(message, &json, options);
  return nlohmann::json::parse(json);
}

nlohmann::json to_json(const std::vector<data::DatasetLoadError>& errors) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& error : errors) {
    out.push_back({{"package", error.package},
                   {"file", error.file},
                   {"line", error.line},
                   {"column", error.column},
                   {"message", error.message},
                   {"severity", error.warning ? "warning" : "error"}});
  }
  return out;
}

bool has_errors(const std::vector<data::DatasetLoadError>& errors) {
  return std::any_of(errors.begin(), errors.end(), [](const auto& error) { return !error.warning; });
}

void print_problems(const std::vector<data::DatasetLoadError>& errors, std::ostream& out,
                    bool with_warnings = true) {
  for (const auto& error : errors) {
    if (with_warnings || !error.warning) out << error.to_string() << "\n";
  }
}

std::string join(const google::protobuf::RepeatedPtrField<std::string>& items, const char* separator = ", ") {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
  return out.empty() ? "-" : out;
}

std::string format_value(double value) {
  if (std::isfinite(value) && std::fabs(value) < 1e15 && value == std::floor(value))
    return fmt::format("{:.0f}", value);
  return fmt::format("{}", value);
}

std::string or_dash(const std::string& text) { return text.empty() ? "-" : text; }

void add_format_option(CLI::App* command, const std::shared_ptr<std::string>& format) {
  command->add_option("--format", *format, "Output format")
      ->check(one_of({"text", "json"}))
      ->capture_default_str();
}

// Every vintage of every package on the search path (the user's data directory missing is
// not a problem: nothing was installed yet).
std::shared_ptr<const data::VintagedStores> load_stores(const GlobalOptions& globals,
                                                        std::vector<data::DatasetLoadError>* errors) {
  return data::VintagedStores::load(globals.dataset_search_dirs(), data::LoadOptions{}, errors,
                                    user_dataset_dir());
}

std::string format_bytes(std::uint64_t bytes) {
  if (bytes >= 1000 * 1000) return fmt::format("{:.1f} MB", static_cast<double>(bytes) / 1e6);
  return fmt::format("{:.1f} kB", static_cast<double>(bytes) / 1e3);
}

void run_list(const GlobalOptions& globals, const std::string& format, int& exit_code) {
  std::vector<data::DatasetLoadError> errors;
  const auto stores = load_stores(globals, &errors);
  const auto& datasets = stores->datasets();
  // Where each user-installed package came from (installed.json).
  std::vector<data::InstalledPackage> installed;
  const std::filesystem::path user_dir = user_dataset_dir();
  if (Status status = data::read_installed(user_dir, &installed); !status) {
    errors.push_back(
        {user_dir.string(), (user_dir / data::kInstalledManifest).string(), 0, 0, status.message(), false});
  }
  const auto origin_of = [&](const v1::DatasetInfo& info) {
    for (const auto& package : installed) {
      if ((user_dir / package.dir).lexically_normal() ==
          std::filesystem::path(info.path()).lexically_normal())
        return package.origin;
    }
    return std::string();
  };
  if (format == "json") {
    nlohmann::json out = {{"datasets", nlohmann::json::array()}, {"problems", to_json(errors)}};
    for (const auto& info : datasets) {
      auto entry = to_json(info);
      entry["sizeBytes"] = data::directory_bytes(info.path());
      if (const auto origin = origin_of(info); !origin.empty()) entry["installedFrom"] = origin;
      out["datasets"].push_back(std::move(entry));
    }
    std::cout << out.dump(2) << "\n";
  } else {
    for (const auto& info : datasets) {
      const auto origin = origin_of(info);
      std::cout << info.name() << " " << or_dash(info.version()) << "  vintage " << or_dash(info.vintage())
                << "  " << info.row_count() << " rows  " << format_bytes(data::directory_bytes(info.path()))
                << "  " << info.sha256().substr(0, 12) << "\n"
                << "  " << info.title() << "\n"
                << "  source:     " << join(info.sources(), "; ") << "\n"
                << "  licence:    " << join(info.licenses()) << "\n"
                << "  path:       " << info.path() << "\n";
      if (!origin.empty()) std::cout << "  added from: " << origin << "\n";
      std::cout << "  indicators: " << join(info.indicators()) << "\n";
    }
    if (datasets.empty()) std::cout << "no datasets loaded\n";
    print_problems(errors, std::cerr);
  }
  exit_code = kExitOk;
}

void run_show(const GlobalOptions& globals, const std::string& name, const std::string& format,
              int& exit_code) {
  std::vector<data::DatasetLoadError> errors;
  const auto store = load_stores(globals, &errors)->newest();
  const auto datasets = store->datasets();
  const auto info =
      std::find_if(datasets.begin(), datasets.end(), [&](const auto& d) { return d.name() == name; });
  if (info == datasets.end()) {
    std::cerr << "no dataset named '" << name << "' loaded";
    std::cerr << (datasets.empty() ? "" : " (run `factcheck datasets list`)") << "\n";
    print_problems(errors, std::cerr, false);
    exit_code = kExitUsage;
    return;
  }
  std::vector<data::IndicatorInfo> indicators;
  for (const auto& [dataset, indicator] : store->indicators()) {
    if (dataset == name) indicators.push_back(indicator);
  }
  if (format == "json") {
    nlohmann::json out = to_json(*info);
    out["indicatorDetails"] = nlohmann::json::array();
    for (const auto& indicator : indicators) {
      out["indicatorDetails"].push_back({{"name", indicator.name},
                                         {"description", indicator.description},
                                         {"unit", indicator.unit},
                                         {"cueWords", indicator.cue_words},
                                         {"symmetric", indicator.symmetric}});
    }
    std::cout << out.dump(2) << "\n";
  } else {
    std::cout << info->name() << " " << or_dash(info->version()) << "\n"
              << "  title:    " << info->title() << "\n"
              << "  vintage:  " << or_dash(info->vintage()) << "\n"
              << "  path:     " << info->path() << "\n"
              << "  sha256:   " << info->sha256() << "\n"
              << "  rows:     " << info->row_count() << "\n"
              << "  licenses: " << join(info->licenses()) << "\n"
              << "  sources:\n";
    for (const auto& source : info->sources()) std::cout << "    " << source << "\n";
    std::cout << "  indicators:" << (indicators.empty() ? " none (no binding: reference table only)" : "")
              << "\n";
    for (const auto& indicator : indicators) {
      std::string cues;
      for (const auto& cue : indicator.cue_words) cues += (cues.empty() ? "" : ", ") + cue;
      std::cout << "    " << indicator.name << " [" << or_dash(indicator.unit) << "]"
                << (indicator.symmetric ? " (symmetric)" : "") << "\n"
                << "      " << indicator.description << "\n"
                << "      cue words: " << or_dash(cues) << "\n";
    }
  }
  exit_code = kExitOk;
}

// The visible subdirectories of `dir` that hold no descriptor, sorted.
std::vector<std::filesystem::path> not_packages(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> out;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    const auto name = entry.path().filename().string();
    if (entry.is_directory(error) && !name.starts_with(".") && !data::find_descriptor(entry.path()))
      out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

void run_validate(const std::vector<std::string>& paths,
                  const std::vector<std::filesystem::path>& search_dirs, std::uint64_t max_bytes,
                  const std::string& format, int& exit_code) {
  data::LoadOptions options;
  options.max_resource_bytes = max_bytes;
  options.country_names = data::country_names_in(search_dirs);
  std::vector<data::DatasetLoadError> problems;
  nlohmann::json packages = nlohmann::json::array();
  size_t valid = 0;
  size_t invalid = 0;
  for (const auto& path : paths) {
    const auto found = data::find_packages(path);
    if (found.empty()) {
      problems.push_back(
          {path, path, 0, 0, "no data package here (no datapackage.json, .yml or .yaml)", false});
      ++invalid;
    } else if (!data::find_descriptor(path)) {
      // A folder of packages: a subfolder that is not one is said, not skipped silently.
      for (const auto& sub : not_packages(path)) {
        problems.push_back({sub.filename().string(), sub.string(), 0, 0,
                            "not a data package (no datapackage.json, .yml or .yaml): skipped", true});
      }
    }
    for (const auto& dir : found) {
      const size_t before = problems.size();
      const auto info = data::load_package(dir, options, nullptr, &problems);
      std::string vintage_problem;
      const auto identity = data::read_identity(dir, &vintage_problem);
      if (info && !identity) problems.push_back({info->name, dir.string(), 0, 0, vintage_problem, false});
      const bool ok = info.has_value() && identity.has_value();
      ok ? ++valid : ++invalid;
      nlohmann::json entry = {{"path", dir.string()}, {"ok", ok}, {"problems", problems.size() - before}};
      if (info) {
        entry["name"] = info->name;
        entry["version"] = info->version;
        entry["sha256"] = info->sha256;
        entry["rows"] = info->row_count;
        if (identity) entry["vintage"] = identity->vintage;
      }
      packages.push_back(std::move(entry));
    }
  }
  if (format == "json") {
    std::cout << nlohmann::json{{"packages", packages}, {"problems", to_json(problems)}}.dump(2) << "\n";
  } else {
    print_problems(problems, std::cout);
    for (const auto& entry : packages) {
      std::cout << (entry["ok"].get<bool>() ? "ok      " : "INVALID ") << entry["path"].get<std::string>();
      if (entry.contains("rows"))
        std::cout << "  (" << entry["name"].get<std::string>() << ", " << entry["rows"] << " rows)";
      std::cout << "\n";
    }
    std::cout << valid << " valid, " << invalid << " invalid\n";
  }
  exit_code = invalid > 0 || has_errors(problems) ? kExitUsage : kExitOk;
}

void print_row(const v1::DatasetRow& row) {
  const auto& period = row.period();
  std::cout << row.indicator() << "  " << or_dash(row.entity()) << "  " << or_dash(row.counterpart()) << "  "
            << or_dash(period.label());
  if (!period.start().empty()) std::cout << " (" << period.start() << ".." << period.end() << ")";
  std::cout << "  = " << (row.has_value() ? format_value(row.value()) : or_dash(row.text_value())) << " "
            << row.unit() << "  [" << or_dash(row.qualifier()) << ", " << or_dash(row.value_kind())
            << ", confidence " << or_dash(row.confidence()) << "]\n"
            << "  dataset " << row.dataset() << " " << or_dash(row.dataset_version()) << " sha256 "
            << row.sha256().substr(0, 12) << "  row " << row.row_key() << "\n"
            << "  source  " << or_dash(row.source_name()) << " <" << or_dash(row.source_url())
            << "> retrieved " << or_dash(row.retrieved()) << "\n"
            << "  at      " << row.file() << ":" << row.line() << "\n";
  if (!row.notes().empty()) std::cout << "  notes   " << row.notes() << "\n";
}

struct QueryOptions {
  std::string indicator, entity, counterpart, period, dataset, format = "text";
  std::vector<std::string> cues;
  std::uint32_t limit = 0;
  bool exact_counterpart = false;
};

void run_query(const GlobalOptions& globals, const QueryOptions& options, int& exit_code) {
  std::vector<data::DatasetLoadError> errors;
  const auto store = load_stores(globals, &errors)->newest();
  print_problems(errors, std::cerr, false);
  v1::DatasetQuery query;
  query.set_indicator(options.indicator);
  query.set_entity(options.entity);
  query.set_counterpart(options.counterpart);
  query.set_dataset(options.dataset);
  query.mutable_period()->set_label(options.period);
  for (const auto& cue : options.cues) query.add_cue_words(cue);
  query.set_limit(options.limit);
  query.set_exact_counterpart(options.exact_counterpart);
  v1::DatasetQueryResult result;
  if (const auto status = store->query(query, &result); !status) {
    std::cerr << "invalid query: " << status.message() << "\n";
    exit_code = kExitUsage;
    return;
  }
  if (options.format == "json") {
    std::cout << to_json(result).dump(2) << "\n";
  } else {
    for (const auto& match : result.indicators()) {
      std::cout << "indicator " << match.dataset() << "/" << match.indicator() << " ["
                << or_dash(match.unit()) << "] score " << fmt::format("{:.2f}", match.score())
                << " (cue words: " << join(match.matched_cue_words()) << ")\n";
    }
    for (const auto& row : result.rows()) print_row(row);
    std::cout << result.rows_size() << (result.rows_size() == 1 ? " row" : " rows") << "\n";
  }
  exit_code = kExitOk;
}

void add_datasets_command(CLI::App& app, const GlobalOptions& globals, int& exit_code) {
  auto* datasets = app.add_subcommand("datasets", "Inspect, validate and query reference datasets");
  datasets->require_subcommand(1);

  auto* list = datasets->add_subcommand(
      "list", "List the dataset packages (every vintage) with source, licence, vintage, rows, size and hash");
  auto list_format = std::make_shared<std::string>("text");
  add_format_option(list, list_format);
  list->callback([&globals, &exit_code, list_format] { run_list(globals, *list_format, exit_code); });

  auto* show = datasets->add_subcommand(
      "show", "Show one package: metadata, licences, sources, indicators and cue words");
  auto show_name = std::make_shared<std::string>();
  auto show_format = std::make_shared<std::string>("text");
  show->add_option("name", *show_name, "Package name (as in `datasets list`)")->required();
  add_format_option(show, show_format);
  show->callback([&globals, &exit_code, show_name, show_format] {
    run_show(globals, *show_name, *show_format, exit_code);
  });

  auto* validate = datasets->add_subcommand(
      "validate",
      "Check data packages (a package directory or a directory of packages); exit 2 on any error");
  auto paths = std::make_shared<std::vector<std::string>>();
  auto max_bytes = std::make_shared<std::uint64_t>(data::LoadOptions{}.max_resource_bytes);
  auto validate_format = std::make_shared<std::string>("text");
  validate->add_option("path", *paths, "Package directory, or a directory holding packages")->required();
  validate->add_option("--max-resource-bytes", *max_bytes, "Refuse resource files larger than this")
      ->capture_default_str();
  add_format_option(validate, validate_format);
  validate->callback([paths, max_bytes, validate_format, &globals, &exit_code] {
    run_validate(*paths, globals.dataset_search_dirs(), *max_bytes, *validate_format, exit_code);
  });

  auto* query = datasets->add_subcommand("query", "Look up rows as a checker plugin does");
  auto options = std::make_shared<QueryOptions>();
  query->add_option("--indicator", options->indicator, "Indicator name, e.g. population");
  query->add_option("--entity", options->entity, "Entity id, e.g. IRQ");
  query->add_option("--counterpart", options->counterpart, "Counterpart id, e.g. RUS");
  query->add_option("--period", options->period,
                    "Claim period: 2015, 2015-08, summer-2015, 2015-09-30/2016-02-11");
  query->add_option("--cue", options->cues, "Cue word (repeatable); used when --indicator is not given");
  query->add_option("--dataset", options->dataset, "Only this package");
  query->add_option("--limit", options->limit, "Maximum rows (0 = default)");
  query->add_flag("--exact-counterpart", options->exact_counterpart,
                  "An empty --counterpart matches only rows without one");
  query->add_option("--format", options->format, "Output format")
      ->check(one_of({"text", "json"}))
      ->capture_default_str();
  query->callback([&globals, &exit_code, options] { run_query(globals, *options, exit_code); });

  add_install_commands(datasets, exit_code);
  add_index_command(datasets, globals, exit_code);
}

const CommandRegistration kRegistration(40, &add_datasets_command);

}  // namespace
}  // namespace factcheck::cli
