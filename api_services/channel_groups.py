"""Channel-layer group names shared by REST services and WebSocket consumers."""


def user_group(user_id: int) -> str:
    """Return the group every socket of one user joins (used to close them at logout)."""
    return f"user.{user_id}"


def analysis_group(analysis_id: int) -> str:
    """Return the group that receives one analysis's events."""
    return f"analysis.{analysis_id}"


def comparison_group(comparison_id: int) -> str:
    """Return the group that receives one comparison's events."""
    return f"comparison.{comparison_id}"
