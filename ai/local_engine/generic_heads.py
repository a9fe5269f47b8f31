"""The generic head nouns that close a skill's name without narrowing it ("lockout/tagout procedures", "HVAC
systems"), and the words before one that name the thing alone: read by the resume's evidence search and by the
keyword gaps alike."""

from ai.local_engine.text import STOPWORDS
from ai.local_engine.vocab import everyday_words

# Nouns that close a skill's name without narrowing it ("lockout/tagout procedures", "sanitation practices").
GENERIC_HEADS = frozenset(
    {
        "procedure",
        "practice",
        "principle",
        "technique",
        "method",
        "protocol",
        "skill",
        "requirement",
        "system",
        "schedule",
        "growth",
        "score",  # "CSI scores" is shown by "CSI 96.1%"
        "project",  # "cycle time projects" is shown by "cut cycle times by 8%"
        "module",  # "SD and MM modules" is shown by "integration with SD and MM"
        "workflow",  # "docs-as-code workflows"
    }
)
# Words that praise such a head, not narrow the skill ("industry best practices", "proper procedures").
HEAD_MODIFIERS = frozenset({"best", "good", "sound", "proper", "standard", "industry", "established"})
# Nouns a trait is carried by, which add nothing to it ("a caring nature", "a calm manner").
TRAIT_HEADS = frozenset(
    {"nature", "manner", "attitude", "personality", "disposition", "demeanour", "demeanor"}
)
# Vendors whose name opens a product's name: "MS Project" is a product, not "MS" with a generic head.
VENDOR_PREFIXES = frozenset(
    {"ms", "microsoft", "google", "adobe", "oracle", "sap", "aws", "azure", "ibm", "apple", "amazon"}
)


def bare_head(*, key: str) -> str:
    """Return the words before a generic head that name the thing alone ("hvac" of "hvac system"), or ""."""
    words = key.split()
    named = len(words) > 1 and words[-1] in GENERIC_HEADS and names_more(words=words[:-1])
    return " ".join(words[:-1]) if named else ""


def names_more(*, words: tuple[str, ...] | list[str]) -> bool:
    """Return whether the words before a generic head name something alone: two or more ("lockout tagout"),
    or one that is no everyday word ("ALARA" of "ALARA principles"; not "safety" of "safety procedures"),
    and not a vendor's name alone ("MS" of "MS Project")."""
    # (two letters name an ERP's module: "MM", "SD")
    if all(word in VENDOR_PREFIXES for word in words):
        return False  # "MS Project" is not shown by "MS SQL Server"
    return len(words) > 1 or (
        len(words) == 1
        and len(words[0]) >= 2
        and words[0] not in STOPWORDS
        and words[0] not in everyday_words()
    )
