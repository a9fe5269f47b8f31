"""Channel-layer backends of our own."""

import time
from typing import Any

from channels.layers import InMemoryChannelLayer


class SweepingInMemoryChannelLayer(InMemoryChannelLayer):
    """The in-memory layer, sweeping expired messages and memberships at most once per interval.

    The stock layer walks every channel and every group membership on each ``receive`` and ``group_send``;
    with hundreds of open sockets that walk dominated relay time. Messages expire after ``expiry`` (60 s), so
    sweeping once a second instead of on every call changes nothing a client can see.
    """

    def __init__(self, *args: Any, sweep_interval_s: float = 1.0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sweep_interval_s = sweep_interval_s
        self._last_sweep = float("-inf")

    def _clean_expired(self) -> None:
        now = time.monotonic()
        if now - self._last_sweep < self.sweep_interval_s:
            return
        self._last_sweep = now
        super()._clean_expired()
