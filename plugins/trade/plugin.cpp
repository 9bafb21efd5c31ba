// The trade checker as a loadable plugin.
#include "trade_checker.hpp"

FACTCHECK_PLUGIN(factcheck::plugins::TradeChecker)
