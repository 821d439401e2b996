"""Qt tests run without a display: the offscreen platform is set before Qt is imported."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
