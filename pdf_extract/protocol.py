"""Wire format between the pool and its workers: 4-byte big-endian length, then the payload."""

import struct
from typing import BinaryIO

_HEADER = struct.Struct(">I")
READY = b"ready"


def frame(payload: bytes) -> bytes:
    """Return payload with its length prefix."""
    return _HEADER.pack(len(payload)) + payload


def read_frame(stream: BinaryIO) -> bytes | None:
    """Return the next frame's payload from a blocking stream, or None at end of stream."""
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    (length,) = _HEADER.unpack(header)
    payload = stream.read(length)
    return payload if len(payload) == length else None


def split_frame(buffer: bytes) -> tuple[bytes | None, bytes]:
    """Return (first complete frame's payload or None, rest of buffer) for non-blocking readers."""
    if len(buffer) < _HEADER.size:
        return None, buffer
    (length,) = _HEADER.unpack(buffer[: _HEADER.size])
    end = _HEADER.size + length
    if len(buffer) < end:
        return None, buffer
    return buffer[_HEADER.size : end], buffer[end:]
