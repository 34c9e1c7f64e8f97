// Files: save and reopen, autosave and recovery, unsaved work on close, new assessments, reports.
#include "studio_harness.h"

#include "answer_form.h"
#include "autosave.h"
#include "main_window.h"
#include "navigator.h"
#include "recent_files.h"

#include <spectrum/io.h>

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace spectrum;
using namespace spectrum::studio;
using namespace spectrum::studio::testing;

namespace {

nlohmann::json file_json(const QString& path) {
  return parse_json(read_file(path.toStdString()), path.toStdString());
}

void choose_last_option(MainWindow& window, const char* item) {
  auto* combo = window.form()->findChild<QComboBox*>(QStringLiteral("%1/input").arg(item));
  REQUIRE(combo != nullptr);
  QTest::keyClick(combo, Qt::Key_End);
}

}  // namespace

TEST_CASE("studio: saving and reopening gives identical data", "[studio]") {
  Scratch scratch;
  ScriptedPrompts prompts;
  const QString original = scratch.copy(fixture("two_partners.json"), "vale.json");
  const QString copy = scratch.path("vale-copy.json");
  {
    MainWindow window(built_registry(), &prompts);
    REQUIRE(window.open_file(original));
    CHECK(window.windowTitle().startsWith(QStringLiteral("vale.json[*]")));
    CHECK_FALSE(window.isWindowModified());
    // Untouched, what is saved is what was loaded.
    prompts.files.push_back(copy);
    REQUIRE(window.save_as());
    CHECK(recent_files().value(0) == QFileInfo(copy).absoluteFilePath());
    CHECK(file_json(copy) ==
          to_json(load_assessment(original.toStdString(), built_registry().questionnaires())));
    CHECK(window.windowTitle().startsWith(QStringLiteral("vale-copy.json")));

    window.navigator()->select(1, "leadership");
    choose_last_option(window, "LD01");
    CHECK(window.isWindowModified());
    REQUIRE(window.save());
    CHECK_FALSE(window.isWindowModified());
  }
  MainWindow reopened(built_registry(), &prompts);
  REQUIRE(reopened.open_file(copy));
  CHECK(reopened.document().answer(1, "leadership", "LD01").choice == "single_leadership");
  nlohmann::json expected = file_json(original);
  expected["respondents"][1]["answers"]["leadership"]["LD01"] = "single_leadership";
  CHECK(to_json(reopened.document().assessment()) ==
        to_json(assessment_from_json(expected, "expected", built_registry().questionnaires())));
  CHECK(prompts.errors.isEmpty());
}

TEST_CASE("studio: the autosave appears and recovery works after a simulated crash", "[studio]") {
  Scratch scratch;
  const QString file = scratch.copy(fixture("two_partners.json"), "vale.json");
  const QString side = autosave_path(file);
  {
    ScriptedPrompts prompts;
    auto window = std::make_unique<MainWindow>(built_registry(), &prompts);
    REQUIRE(window->open_file(file));
    CHECK_FALSE(window->autosaver().write_now());  // nothing unsaved yet
    CHECK_FALSE(QFile::exists(side));

    window->navigator()->select(0, "digital");
    choose_last_option(*window, "DG13");
    window->autosaver().set_interval(std::chrono::milliseconds(50));
    REQUIRE(wait_until([&] { return QFile::exists(side); }));
    // Losing the focus writes it too, without waiting for the timer.
    window->autosaver().set_interval(std::chrono::milliseconds(kAutosaveInterval));
    REQUIRE(QFile::remove(side));
    choose_last_option(*window, "DG12");
    emit qApp->applicationStateChanged(Qt::ApplicationInactive);
    CHECK(QFile::exists(side));
    CHECK(file_json(side)["respondents"][0]["answers"]["digital"]["DG13"] == "manage_care");
    CHECK(file_json(file)["respondents"][0]["answers"]["digital"]["DG13"] == "shared_record");
    // The crash: the window goes without being closed, so nothing is saved and nothing cleaned up.
    window.reset();
  }
  REQUIRE(QFile::exists(side));
  ScriptedPrompts prompts;
  prompts.recover.push_back(true);
  MainWindow window(built_registry(), &prompts);
  REQUIRE(window.open_file(file));
  CHECK(prompts.questions == 1);
  CHECK(window.document().answer(0, "digital", "DG13").choice == "manage_care");
  CHECK(window.isWindowModified());
  CHECK(window.document().file_path() == file);

  REQUIRE(window.save());
  CHECK_FALSE(QFile::exists(side));  // a clean save removes it
  CHECK(file_json(file)["respondents"][0]["answers"]["digital"]["DG13"] == "manage_care");
}

TEST_CASE("studio: declining the autosave opens the saved file and drops the side file", "[studio]") {
  Scratch scratch;
  const QString file = scratch.copy(fixture("two_partners.json"), "vale.json");
  const QString side = autosave_path(file);
  nlohmann::json changed = file_json(file);
  changed["period"] = "2017/18";
  write_file_atomic(side.toStdString(), changed.dump());
  ScriptedPrompts prompts;
  prompts.recover.push_back(false);
  MainWindow window(built_registry(), &prompts);
  REQUIRE(window.open_file(file));
  CHECK(window.document().assessment().period == "2016/17");
  CHECK_FALSE(QFile::exists(side));
}

TEST_CASE("studio: closing with unsaved work asks first: cancel keeps it, discard drops the autosave",
          "[studio]") {
  Scratch scratch;
  const QString file = scratch.copy(fixture("two_partners.json"), "vale.json");
  ScriptedPrompts prompts;
  MainWindow window(built_registry(), &prompts);
  REQUIRE(window.open_file(file));
  window.show();
  window.navigator()->select(0, "leadership");
  window.form()->findChild<QAbstractButton*>(QStringLiteral("LD06/no"))->click();
  REQUIRE(window.autosaver().write_now());

  prompts.unsaved.push_back(UnsavedChoice::cancel);
  CHECK_FALSE(window.close());
  CHECK(window.isVisible());
  CHECK(window.isWindowModified());

  prompts.unsaved.push_back(UnsavedChoice::discard);
  CHECK(window.close());
  CHECK_FALSE(QFile::exists(autosave_path(file)));
  CHECK(file_json(file)["respondents"][0]["answers"]["leadership"]["LD06"] == true);
}

TEST_CASE("studio: a new assessment from the dialog's details can be answered and saved", "[studio]") {
  Scratch scratch;
  ScriptedPrompts prompts;
  MainWindow window(built_registry(), &prompts);
  NewAssessment details;
  details.area = {"Fenland Test", "E99000002", "hwb", "Fen STP"};
  details.period = "2017/18";
  details.questionnaires = {built_registry().questionnaire("leadership")};
  REQUIRE(details.questionnaires.front() != nullptr);
  prompts.new_assessments.push_back(details);
  REQUIRE(window.new_assessment());
  CHECK(window.windowTitle().startsWith(QStringLiteral("Untitled[*]")));
  CHECK(window.document().questionnaires().size() == 1);
  CHECK(window.form()->editor("LD01") != nullptr);

  const QString target = scratch.path("fenland.json");
  prompts.files.push_back(target);
  REQUIRE(window.save());
  model::Assessment saved = load_assessment(target.toStdString(), built_registry().questionnaires());
  CHECK(saved.area.name == "Fenland Test");
  CHECK(saved.area.footprint == "Fen STP");
  CHECK(saved.period == "2017/18");
  CHECK(saved.respondents.size() == 1);
  CHECK(saved.respondents[0].answers.count("leadership") == 1);
}

TEST_CASE("studio: export writes the HTML and PDF reports", "[studio]") {
  Scratch scratch;
  ScriptedPrompts prompts;
  MainWindow window(built_registry(), &prompts);
  REQUIRE(window.open_file(scratch.copy(fixture("two_partners.json"), "vale.json")));
  const QString html = scratch.path("vale.html");
  const QString pdf = scratch.path("vale.pdf");
  REQUIRE(window.export_report_to(html));
  REQUIRE(window.export_report_to(pdf));
  const std::string html_text = read_file(html.toStdString());
  CHECK(html_text.find("Fixture Vale") != std::string::npos);
  CHECK(html_text.find("<svg") != std::string::npos);
  CHECK(read_file(pdf.toStdString()).rfind("%PDF", 0) == 0);
  CHECK(prompts.errors.isEmpty());

  CHECK_FALSE(window.export_report_to(scratch.path("vale.docx")));
  CHECK_FALSE(QFile::exists(scratch.path("vale.docx")));
  REQUIRE(prompts.errors.size() == 1);
  CHECK(prompts.errors.front().contains(QStringLiteral(".html or .pdf")));
}

TEST_CASE("studio: a file that does not load is reported with its problems, and nothing changes",
          "[studio]") {
  Scratch scratch;
  ScriptedPrompts prompts;
  MainWindow window(built_registry(), &prompts);
  nlohmann::json broken = file_json(fixture("two_partners.json"));
  broken["respondents"][1]["sector"] = "NHS";
  const QString path = scratch.path("broken.json");
  write_file_atomic(path.toStdString(), broken.dump());
  CHECK_FALSE(window.open_file(path));
  REQUIRE(prompts.errors.size() == 1);
  CHECK(prompts.errors.front().contains(QStringLiteral("/respondents/1/sector")));
  CHECK(window.document().is_empty());
}

TEST_CASE("studio: a new assessment never saved is autosaved and offered back at the next start",
          "[studio]") {
  const QString side = autosave_path(QString());
  QFile::remove(side);
  NewAssessment details;
  details.area = {"Unsaved Test", "", "hwb", ""};
  details.period = "2016/17";
  details.questionnaires = {built_registry().questionnaire("digital")};
  {
    ScriptedPrompts prompts;
    auto window = std::make_unique<MainWindow>(built_registry(), &prompts);
    prompts.new_assessments.push_back(details);
    REQUIRE(window->new_assessment());
    window->navigator()->select(0, "digital");
    choose_last_option(*window, "DG01");
    REQUIRE(window->autosaver().write_now());
    window.reset();  // a crash before the first save
  }
  ScriptedPrompts prompts;
  prompts.recover.push_back(true);
  MainWindow window(built_registry(), &prompts);
  REQUIRE(window.offer_untitled_recovery());
  CHECK(window.document().assessment().area.name == "Unsaved Test");
  CHECK(window.document().answer(0, "digital", "DG01").choice == "single_framework");
  CHECK(window.document().file_path().isEmpty());
  Scratch scratch;
  prompts.files.push_back(scratch.path("unsaved.json"));
  REQUIRE(window.save());
  CHECK_FALSE(QFile::exists(side));
}
