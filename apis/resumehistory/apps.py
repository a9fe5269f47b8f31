from django.apps import AppConfig


class ResumeHistoryConfig(AppConfig):
    name = "apis.resumehistory"
    label = "resumehistory"
    verbose_name = "Resumes and analyses"

    def ready(self) -> None:
        """Hand the local engine its embedding settings (``ai/`` never reads Django settings itself)."""
        from django.conf import settings

        from ai.local_engine import embeddings

        embeddings.configure(
            enabled=settings.ENGINE_EMBEDDINGS != "off",
            threads=settings.ENGINE_EMBEDDINGS_THREADS,
            cache_size=settings.ENGINE_EMBEDDINGS_CACHE,
            kind="model" if settings.ENGINE_EMBEDDINGS == "model" else "static",
        )
