// Workshop mode, driven with the keyboard only, as a facilitator at a projector drives it.
#include "studio_harness.h"

#include "main_window.h"
#include "value_input.h"
#include "workshop_view.h"

#include <spectrum/io.h>

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>

using namespace spectrum;
using namespace spectrum::studio;
using namespace spectrum::studio::testing;

namespace {

// A key pressed where the keyboard focus is, as a person presses it.
void press(QWidget& window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
  QWidget* target = QApplication::focusWidget();
  QTest::keyClick(target != nullptr ? target : &window, static_cast<Qt::Key>(key), modifiers);
}

QString label_text(const WorkshopView* view, const char* name) {
  const auto* label = view->findChild<QLabel*>(QString::fromLatin1(name));
  REQUIRE(label != nullptr);
  return label->text();
}

// The text of every cell and header of a table.
QString table_text(const QTableWidget* table) {
  QStringList cells;
  for (int row = 0; row < table->rowCount(); ++row) {
    if (auto* h = table->verticalHeaderItem(row)) cells << h->text();
    for (int column = 0; column < table->columnCount(); ++column)
      if (auto* c = table->item(row, column)) cells << c->text();
  }
  for (int column = 0; column < table->columnCount(); ++column)
    if (auto* h = table->horizontalHeaderItem(column)) cells << h->text();
  return cells.join(QLatin1Char('|'));
}

// The agreed column of the running profile for a domain ("—" when it has no agreed score).
QString agreed_cell(const WorkshopView* view, const QString& title) {
  const QTableWidget* t = view->scores();
  for (int row = 0; row < t->rowCount(); ++row)
    if (t->item(row, 0)->text() == title) return t->item(row, 2)->text();
  FAIL("no row for " << title.toStdString());
  return {};
}

}  // namespace

TEST_CASE("studio: the workshop view is driven with the keyboard and its agreed answers are saved",
          "[studio][workshop]") {
  Scratch scratch;
  ScriptedPrompts prompts;
  MainWindow window(built_registry(), &prompts);
  const QString file = scratch.copy(fixture("two_partners.json"), "vale.json");
  REQUIRE(window.open_file(file));
  window.show();
  window.activateWindow();
  REQUIRE(QTest::qWaitForWindowActive(&window));
  REQUIRE(wait_until([&] { return !window.scorer().is_pending(); }));
  WorkshopView* view = window.workshop();

  press(window, Qt::Key_F11);
  REQUIRE(window.in_workshop());
  REQUIRE(view->isVisible());
  REQUIRE(view->item_count() == 27);  // digital (14) and leadership (13)
  CHECK(view->position() == 0);
  CHECK(label_text(view, "workshop/where").startsWith(QStringLiteral("Item 1 of 27")));
  CHECK(label_text(view, "workshop/keys").contains(QStringLiteral("Ctrl+J")));
  REQUIRE(wait_until([&] { return !window.agreed_scorer().is_pending(); }));
  CHECK(view->scores()->rowCount() == 2);

  press(window, Qt::Key_PageDown);
  press(window, Qt::Key_PageDown);
  CHECK(view->position() == 2);
  press(window, Qt::Key_PageUp);
  CHECK(view->position() == 1);
  press(window, Qt::Key_Right, Qt::AltModifier);
  CHECK(view->position() == 2);
  press(window, Qt::Key_Left, Qt::AltModifier);
  CHECK(view->position() == 1);

  // The council and the CCG answered every item far apart: the next split item is the one after.
  press(window, Qt::Key_J, Qt::ControlModifier);
  INFO("item " << view->item_id());
  CHECK(label_text(view, "workshop/spread").contains(QStringLiteral("partners split")));
  const QString distribution = table_text(view->distribution());
  CHECK(distribution.contains(QStringLiteral("NHS")));
  CHECK(distribution.contains(QStringLiteral("Local government")));
  CHECK_FALSE(distribution.contains(QStringLiteral("Fixture Vale")));  // no organisations, no names
  CHECK_FALSE(view->evidence_text().contains(QStringLiteral("Fixture Vale")));

  const std::string split_item = view->item_id();
  CHECK(split_item == "DG03");  // DG02 (yes and no) is split too, but Ctrl+J looks after the current item
  const QString digital = QStringLiteral("Digital and information sharing");
  CHECK(agreed_cell(view, digital) == QStringLiteral("—"));  // nothing agreed yet

  // The agreed answer has the focus: the second option, then Tab to the rationale.
  auto* combo = qobject_cast<QComboBox*>(QApplication::focusWidget());
  REQUIRE(combo != nullptr);
  press(window, Qt::Key_Down);
  press(window, Qt::Key_Down);
  CHECK(view->status_text().contains(QStringLiteral("rationale")));  // not recorded without one
  CHECK(window.document().agreed("digital", split_item) == nullptr);
  press(window, Qt::Key_Tab);
  REQUIRE(QApplication::focusWidget() == view->rationale());
  QTest::keyClicks(view->rationale(), QStringLiteral("The board minutes show joint oversight"));
  const model::AgreedAnswer* agreed = window.document().agreed("digital", split_item);
  REQUIRE(agreed != nullptr);
  CHECK(agreed->rationale == "The board minutes show joint oversight");
  CHECK(agreed->answer.choice == combo->itemData(2).toString().toStdString());
  CHECK(window.document().is_modified());
  CHECK(window.isWindowModified());

  // The running agreed profile follows: the digital domain now has an agreed score, leadership none.
  REQUIRE(wait_until([&] { return agreed_cell(view, digital) != QStringLiteral("—"); }));
  REQUIRE(wait_until([&] { return !window.agreed_scorer().is_pending(); }));
  const QString first = agreed_cell(view, digital);
  CHECK(agreed_cell(view, QStringLiteral("Leadership and governance")) == QStringLiteral("—"));
  CHECK(view->scores()->item(0, 3)->text() != QStringLiteral("—"));  // the difference

  // A second agreed answer, further along, moves the agreed score.
  press(window, Qt::Key_PageUp);  // DG02, yes or no: the partners agree "yes"
  CHECK(view->item_id() == "DG02");
  press(window, Qt::Key_Space);  // "Yes" has the focus
  press(window, Qt::Key_Tab);    // the radio group is one stop
  REQUIRE(QApplication::focusWidget() == view->rationale());
  QTest::keyClicks(view->rationale(), QStringLiteral("Agreed after the demonstration"));
  REQUIRE(window.document().agreed("digital", "DG02") != nullptr);
  CHECK(window.document().agreed("digital", "DG02")->answer.number == 1);
  REQUIRE(wait_until([&] { return agreed_cell(view, digital) != first; }));

  // What the projector shows, for the user guide.
  const QImage shot = view->grab().toImage();
  CHECK(shot.width() > 600);
  if (const QByteArray out = qgetenv("SPECTRUM_WORKSHOP_GRAB"); !out.isEmpty()) {
    view->resize(1600, 900);  // a projector's screen, not the offscreen platform's
    view->grab().save(QString::fromLocal8Bit(out));
  }

  // Ctrl+Delete takes an agreed answer back.
  press(window, Qt::Key_PageDown);
  press(window, Qt::Key_Delete, Qt::ControlModifier);
  CHECK(window.document().agreed("digital", split_item) == nullptr);
  press(window, Qt::Key_PageUp);
  CHECK(view->item_id() == "DG02");

  press(window, Qt::Key_Escape);
  CHECK_FALSE(window.in_workshop());
  press(window, Qt::Key_S, Qt::ControlModifier);
  CHECK_FALSE(window.document().is_modified());

  const model::Assessment saved = load_assessment(file.toStdString(), built_registry().questionnaires());
  REQUIRE(saved.consensus.has_value());
  const model::Consensus& record = *saved.consensus;
  CHECK(record.items.size() == 1);
  REQUIRE(record.items.at("digital").count("DG02") == 1);
  CHECK(record.items.at("digital").at("DG02").rationale == "Agreed after the demonstration");
  CHECK(record.items.at("digital").count(split_item) == 0);
  CHECK(record.date.size() == 10);
  REQUIRE(record.participants.size() == 2);  // from the respondents: organisations and sectors only
  CHECK(record.participants[0].organisation == "Fixture Vale Clinical Commissioning Group");
  CHECK(record.participants[1].sector == Sector::local_government);
}

TEST_CASE("studio: the workshop's date and participants are set in its details", "[studio][workshop]") {
  Scratch scratch;
  ScriptedPrompts prompts;
  MainWindow window(built_registry(), &prompts);
  REQUIRE(window.open_file(scratch.copy(fixture("two_partners.json"), "vale.json")));
  model::Consensus details = window.document().workshop_details();
  details.date = "2017-03-14";
  details.facilitator = "Vale Integration Board";
  details.participants.resize(1);
  prompts.workshops.push_back(details);
  REQUIRE(window.edit_workshop_details());
  CHECK_FALSE(window.document().assessment().consensus.has_value());  // no item agreed yet
  model::AgreedAnswer agreed;
  agreed.answer.state = model::AnswerValue::State::value;
  agreed.answer.number = 4;
  agreed.rationale = "Joint budget in place";
  window.document().set_agreed("leadership", "LD05", agreed);
  const auto& record = window.document().assessment().consensus;
  REQUIRE(record.has_value());
  CHECK(record->date == "2017-03-14");
  CHECK(record->facilitator == "Vale Integration Board");
  CHECK(record->participants.size() == 1);
  prompts.workshops.push_back(std::nullopt);  // cancelled: nothing changes
  CHECK_FALSE(window.edit_workshop_details());
  CHECK(window.document().assessment().consensus->date == "2017-03-14");
  // Taking the last agreed answer back drops the record, not its details.
  window.document().set_agreed("leadership", "LD05", std::nullopt);
  CHECK_FALSE(window.document().assessment().consensus.has_value());
  CHECK(window.document().workshop_details().facilitator == "Vale Integration Board");
}
