"""Decode plain text and Markdown uploads: UTF-8 (with or without BOM) or a clear error."""

from pdf_extract.errors import InvalidTextEncodingError, UnsupportedFormatError

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Share of control characters above which the bytes are binary, not text.
_MAX_CONTROL_SHARE = 0.01


def extract_text_file(*, data: bytes) -> str:
    """Return the decoded text, or raise InvalidTextEncodingError / UnsupportedFormatError."""
    if data.startswith(_UTF16_BOMS):
        raise InvalidTextEncodingError()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if _looks_binary(data=data):
            raise UnsupportedFormatError() from error
        raise InvalidTextEncodingError() from error
    if _looks_binary(data=data):
        raise UnsupportedFormatError()
    return text


def _looks_binary(*, data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for byte in sample if byte < 32 and byte not in b"\t\n\r\f")
    return control > len(sample) * _MAX_CONTROL_SHARE
