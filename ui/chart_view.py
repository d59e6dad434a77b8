"""Shows a chart rendered by desktop.reports.charts (the same pixels the PDF embeds) and reports clicks;
or, when the chart could not be drawn, a message in its place.

Qt's namespace is imported where it is used: its first use builds ~100 enums, and the
overview's saved charts are shown at start-up without it (ui.main_window's STYLE_NOTE)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:
    from desktop.reports.chart_result import RenderedChart


class ChartView(QWidget):
    """Draws the chart scaled to fit (aspect kept); a click on a bar emits (category, series)."""

    bar_clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: RenderedChart | None = None
        self.pixmap = QPixmap()
        self.message = ""  # shown in the chart's place when it could not be drawn
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 290)
        self.setMouseTracking(True)

    def set_chart(self, chart: RenderedChart) -> None:
        self.chart = chart
        width, height = chart.pixel_size
        image = QImage(chart.rgb, width, height, width * 3, QImage.Format.Format_RGB888)
        self.pixmap = QPixmap.fromImage(image)  # copies the pixels: chart.rgb may go
        self.message = ""
        self.setToolTip("")
        self.updateGeometry()
        self.update()

    def show_failure(self, message: str, detail: str = "") -> None:
        """The chart could not be drawn: say so in its place (the detail as the tooltip)."""
        self.chart, self.pixmap, self.message = None, QPixmap(), message
        self.setToolTip(detail)
        self.update()

    def sizeHint(self) -> QSize:
        if self.chart is None:
            return QSize(560, 300)
        return QSize(self.chart.width, self.chart.height)

    def target(self) -> QRectF:
        """Where the chart is drawn inside the widget."""
        if self.chart is None:
            return QRectF()
        ratio = min(self.width() / self.chart.width, self.height() / self.chart.height)
        w, h = self.chart.width * ratio, self.chart.height * ratio
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def to_chart(self, point: QPointF) -> QPointF:
        """A widget position in the chart's logical pixels."""
        rect = self.target()
        if self.chart is None or rect.width() <= 0:
            return QPointF(-1, -1)
        scale = self.chart.width / rect.width()
        return QPointF((point.x() - rect.x()) * scale, (point.y() - rect.y()) * scale)

    def to_widget(self, x: float, y: float) -> QPointF:
        """A point in the chart's logical pixels, in widget coordinates (tests click with it)."""
        rect = self.target()
        if self.chart is None:
            return QPointF()
        scale = rect.width() / self.chart.width
        return QPointF(rect.x() + x * scale, rect.y() + y * scale)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.message:
            painter = QPainter(self)
            painter.setPen(QColor("#9a3b3b"))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
            from PySide6.QtCore import Qt  # see the module's note

            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.rect().adjusted(16, 16, -16, -16), flags, self.message)
            painter.end()
            return
        if self.pixmap.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(self.target(), self.pixmap, QRectF(self.pixmap.rect()))
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        from PySide6.QtCore import Qt

        hit = self.chart.hit(*_xy(self.to_chart(event.position()))) if self.chart else None
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        from PySide6.QtCore import Qt

        if self.chart is None or event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.chart.hit(*_xy(self.to_chart(event.position())))
        if hit is not None:
            self.bar_clicked.emit(hit.category, hit.series)


def _xy(point: QPointF) -> tuple[float, float]:
    return point.x(), point.y()
