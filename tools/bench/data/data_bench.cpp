// Dataset store benchmarks: loading the built-in packages, point lookups, and the memory a
// million bound rows take (synthetic package generated in a temporary directory).
#include <benchmark/benchmark.h>
#include <malloc.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "data/store.hpp"

namespace factcheck::data {
namespace {

std::shared_ptr<const DatasetStore> builtin_store() {
  static const auto store = [] {
    std::vector<DatasetLoadError> errors;
    return DatasetStore::load({FACTCHECK_DATASETS_DIR}, &errors);
  }();
  return store;
}

void BM_LoadBuiltins(benchmark::State& state) {
  size_t rows = 0;
  for (auto _ : state) {
    std::vector<DatasetLoadError> errors;
    const auto store = DatasetStore::load({FACTCHECK_DATASETS_DIR}, &errors);
    rows = store->row_count();
    benchmark::DoNotOptimize(store.get());
  }
  state.counters["bound_rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_LoadBuiltins)->Unit(benchmark::kMillisecond);

// The message form (CLI, tests): the answer encoded, then parsed.
void run_query(benchmark::State& state, const v1::DatasetQuery& query, int expected_rows) {
  const auto store = builtin_store();
  v1::DatasetQueryResult result;
  for (auto _ : state) {
    const auto status = store->query(query, &result);
    benchmark::DoNotOptimize(status);
  }
  if (expected_rows >= 0 && result.rows_size() != expected_rows) state.SkipWithError("unexpected row count");
}

// The host's form: wire bytes into a reused buffer, as the plugin query callback does.
void run_encoded_query(benchmark::State& state, const v1::DatasetQuery& query, int expected_rows) {
  const auto store = builtin_store();
  std::string bytes;
  for (auto _ : state) {
    const auto status = store->query_encoded(query, &bytes);
    benchmark::DoNotOptimize(status);
    benchmark::DoNotOptimize(bytes.data());
  }
  v1::DatasetQueryResult result;
  if (!result.ParseFromString(bytes) || (expected_rows >= 0 && result.rows_size() != expected_rows)) {
    state.SkipWithError("unexpected answer");
  }
  state.counters["answer_bytes"] = static_cast<double>(bytes.size());
}

v1::DatasetQuery point_query() {
  v1::DatasetQuery query;
  query.set_indicator("population");
  query.set_entity("IRQ");
  query.mutable_period()->set_label("2015");
  return query;
}

v1::DatasetQuery cue_query() {
  v1::DatasetQuery query;
  query.add_cue_words("peak demand");
  query.set_entity("IRQ");
  query.mutable_period()->set_label("2015");
  return query;
}

void BM_PointLookup(benchmark::State& state) { run_query(state, point_query(), 1); }
BENCHMARK(BM_PointLookup);

void BM_PointLookupEncoded(benchmark::State& state) { run_encoded_query(state, point_query(), 1); }
BENCHMARK(BM_PointLookupEncoded);

void BM_PointLookupByDates(benchmark::State& state) {
  v1::DatasetQuery query;
  query.set_indicator("gdp");
  query.set_entity("RUS");
  query.mutable_period()->set_start("2015-01-01");
  query.mutable_period()->set_end("2015-12-31");
  run_query(state, query, 1);
}
BENCHMARK(BM_PointLookupByDates);

void BM_LookupMiss(benchmark::State& state) {
  v1::DatasetQuery query;
  query.set_indicator("population");
  query.set_entity("IRQ");
  query.mutable_period()->set_label("1850");
  run_query(state, query, 0);
}
BENCHMARK(BM_LookupMiss);

void BM_CueWordLookup(benchmark::State& state) { run_query(state, cue_query(), -1); }
BENCHMARK(BM_CueWordLookup);

void BM_CueWordLookupEncoded(benchmark::State& state) { run_encoded_query(state, cue_query(), -1); }
BENCHMARK(BM_CueWordLookupEncoded);

void BM_ConcurrentPointLookup(benchmark::State& state) {
  v1::DatasetQuery query;
  query.set_indicator("trade_turnover");
  query.set_entity("RUS");
  query.set_counterpart("IRQ");
  query.mutable_period()->set_label("2015");
  run_query(state, query, 1);
}
BENCHMARK(BM_ConcurrentPointLookup)->Threads(2);

// A package of `rows` rows: 2,000 entities x rows/2,000 years, one indicator, no primary key.
std::filesystem::path synthetic_package(size_t rows) {
  const auto dir = std::filesystem::temp_directory_path() / ("factcheck-bench-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir / "data");
  std::ofstream(dir / "datapackage.json") << R"({"name": "synthetic", "version": "1",
    "resources": [{"name": "values", "path": "data/values.csv", "schema": {"fields": [
      {"name": "entity", "type": "string"}, {"name": "year", "type": "year"}, {"name": "value", "type": "number"}]}}]})";
  std::ofstream(dir / "factcheck.binding.json")
      << R"({"indicator": "synthetic", "measure": "value", "unit": "count", "entity": "entity", "period": "year"})";
  std::ofstream csv(dir / "data" / "values.csv");
  csv << "entity,year,value\n";
  const size_t entities = 2000;
  for (size_t i = 0; i < rows; ++i) {
    csv << 'E' << (i % entities) << ',' << (1000 + i / entities) << ',' << (i * 7 % 100003) << ".25\n";
  }
  return dir;
}

// Bytes allocated by malloc: small blocks plus mmap-ed large ones (the row vector).
size_t heap_in_use() {
  const auto info = mallinfo2();
  return info.uordblks + info.hblkhd;
}

void BM_LoadMillionRows(benchmark::State& state) {
  const size_t rows = static_cast<size_t>(state.range(0));
  const auto dir = synthetic_package(rows);
  double bytes = 0;
  for (auto _ : state) {
    const size_t before = heap_in_use();
    std::vector<DatasetLoadError> errors;
    const auto store = DatasetStore::load({dir}, &errors);
    bytes = static_cast<double>(heap_in_use() - before);
    if (store->row_count() != rows) state.SkipWithError("rows missing");
  }
  std::filesystem::remove_all(dir);
  state.counters["heap_MB_per_million_rows"] = bytes / 1e6 * (1e6 / static_cast<double>(rows));
  state.counters["bytes_per_row"] = bytes / static_cast<double>(rows);
  state.counters["rows_per_second"] =
      benchmark::Counter(static_cast<double>(rows), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_LoadMillionRows)->Arg(1000000)->Iterations(1)->Unit(benchmark::kMillisecond);

// Validation (no rows kept): the CSV streaming and Table Schema checks alone.
void BM_ValidateStream(benchmark::State& state) {
  const size_t rows = static_cast<size_t>(state.range(0));
  const auto dir = synthetic_package(rows);
  const auto bytes = std::filesystem::file_size(dir / "data" / "values.csv");
  for (auto _ : state) {
    std::vector<DatasetLoadError> errors;
    const auto info = load_package(dir, LoadOptions{}, nullptr, &errors);
    if (!info || info->row_count != rows) state.SkipWithError("validation failed");
  }
  std::filesystem::remove_all(dir);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes));
}
BENCHMARK(BM_ValidateStream)->Arg(2000000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace factcheck::data

BENCHMARK_MAIN();
