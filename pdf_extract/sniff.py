"""Decide a file's type from its first bytes, never from its name."""

import io
import zipfile
from typing import Literal

from pdf_extract.errors import CorruptDocumentError, UnsupportedFormatError

Format = Literal["pdf", "docx", "txt"]

# Signatures of binary formats people upload by mistake (images, archives, legacy Office, executables).
_BINARY_SIGNATURES = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"II*\x00",
    b"MM\x00*",
    b"BM",
    b"RIFF",
    b"\xd0\xcf\x11\xe0",
    b"Rar!",
    b"7z\xbc\xaf",
    b"\x1f\x8b",
    b"MZ",
    b"\x7fELF",
    b"{\\rtf",
)


def sniff_format(*, data: bytes) -> Format:
    """Return "pdf", "docx" or "txt" for data, or raise UnsupportedFormatError."""
    # The PDF header may follow a little junk; readers accept it within the first KiB.
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _sniff_zip(data=data)
    if data.startswith(_BINARY_SIGNATURES):
        raise UnsupportedFormatError()
    return "txt"


def _sniff_zip(*, data: bytes) -> Format:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise CorruptDocumentError() from error
    if "word/document.xml" in names and "[Content_Types].xml" in names:
        return "docx"
    raise UnsupportedFormatError()
