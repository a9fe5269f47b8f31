"""Cross-cutting services: configuration, the response envelope, typed errors, messages."""
