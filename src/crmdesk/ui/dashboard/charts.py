"""Building the dashboard's QtCharts from the service's figures."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, Qt

from crmdesk.dashboard import MonthOutcome, StageValue, WeekActivity
from crmdesk.money import Money


def _bar_chart(
    title: str,
    categories: Sequence[str],
    sets: Sequence[tuple[str, Sequence[float]]],
    *,
    counts: bool = False,
) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    series = QBarSeries()
    for name, values in sets:
        bar_set = QBarSet(name)
        bar_set.append(list(values))
        series.append(bar_set)
    chart.addSeries(series)
    x_axis = QBarCategoryAxis()
    x_axis.append(list(categories))
    x_axis.setLabelsAngle(-40)  # long stage names and dates stay readable
    x_axis.setTruncateLabels(False)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x_axis)
    y_axis = QValueAxis()
    top = max((v for _, values in sets for v in values), default=0.0)
    if counts:  # whole numbers only: 0, 1, 2 ... (at most ten steps)
        high = max(1, int(top))
        step = max(1, -(-high // 10))
        high = -(-high // step) * step
        y_axis.setRange(0, high)
        y_axis.setTickCount(high // step + 1)
    else:
        y_axis.setRange(0, top if top > 0 else 1)
        y_axis.applyNiceNumbers()
    y_axis.setLabelFormat("%.0f")
    y_axis.setTruncateLabels(False)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y_axis)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def pipeline_chart(stages: Sequence[StageValue], currency: str) -> QChart:
    """Open pipeline value per stage, total and weighted (in thousands or millions when large,
    so the axis stays readable)."""
    totals = [float(Money(s.total_minor, currency).to_decimal()) for s in stages]
    weighted = [float(Money(s.weighted_minor, currency).to_decimal()) for s in stages]
    top = max(totals, default=0.0)
    if top >= 10_000_000:
        scale, title = (
            1_000_000.0,
            QCoreApplication.translate("DashboardCharts", "Pipeline by stage (million {currency})"),
        )
    elif top >= 10_000:
        scale, title = (
            1_000.0,
            QCoreApplication.translate(
                "DashboardCharts", "Pipeline by stage (thousand {currency})"
            ),
        )
    else:
        scale, title = (
            1.0,
            QCoreApplication.translate("DashboardCharts", "Pipeline by stage ({currency})"),
        )
    return _bar_chart(
        title.format(currency=currency),
        [s.stage_name for s in stages],
        [
            (QCoreApplication.translate("DashboardCharts", "Total"), [v / scale for v in totals]),
            (
                QCoreApplication.translate("DashboardCharts", "Weighted"),
                [v / scale for v in weighted],
            ),
        ],
    )


def outcomes_chart(months: Sequence[MonthOutcome], month_labels: Sequence[str]) -> QChart:
    """Deals won and lost per month."""
    return _bar_chart(
        QCoreApplication.translate("DashboardCharts", "Won and lost per month"),
        month_labels,
        [
            (QCoreApplication.translate("DashboardCharts", "Won"), [float(m.won) for m in months]),
            (
                QCoreApplication.translate("DashboardCharts", "Lost"),
                [float(m.lost) for m in months],
            ),
        ],
        counts=True,
    )


def activity_chart(weeks: Sequence[WeekActivity], week_labels: Sequence[str]) -> QChart:
    """Activities completed per week."""
    return _bar_chart(
        QCoreApplication.translate("DashboardCharts", "Activities completed per week"),
        week_labels,
        [
            (
                QCoreApplication.translate("DashboardCharts", "Activities completed"),
                [float(w.completed) for w in weeks],
            )
        ],
        counts=True,
    )


def bar_values(chart: QChart) -> dict[str, list[float]]:
    """Each bar set's values by name (what the chart shows, for tests and screen readers)."""
    result: dict[str, list[float]] = {}
    for series in chart.series():
        if isinstance(series, QBarSeries):
            for bar_set in series.barSets():
                result[bar_set.label()] = [bar_set.at(i) for i in range(bar_set.count())]
    return result


def categories(chart: QChart) -> list[str]:
    for axis in chart.axes(Qt.Orientation.Horizontal):
        if isinstance(axis, QBarCategoryAxis):
            return list(axis.categories())
    return []
