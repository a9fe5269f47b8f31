"""Token families: one per login; every refresh and access token of that login carries its id (``fam``)."""

from django.conf import settings
from django.db import models


class RevokedTokenFamily(models.Model):
    """A login whose tokens are all refused: logged out, or one of its refresh tokens was reused."""

    family = models.CharField(max_length=64, unique=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(max_length=16)
    revoked_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.family} ({self.reason})"
