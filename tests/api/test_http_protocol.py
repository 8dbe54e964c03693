"""api/http_protocol.py: a response's head leaves in one write with its body."""

from __future__ import annotations

import asyncio

from api.http_protocol import JoinedWrites
from tests.own_loop import run_on_own_loop


class RecordingTransport:
    def __init__(self) -> None:
        self.writes: list[bytes] = []
        self.closed = False

    def write(self, data: bytes) -> None:
        assert not self.closed, "a write after close"
        self.writes.append(bytes(data))

    def close(self) -> None:
        self.closed = True

    def get_extra_info(self, name: str) -> str:
        return f"info {name}"


def joined_on_a_loop(steps: list[list[bytes]], close: bool = False) -> RecordingTransport:
    """Each step's writes made in one step of the event loop, then the loop runs on."""
    transport = RecordingTransport()

    async def scenario() -> None:
        joined = JoinedWrites(transport, asyncio.get_running_loop())  # type: ignore[arg-type]
        for step in steps:
            for data in step:
                joined.write(data)
            await asyncio.sleep(0)
        if close:
            joined.write(b"last")
            joined.close()
        await asyncio.sleep(0)

    run_on_own_loop(scenario())
    return transport


def test_a_head_and_its_body_written_in_one_step_leave_in_one_write() -> None:
    transport = joined_on_a_loop([[b"HTTP/1.1 200 OK\r\n\r\n", b"{}"]])
    assert transport.writes == [b"HTTP/1.1 200 OK\r\n\r\n{}"]


def test_a_lone_write_leaves_on_the_next_step_of_the_loop() -> None:
    transport = joined_on_a_loop([[b"head"], [b"chunk"], [b"next head", b"body", b"chunk"]])
    assert transport.writes == [b"head", b"chunk", b"next headbody", b"chunk"]


def test_closing_sends_the_held_write_first() -> None:
    transport = joined_on_a_loop([], close=True)
    assert transport.writes == [b"last"] and transport.closed


def test_the_rest_of_the_transport_is_the_transport_s() -> None:
    loop = asyncio.new_event_loop()
    try:
        joined = JoinedWrites(RecordingTransport(), loop)  # type: ignore[arg-type]
        assert joined.get_extra_info("peername") == "info peername"
    finally:
        loop.close()
