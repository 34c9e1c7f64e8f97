// The live profile beside the questions: the overall position, the radar, a spectrum bar per domain,
// the uncertain flags, the perception gaps between sectors and the next steps. Charts are the reports'
// chart model drawn with its QPainter backend.
#ifndef SPECTRUM_STUDIO_PROFILE_VIEW_H
#define SPECTRUM_STUDIO_PROFILE_VIEW_H

#include <spectrum/profile.h>

#include <QScrollArea>

#include <vector>

class QLabel;
class QVBoxLayout;

namespace spectrum::studio {

class ChartView;

class ProfileView : public QScrollArea {
  Q_OBJECT

 public:
  explicit ProfileView(QWidget* parent = nullptr);

  void show_profile(const Profile& profile);
  void show_problem(const QString& message);

  // What the view shows, for tests and screen readers.
  QString overall_text() const;
  const ChartView* radar() const { return radar_; }
  int bar_count() const { return static_cast<int>(bars_.size()); }
  QString uncertain_text() const;
  QString gaps_text() const;
  QString next_steps_text() const;

 private:
  QLabel* add_heading(const QString& text);
  QLabel* add_text(const QString& object_name, const QString& accessible_name);
  void show_bars(const Profile& profile);

  QVBoxLayout* layout_ = nullptr;
  QLabel* overall_ = nullptr;
  ChartView* radar_ = nullptr;
  ChartView* legend_ = nullptr;
  QVBoxLayout* bar_layout_ = nullptr;
  std::vector<ChartView*> bars_;
  QLabel* uncertain_ = nullptr;
  QLabel* gaps_ = nullptr;
  QLabel* next_steps_ = nullptr;
};

}  // namespace spectrum::studio

#endif  // SPECTRUM_STUDIO_PROFILE_VIEW_H
