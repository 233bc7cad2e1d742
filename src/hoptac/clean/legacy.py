"""Legacy Vietnamese 8-bit encodings (VNI, TCVN3/ABC).

Python ships no codec for them; the byte tables live in lexicons/. Until a table is
present for an encoding, ``decode`` returns None for it.
"""
from __future__ import annotations

ENCODINGS: tuple[str, ...] = ()


def decode(data: bytes, encoding: str) -> str | None:
    return None
