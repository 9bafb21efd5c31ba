// The indicator checker as a loadable plugin.
#include "indicator_checker.hpp"

FACTCHECK_PLUGIN(factcheck::plugins::IndicatorChecker)
