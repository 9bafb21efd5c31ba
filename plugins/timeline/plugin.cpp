// The timeline checker as a loadable plugin.
#include "timeline_checker.hpp"

FACTCHECK_PLUGIN(factcheck::plugins::TimelineChecker)
