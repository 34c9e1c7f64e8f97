#include "profile_view.h"

#include "chart_theme.h"
#include "chart_view.h"

#include <spectrum/numbers.h>
#include <spectrum/reports/chart_model.h>

#include <QLabel>
#include <QVBoxLayout>

namespace spectrum::studio {

namespace {

constexpr int kRadarWidth = 460;
constexpr int kBarWidth = 460;

QString html(const std::string& text) {
  return QString::fromStdString(text).toHtmlEscaped();
}

QString score_text(double score) {
  return QString::fromStdString(format_fixed(score, 2));
}

QString list_html(const QStringList& entries, const QString& none) {
  if (entries.isEmpty()) return QStringLiteral("<p>%1</p>").arg(none);
  return QStringLiteral("<ul style='margin-left:-20px'><li>") + entries.join(QStringLiteral("</li><li>")) +
         QStringLiteral("</li></ul>");
}

}  // namespace

ProfileView::ProfileView(QWidget* parent) : QScrollArea(parent) {
  setObjectName(QStringLiteral("profile_view"));
  setAccessibleName(tr("Live profile"));
  setWidgetResizable(true);
  auto* page = new QWidget;
  page->setAutoFillBackground(true);
  layout_ = new QVBoxLayout(page);
  add_heading(tr("Live profile"));
  overall_ = add_text(QStringLiteral("profile/overall"), tr("Overall position"));
  radar_ = new ChartView(kRadarWidth, page);
  radar_->setObjectName(QStringLiteral("profile/radar"));
  radar_->setAccessibleName(tr("Radar chart of the domains"));
  layout_->addWidget(radar_);
  add_heading(tr("Where each domain sits"));
  legend_ = new ChartView(kBarWidth, page);
  legend_->setAccessibleName(tr("Key to the spectrum bars"));
  layout_->addWidget(legend_);
  bar_layout_ = new QVBoxLayout;
  layout_->addLayout(bar_layout_);
  add_heading(tr("Uncertain domains"));
  uncertain_ = add_text(QStringLiteral("profile/uncertain"), tr("Uncertain domains"));
  add_heading(tr("Perception gaps between sectors"));
  gaps_ = add_text(QStringLiteral("profile/gaps"), tr("Perception gaps"));
  add_heading(tr("Next steps"));
  next_steps_ = add_text(QStringLiteral("profile/next_steps"), tr("Next steps"));
  layout_->addStretch();
  setWidget(page);
}

QLabel* ProfileView::add_heading(const QString& text) {
  auto* label = new QLabel(QStringLiteral("<h3>%1</h3>").arg(text.toHtmlEscaped()), layout_->parentWidget());
  layout_->addWidget(label);
  return label;
}

QLabel* ProfileView::add_text(const QString& object_name, const QString& accessible_name) {
  auto* label = new QLabel(layout_->parentWidget());
  label->setObjectName(object_name);
  label->setAccessibleName(accessible_name);
  label->setWordWrap(true);
  label->setTextFormat(Qt::RichText);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
  layout_->addWidget(label);
  return label;
}

void ProfileView::show_problem(const QString& message) {
  overall_->setText(QStringLiteral("<p style='color:#b42318'>%1</p>").arg(message.toHtmlEscaped()));
}

void ProfileView::show_profile(const Profile& profile) {
  const ChartTheme& theme = chart_theme();
  const Overall& o = profile.overall;
  QString failures;
  for (const PluginFailure& f : profile.plugin_failures)
    failures += tr("<p style='color:#b42318'>A plugin failed to load and scored nothing: %1: %2</p>")
                    .arg(html(f.file), html(f.reason));
  if (o.domains == 0)
    overall_->setText(
        tr("<p><b>Overall: not scored</b> (no domain was scored)</p><p>%1</p>").arg(html(o.description)) +
        failures);
  else
    overall_->setText(tr("<p><b>Overall: level %1, %2</b> (score %3 across %4 domains)</p><p>%5</p>")
                          .arg(o.level)
                          .arg(theme.level_name(o.level).toHtmlEscaped(), score_text(o.score))
                          .arg(o.domains)
                          .arg(html(o.description)) +
                      failures);

  reports::RadarChart radar = reports::build_radar(profile, theme.labels);
  QStringList axes;
  for (const DomainProfile& d : profile.domains)
    axes << (d.scored() ? tr("%1 %2").arg(QString::fromStdString(d.title), score_text(d.score))
                        : tr("%1 not scored").arg(QString::fromStdString(d.title)));
  radar_->set_scene(reports::to_scene(radar, theme.style),
                    tr("Radar: %1").arg(axes.join(QStringLiteral("; "))));
  legend_->set_scene(reports::bar_legend_scene(theme.labels, theme.style),
                     tr("Key: score, target, range and middle half of respondents, each respondent"));
  show_bars(profile);

  QStringList uncertain, gaps, steps;
  for (const DomainProfile& d : profile.domains) {
    if (d.status == DomainProfile::Status::error) {
      uncertain << tr("<b>%1</b>: not scored: %2").arg(html(d.title), html(d.error));
      continue;
    }
    if (d.uncertain) {
      QStringList reasons;
      for (const std::string& r : d.uncertain_reasons) reasons << html(r);
      uncertain << tr("<b>%1</b>: %2").arg(html(d.title), reasons.join(QStringLiteral("; ")));
    }
    for (const Finding& f : d.findings)
      if (f.kind == Finding::Kind::next_step) steps << tr("<b>%1</b>: %2").arg(html(d.title), html(f.text));
  }
  for (const PerceptionGap& g : profile.perception_gaps) {
    const DomainProfile* d = profile.find(g.domain);
    gaps << tr("<b>%1</b>: %2 rate it %3, %4 rate it %5 (a difference of %6)")
                .arg(html(d != nullptr ? d->title : g.domain), theme.sector(g.higher).toHtmlEscaped(),
                     score_text(g.higher_score), theme.sector(g.lower).toHtmlEscaped(),
                     score_text(g.lower_score), score_text(g.difference));
  }
  uncertain_->setText(list_html(uncertain, tr("No domain is uncertain.")));
  gaps_->setText(list_html(gaps, tr("No two sectors differ by a level or more in any domain.")));
  next_steps_->setText(list_html(steps, tr("No next steps recorded.")));
}

void ProfileView::show_bars(const Profile& profile) {
  const ChartTheme& theme = chart_theme();
  // One bar per domain; reuse the views so the scroll position survives re-scoring.
  while (bars_.size() > profile.domains.size()) {
    delete bars_.back();
    bars_.pop_back();
  }
  while (bars_.size() < profile.domains.size()) {
    auto* bar = new ChartView(kBarWidth, widget());
    bar->setObjectName(QStringLiteral("profile/bar/%1").arg(bars_.size()));
    bar_layout_->addWidget(bar);
    bars_.push_back(bar);
  }
  for (std::size_t i = 0; i < profile.domains.size(); ++i) {
    const DomainProfile& d = profile.domains[i];
    reports::SpectrumBar bar = reports::build_spectrum_bar(d, theme.labels);
    bars_[i]->setAccessibleName(tr("Spectrum bar: %1").arg(QString::fromStdString(d.title)));
    QString summary = d.scored() ? tr("%1: score %2, level %3%4")
                                       .arg(QString::fromStdString(d.title), score_text(d.score))
                                       .arg(d.level)
                                       .arg(d.uncertain ? tr(", uncertain") : QString())
                                 : tr("%1: not scored").arg(QString::fromStdString(d.title));
    bars_[i]->set_scene(reports::to_scene(bar, theme.style), summary);
  }
}

QString ProfileView::overall_text() const {
  return overall_->text();
}
QString ProfileView::uncertain_text() const {
  return uncertain_->text();
}
QString ProfileView::gaps_text() const {
  return gaps_->text();
}
QString ProfileView::next_steps_text() const {
  return next_steps_->text();
}

}  // namespace spectrum::studio
