// Catch2's main and runner, compiled once for every test program: it is the
// costliest file of the suite to compile.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
