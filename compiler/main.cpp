// The schemac command-line driver: all behaviour lives in the library so it can be tested.
#include "schemac/cli.hpp"

int main(int argc, char** argv) { return schemac::run_cli(argc, argv); }
