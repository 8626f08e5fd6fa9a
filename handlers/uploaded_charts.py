"""Charts already uploaded to Slack, by what they show, so that the same chart is never drawn and sent twice."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

from bot.answering.charting import StanceChart

KEEP = 64  # charts remembered; the least recently shown is forgotten first


class UploadedCharts:
    """The Slack file of each chart shown lately. A chart changes with every statement added on its rows, so a
    remembered one is still right. One chart is drawn and uploaded at a time: matplotlib is not thread-safe,
    and a burst of the same question then draws it once."""

    def __init__(self) -> None:
        self._files: OrderedDict[StanceChart, str] = OrderedDict()
        self._lock = threading.Lock()

    def file_id(self, chart: StanceChart, upload: Callable[[StanceChart], str]) -> str:
        """The file showing `chart`: the one uploaded before, or the one `upload` draws and uploads now."""
        with self._lock:
            if chart in self._files:
                self._files.move_to_end(chart)
                return self._files[chart]
            file_id = upload(chart)
            self._files[chart] = file_id
            if len(self._files) > KEEP:
                self._files.popitem(last=False)
            return file_id
