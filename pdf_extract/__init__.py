"""Framework-free resume text extraction: bytes in, cleaned text plus ATS facts out."""

from pdf_extract.core import extract_document
from pdf_extract.document import ExtractedDocument, ExtractionLimits
from pdf_extract.errors import (
    CorruptDocumentError,
    EmptyFileError,
    EncryptedDocumentError,
    ExtractionError,
    ExtractionResourceLimitError,
    ExtractionTimeoutError,
    FileTooLargeError,
    InvalidTextEncodingError,
    NoTextLayerError,
    TooLittleTextError,
    TooManyPagesError,
    UnsupportedFormatError,
)
from pdf_extract.isolated import WorkerPool, default_pool, extract_document_isolated

__all__ = [
    "CorruptDocumentError",
    "EmptyFileError",
    "EncryptedDocumentError",
    "ExtractedDocument",
    "ExtractionError",
    "ExtractionLimits",
    "ExtractionResourceLimitError",
    "ExtractionTimeoutError",
    "FileTooLargeError",
    "InvalidTextEncodingError",
    "NoTextLayerError",
    "TooLittleTextError",
    "TooManyPagesError",
    "UnsupportedFormatError",
    "WorkerPool",
    "default_pool",
    "extract_document",
    "extract_document_isolated",
]
