"""Typed extraction errors: a stable snake_case code plus a message a job seeker understands."""


class ExtractionError(Exception):
    """Base class: every failure of the extractor is one of its subclasses."""

    code: str = "extraction_failed"
    message: str = "the file could not be read: upload a PDF, DOCX or TXT resume"

    def __init__(self, message: str | None = None) -> None:
        if message is not None:
            self.message = message
        super().__init__(self.message)


class FileTooLargeError(ExtractionError):
    code = "file_too_large"
    message = "file too large: upload a resume under the size limit"


class EmptyFileError(ExtractionError):
    code = "empty_file"
    message = "the file is empty"


class UnsupportedFormatError(ExtractionError):
    code = "unsupported_format"
    message = "unsupported file type: upload a PDF, DOCX or TXT resume"


class EncryptedDocumentError(ExtractionError):
    code = "encrypted_document"
    message = "password-protected PDF: remove the password and upload again"


class CorruptDocumentError(ExtractionError):
    code = "corrupt_document"
    message = "the file is damaged or incomplete: export it again and upload the new file"


class NoTextLayerError(ExtractionError):
    code = "no_text_layer"
    message = "no selectable text: export a text PDF or upload DOCX"


class TooLittleTextError(ExtractionError):
    code = "too_little_text"
    message = "too little text: a resume needs at least a few sentences"


class TooManyPagesError(ExtractionError):
    code = "too_many_pages"
    message = "too many pages: upload a resume with fewer pages"


class ExtractionTimeoutError(ExtractionError):
    code = "extraction_timeout"
    message = "the file took too long to read: export a simpler PDF or upload DOCX"


class ExtractionResourceLimitError(ExtractionError):
    code = "extraction_resource_limit"
    message = "the file needs too much memory to read: export a simpler PDF or upload DOCX"


class InvalidTextEncodingError(ExtractionError):
    code = "invalid_text_encoding"
    message = "the text file is not UTF-8: save it as UTF-8 and upload again"


def error_from_code(*, code: str, message: str) -> ExtractionError:
    """Return the ExtractionError subclass instance for code (used to rebuild errors sent by a worker)."""
    for error_class in ExtractionError.__subclasses__():
        if error_class.code == code:
            return error_class(message)
    return ExtractionError(message)
