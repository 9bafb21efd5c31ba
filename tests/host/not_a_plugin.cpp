// A shared library with no factcheck entry points at all.
extern "C" __attribute__((visibility("default"))) int unrelated_function(int x) { return x + 1; }
