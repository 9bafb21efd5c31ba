// Writes the HTML report of the hand-built sample Report (tests/unit/report/sample_report.cpp)
// to the file named by the first argument, for the browser test.
#include <fstream>
#include <iostream>

#include "report/html_report.hpp"
#include "sample_report.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: render_sample OUTPUT.html\n";
    return 2;
  }
  std::ofstream out(argv[1], std::ios::binary);
  out << factcheck::report::render_html(factcheck::report::testing::sample_report());
  out.close();
  if (!out) {
    std::cerr << "render_sample: cannot write " << argv[1] << "\n";
    return 1;
  }
  return 0;
}
