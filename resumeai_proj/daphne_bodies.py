"""Leave request bodies to Django: daphne's Twisted requests no longer parse POSTed forms themselves.

Twisted's ``Request.requestReceived`` parses every POST multipart/form-data body into ``request.args``
(which daphne never reads: it hands the raw body to the application) and answers a body it cannot parse
with a bare ``400 Bad Request``, no Content-Type, no body, before Django sees the request. Schemathesis
found it with an empty multipart body on the upload endpoint. Turned off, Django parses the body once and
a malformed one gets the 400 envelope like any other bad input. ``install`` is a no-op without daphne.
"""

from typing import Any


def install() -> None:
    """Patch daphne's request class once (idempotent)."""
    try:
        from daphne.http_protocol import WebRequest
    except ImportError:
        return
    if getattr(WebRequest, "_form_parsing_off", False):
        return
    init = WebRequest.__init__

    def init_without_form_parsing(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        self._parsePOSTFormSubmission = False

    WebRequest.__init__ = init_without_form_parsing
    WebRequest._form_parsing_off = True
