"""A uvicorn server that says something once it answers and lets go of the store once it has
stopped (imported only by ``serve``).

The store is closed in ``shutdown``, not after ``run`` returns: after a graceful stop on
SIGTERM, uvicorn raises the signal again, which ends the process before ``run`` returns, and
an embedded server the command started would be left running.
"""

from __future__ import annotations

import socket
from collections.abc import Callable

import uvicorn


class AnnouncingServer(uvicorn.Server):
    def __init__(
        self, config: uvicorn.Config, on_ready: Callable[[], None], on_stopped: Callable[[], None]
    ) -> None:
        super().__init__(config)
        self.on_ready = on_ready
        self.on_stopped = on_stopped

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if not self.should_exit:
            self.on_ready()

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        try:
            await super().shutdown(sockets)
        finally:
            self.on_stopped()
