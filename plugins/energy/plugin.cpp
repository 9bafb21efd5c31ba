// The energy checker as a loadable plugin.
#include "energy_checker.hpp"

FACTCHECK_PLUGIN(factcheck::plugins::EnergyChecker)
