"""Charts drawn with QPainter: PySide6-Essentials has no QtCharts, and the desk stays small."""
