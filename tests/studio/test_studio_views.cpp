// Respondents, the compare view, the plugins dialog, and what makes the app usable by everyone.
#include "studio_harness.h"

#include "answer_form.h"
#include "chart_view.h"
#include "compare_window.h"
#include "main_window.h"
#include "navigator.h"
#include "new_assessment_dialog.h"
#include "plugins_dialog.h"
#include "respondent_dialog.h"

#include <spectrum/io.h>
#include <spectrum/reports/compare_charts.h>

#include <catch2/catch.hpp>

#include <algorithm>

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTableWidget>

using namespace spectrum;
using namespace spectrum::studio;
using namespace spectrum::studio::testing;

TEST_CASE("studio: respondents are added, edited and removed through the list", "[studio]") {
  Scratch scratch;
  ScriptedPrompts prompts;
  MainWindow window(built_registry(), &prompts);
  REQUIRE(window.open_file(scratch.copy(fixture("two_partners.json"), "vale.json")));
  QListWidget* list = window.navigator()->respondent_list();
  REQUIRE(list->count() == 2);

  model::Respondent added;
  added.organisation = "Fixture Vale Homes";
  added.sector = Sector::housing;
  added.role = "front_line";
  prompts.respondents.push_back(added);
  window.navigator()->add_respondent();
  REQUIRE(list->count() == 3);
  const model::Respondent& third = window.document().assessment().respondents[2];
  CHECK(third.id == "r3");
  CHECK(third.sector == Sector::housing);
  CHECK(third.answers.at("digital").size() == 14);  // an empty sheet for every questionnaire
  CHECK(window.navigator()->respondent() == 2);
  CHECK(list->item(2)->text().contains(QStringLiteral("0% answered")));

  model::Respondent renamed = third;
  renamed.organisation = "Vale Housing Association";
  prompts.respondents.push_back(renamed);
  window.navigator()->edit_respondent();
  CHECK(window.document().assessment().respondents[2].organisation == "Vale Housing Association");
  CHECK(list->item(2)->text().startsWith(QStringLiteral("Vale Housing Association")));

  prompts.removals.push_back(false);  // asked, and said no
  window.navigator()->select(0, "digital");
  window.navigator()->remove_respondent();
  CHECK(list->count() == 3);
  prompts.removals.push_back(true);
  window.navigator()->remove_respondent();
  CHECK(list->count() == 2);
  CHECK(window.document().assessment().respondents[0].id == "r2");
  CHECK(window.isWindowModified());
}

TEST_CASE(
    "studio: the compare view overlays the profiles and tabulates them with the comparison model and "
    "the comparison report's radar and palette",
    "[studio]") {
  Scratch scratch;
  ScriptedPrompts prompts;
  const QString first = scratch.copy(fixture("two_partners.json"), "vale.json");
  nlohmann::json other = parse_json(read_file(first.toStdString()), "vale.json");
  other["area"]["name"] = "Other Vale";
  other["area"]["code"] = "E99000003";
  other["respondents"][1]["answers"]["digital"]["DG01"] = "single_framework";
  const QString second = scratch.path("other.json");
  write_file_atomic(second.toStdString(), other.dump());

  CompareWindow compare(built_registry(), prompts);
  CHECK(compare.add_files({first, second}) == 2);
  REQUIRE(compare.comparison());
  const Comparison& c = *compare.comparison();
  CHECK(c.areas.size() == 2);
  CHECK(c.columns.back().id == kOverallColumn);
  CHECK(compare.table()->rowCount() == 2);
  CHECK(compare.table()->columnCount() == static_cast<int>(c.columns.size()));
  CHECK(compare.problem().isEmpty());
  // The radar carries a key line per profile below the chart model's own radar.
  const reports::Scene& scene = compare.radar()->scene();
  int keyed = 0;
  for (const reports::Shape& s : scene.shapes)
    if (s.kind == reports::Shape::Kind::text &&
        (s.text.find("Fixture Vale") == 0 || s.text.find("Other Vale") == 0))
      ++keyed;
  CHECK(keyed == 2);
  // Each profile's polygon and table row are in its colour of the comparison report's palette.
  for (int a = 0; a < 2; ++a) {
    const std::string& colour = reports::kHighlightPalette[static_cast<std::size_t>(a)];
    CHECK(compare.table()->item(a, 0)->foreground().color() == QColor(QString::fromStdString(colour)));
    CHECK(std::any_of(scene.shapes.begin(), scene.shapes.end(), [&](const reports::Shape& s) {
      return (s.kind == reports::Shape::Kind::polygon || s.kind == reports::Shape::Kind::polyline) &&
             s.stroke == colour;
    }));
  }

  CHECK(compare.add_files({scratch.path("missing.json")}) == 0);
  CHECK(prompts.errors.size() == 1);
}

TEST_CASE("studio: the plugins dialog lists the loaded plugins and the broken ones with their reasons",
          "[studio]") {
  Scratch scratch;
  QFile junk(scratch.path("junk.so"));
  REQUIRE(junk.open(QIODevice::WriteOnly));
  junk.write("not a shared library");
  junk.close();
  SearchPaths paths;
  paths.use_environment = false;
  paths.use_default = false;
  paths.plugin_dirs.emplace_back(scratch.path({}).toStdString());
  paths.plugin_dirs.emplace_back(SPECTRUM_PLUGIN_OUTPUT_DIR);
  paths.questionnaire_dirs.emplace_back(SPECTRUM_QUESTIONNAIRE_OUTPUT_DIR);
  const Registry registry = Registry::load(paths);
  REQUIRE(registry.broken_plugins().size() == 1);

  PluginsDialog dialog(registry);
  CHECK(dialog.loaded_table()->rowCount() == static_cast<int>(registry.plugins().size()));
  CHECK(dialog.loaded_table()->rowCount() >= 2);
  REQUIRE(dialog.broken_table()->rowCount() == 1);
  CHECK(dialog.broken_table()->item(0, 1)->text() == QStringLiteral("junk.so"));
  CHECK(dialog.broken_table()->item(0, 2)->text().contains(QStringLiteral("junk.so")));
}

namespace {

// Counts the controls under root, and checks that each has an accessible name.
int check_accessible_names(QWidget* root) {
  int controls = 0;
  for (QWidget* w : root->findChildren<QWidget*>()) {
    const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) ||
                         qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QLineEdit*>(w) ||
                         qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QListWidget*>(w) ||
                         qobject_cast<QTableWidget*>(w);
    // Qt's own parts (a spin box's or combo box's line edit, the menu bar's overflow button, a
    // table's corner button) are named by Qt.
    const bool qt_part =
        w->objectName().startsWith(QStringLiteral("qt_")) || qobject_cast<QLineEdit*>(w->parentWidget()) ||
        qobject_cast<QAbstractSpinBox*>(w->parentWidget()) || qobject_cast<QComboBox*>(w->parentWidget()) ||
        qobject_cast<QTableWidget*>(w->parentWidget());
    if (!control || qt_part) continue;
    ++controls;
    INFO(root->metaObject()->className()
         << ": " << w->metaObject()->className() << " " << w->objectName().toStdString());
    CHECK_FALSE(w->accessibleName().isEmpty());
  }
  return controls;
}

}  // namespace

TEST_CASE("studio: every control has an accessible name and every menu a mnemonic", "[studio]") {
  Scratch scratch;
  ScriptedPrompts prompts;
  MainWindow window(built_registry(), &prompts);
  REQUIRE(window.open_file(scratch.copy(fixture("two_partners.json"), "vale.json")));
  for (const char* questionnaire : {"leadership", "digital"}) {
    window.navigator()->select(0, questionnaire);
    CHECK(check_accessible_names(&window) > 50);
  }
  for (QAction* menu : window.menuBar()->actions()) {
    INFO(menu->text().toStdString());
    CHECK(menu->text().contains(QLatin1Char('&')));
  }

  NewAssessmentDialog new_dialog(built_registry().questionnaires());
  CHECK(check_accessible_names(&new_dialog) >= 7);
  RespondentDialog respondent_dialog(window.document().assessment().respondents[0]);
  CHECK(check_accessible_names(&respondent_dialog) >= 5);
  PluginsDialog plugins_dialog(built_registry());
  CHECK(check_accessible_names(&plugins_dialog) >= 2);
  CompareWindow compare(built_registry(), prompts);
  compare.add_files({fixture("two_partners.json")});
  CHECK(check_accessible_names(&compare) >= 5);
}
