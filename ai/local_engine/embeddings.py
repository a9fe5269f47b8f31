"""Interim: sentence embeddings are not available yet (replaced by the ONNX encoder)."""


def get_encoder() -> None:
    """Return None: no encoder."""
    return None


def encoder_status() -> dict:
    """Return the encoder's status."""
    return {"available": False, "reason": "not installed", "model": "all-MiniLM-L6-v2 int8"}


def cosine_matrix(a, b):  # noqa: ANN001, ANN201
    """Return a @ b.T."""
    return a @ b.T
