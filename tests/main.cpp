// The tests' main. With SPECTRUM_TEST_NUMERIC_LOCALE set (ctest's "de_DE:" tests), it first does what a
// Qt application does at start-up, creating the QGuiApplication, and then sets the whole C locale,
// LC_NUMERIC included, to that locale: the harshest case, where printf would write "2,50". Every
// number Spectrum writes must still have a decimal point.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef SPECTRUM_TEST_HAVE_REPORTS
#include <spectrum/reports/gui_application.h>
#endif

#include <clocale>
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
  if (const char* locale = std::getenv("SPECTRUM_TEST_NUMERIC_LOCALE");
      locale != nullptr && *locale != '\0') {
#ifdef SPECTRUM_TEST_HAVE_REPORTS
    spectrum::reports::ensure_gui_application();
#endif
    if (std::setlocale(LC_ALL, locale) == nullptr) {
      std::fprintf(stderr,
                   "spectrum_tests: the locale %s is not installed (scripts/install-deps.sh generates it)\n",
                   locale);
      return 1;
    }
  }
  return Catch::Session().run(argc, argv);
}
