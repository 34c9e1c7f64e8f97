// Answering through the widgets: the live profile follows, relevance hides and shows items, and input
// an item cannot hold is refused at the widget.
#include "studio_harness.h"

#include "answer_form.h"
#include "chart_view.h"
#include "item_editor.h"
#include "main_window.h"
#include "navigator.h"
#include "profile_view.h"

#include <spectrum/io.h>

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QTest>

using namespace spectrum;
using namespace spectrum::studio;
using namespace spectrum::studio::testing;

namespace {

double domain_score(const MainWindow& window, const char* domain) {
  const auto& profile = const_cast<MainWindow&>(window).scorer().profile();
  REQUIRE(profile);
  const DomainProfile* d = profile->find(domain);
  REQUIRE(d != nullptr);
  REQUIRE(d->status == DomainProfile::Status::ok);
  return d->score;
}

template <typename W>
W* widget(const MainWindow& window, const QString& name) {
  W* found = window.form()->findChild<W*>(name);
  INFO("no widget " << name.toStdString());
  REQUIRE(found != nullptr);
  return found;
}

struct OpenedFixture {
  Scratch scratch;
  ScriptedPrompts prompts;
  MainWindow window{built_registry(), &prompts};
  OpenedFixture() {
    REQUIRE(window.open_file(scratch.copy(fixture("two_partners.json"), "vale.json")));
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(wait_until([&] { return !window.scorer().is_pending(); }));  // scored off the GUI thread
  }
};

}  // namespace

TEST_CASE("studio: changing answers through the widgets changes the live profile", "[studio]") {
  OpenedFixture f;
  MainWindow& window = f.window;
  window.navigator()->select(1, "digital");  // the council's digital answers, rated low
  const double before = domain_score(window, "digital");
  const QString overall_before = window.profile_view()->overall_text();

  // Move every choice to its last (most integrated) option by keyboard, and the scale to 5.
  for (const char* id : {"DG01", "DG03", "DG04", "DG10", "DG12", "DG13"}) {
    auto* combo = widget<QComboBox>(window, QStringLiteral("%1/input").arg(id));
    QTest::keyClick(combo, Qt::Key_End);
  }
  widget<QAbstractButton>(window, QStringLiteral("DG09/option/5"))->click();
  widget<QAbstractButton>(window, QStringLiteral("DG02/yes"))->click();

  CHECK(window.document().answer(1, "digital", "DG01").choice == "single_framework");
  CHECK(window.document().answer(1, "digital", "DG09").number == 5);
  CHECK(window.scorer().is_pending());  // debounced, not scored on every change
  REQUIRE(wait_until([&] { return !window.scorer().is_pending(); }));
  CHECK(domain_score(window, "digital") > before + 0.5);
  CHECK(window.profile_view()->overall_text() != overall_before);
  CHECK(window.profile_view()->bar_count() == 2);
  CHECK_FALSE(window.profile_view()->radar()->scene().shapes.empty());
  CHECK(window.isWindowModified());
}

TEST_CASE("studio: relevance hides an item until its condition holds", "[studio]") {
  OpenedFixture f;
  MainWindow& window = f.window;
  window.navigator()->select(1, "digital");  // DG06 (shared record in use) is "no" for the council
  ItemEditor* dg07 = window.form()->editor("DG07");
  REQUIRE(dg07 != nullptr);
  CHECK(dg07->isHidden());
  CHECK(window.form()->editor("DG08")->isHidden());
  CHECK_FALSE(window.form()->editor("DG06")->isHidden());

  widget<QAbstractButton>(window, QStringLiteral("DG06/yes"))->click();
  CHECK_FALSE(dg07->isHidden());
  CHECK_FALSE(window.form()->editor("DG08")->isHidden());

  widget<QAbstractButton>(window, QStringLiteral("DG06/no"))->click();
  CHECK(dg07->isHidden());

  // "Don't know" on the condition's item hides it too: the condition does not hold.
  widget<QAbstractButton>(window, QStringLiteral("DG06/dont_know"))->click();
  CHECK(window.document().answer(1, "digital", "DG06").state == model::AnswerValue::State::dont_know);
  CHECK(dg07->isHidden());
}

TEST_CASE("studio: a number outside its bounds is refused at the widget with a message, never saved",
          "[studio]") {
  OpenedFixture f;
  MainWindow& window = f.window;
  window.navigator()->select(1, "digital");
  auto* spin = widget<QDoubleSpinBox>(window, QStringLiteral("DG05/input"));
  ItemEditor* editor = window.form()->editor("DG05");
  CHECK(spin->suffix() == QStringLiteral(" %"));
  CHECK(spin->maximum() == 100);
  CHECK(editor->message().isEmpty());

  spin->setFocus();
  spin->selectAll();
  QTest::keyClicks(spin, QStringLiteral("150"));  // the "0" that makes 150 is refused
  CHECK(editor->message().contains(QStringLiteral("above the maximum")));
  CHECK(editor->message().contains(QStringLiteral("from 0 to 100 %")));
  CHECK_FALSE(spin->text().contains(QStringLiteral("150")));
  CHECK(window.document().answer(1, "digital", "DG05").number == 10);  // nothing committed yet
  QTest::keyClick(spin, Qt::Key_Return);
  CHECK(window.document().answer(1, "digital", "DG05").number == 15);

  spin->selectAll();
  QTest::keyClicks(spin, QStringLiteral("45"));
  QTest::keyClick(spin, Qt::Key_Return);
  CHECK(window.document().answer(1, "digital", "DG05").number == 45);
  CHECK(editor->message().isEmpty());
}

TEST_CASE("studio: don't know, not applicable and evidence notes are kept with the answer", "[studio]") {
  OpenedFixture f;
  MainWindow& window = f.window;
  window.navigator()->select(0, "leadership");
  using State = model::AnswerValue::State;
  auto* na = widget<QAbstractButton>(window, QStringLiteral("LD07/not_applicable"));
  na->click();
  CHECK(window.document().answer(0, "leadership", "LD07").state == State::not_applicable);
  CHECK_FALSE(widget<QComboBox>(window, QStringLiteral("LD07/input"))->isEnabled());
  na->click();  // back to the value it had
  CHECK(window.document().answer(0, "leadership", "LD07").state == State::value);
  CHECK(window.document().answer(0, "leadership", "LD07").choice == "joint_committee");

  auto* evidence = widget<QLineEdit>(window, QStringLiteral("LD07/evidence"));
  evidence->setFocus();
  QTest::keyClicks(evidence, QStringLiteral("Terms of reference, 2016"));
  CHECK(window.document().answer(0, "leadership", "LD07").evidence == "Terms of reference, 2016");
  CHECK(window.form()->editor("LD09")->answer().evidence == "Partnership agreement, schedule 3");

  widget<QAbstractButton>(window, QStringLiteral("LD07/clear"))->click();
  CHECK(window.document().answer(0, "leadership", "LD07").state == State::missing);
}

TEST_CASE("studio: questions can be answered from the keyboard alone", "[studio]") {
  OpenedFixture f;
  MainWindow& window = f.window;
  window.navigator()->select(1, "digital");
  REQUIRE(window.form()->focus_first_item());
  CHECK(QApplication::focusWidget() == widget<QComboBox>(window, QStringLiteral("DG01/input")));

  // Arrow keys move along a scale, listed top to bottom (the council rated DG09 at 2).
  auto* point = widget<QAbstractButton>(window, QStringLiteral("DG09/option/2"));
  point->setFocus();
  QTest::keyClick(point, Qt::Key_Down);
  CHECK(window.document().answer(1, "digital", "DG09").number == 3);

  // Space ticks "don't know"; Down and Up choose in a combo box.
  auto* dont_know = widget<QAbstractButton>(window, QStringLiteral("DG10/dont_know"));
  QTest::keyClick(dont_know, Qt::Key_Space);
  CHECK(window.document().answer(1, "digital", "DG10").state == model::AnswerValue::State::dont_know);
  auto* combo = widget<QComboBox>(window, QStringLiteral("DG12/input"));
  QTest::keyClick(combo, Qt::Key_Down);
  CHECK(window.document().answer(1, "digital", "DG12").choice == "shared_dashboards");
}

TEST_CASE("studio: every example opens, scores every domain live and keeps its data on save", "[studio]") {
  const QDir examples(QStringLiteral(SPECTRUM_SOURCE_DIR "/examples"));
  const QStringList files = examples.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
  REQUIRE(files.size() >= 3);
  for (const QString& name : files) {
    INFO(name.toStdString());
    Scratch scratch;
    ScriptedPrompts prompts;
    MainWindow window(built_registry(), &prompts);
    const QString copy = scratch.copy(examples.filePath(name), name);
    REQUIRE(window.open_file(copy));
    REQUIRE(wait_until([&] { return !window.scorer().is_pending(); }));  // scored off the GUI thread
    const auto& profile = window.scorer().profile();
    REQUIRE(profile);
    CHECK(profile->domains.size() == window.document().questionnaires().size());
    for (const DomainProfile& d : profile->domains) CHECK(d.status == DomainProfile::Status::ok);
    CHECK(window.profile_view()->bar_count() == static_cast<int>(profile->domains.size()));
    CHECK(window.form()->editor(window.document().questionnaires().front()->items.front().id) != nullptr);
    REQUIRE(window.save());
    const std::string path = copy.toStdString();
    CHECK(parse_json(read_file(path), path) ==
          to_json(load_assessment(examples.filePath(name).toStdString(), built_registry().questionnaires())));
  }
}
