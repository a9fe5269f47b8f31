"""A product named before the kind of system it is ("Toast POS", "Opera PMS", "Epic EHR"): the requirement
is that product, met by its own name ("split checks on Toast") or by the system's kind."""

import re

from ai.local_engine.requirement_model import Requirement
from ai.local_engine.text import STOPWORDS, normalize_phrase
from ai.local_engine.vocab import get_vocabulary

# Kinds of business system known by their letters.
_SYSTEM_KINDS = frozenset(
    "POS PMS CRM ERP ATS LMS EHR EMR WMS TMS HRIS CMS PIM MES CMMS LIMS RIS PACS".split()
)
# The product's name right before the kind, on its line: one or two capitalised words.
_PRODUCT_BEFORE_RE = re.compile(r"(?<![\w-])([A-Z][\w&.'-]*(?:[ \t]+[A-Z][\w&.'-]*)?)[ \t]+$")
# Capitalised words that open a line or ask, never a product's name.
_NOT_PRODUCTS = frozenset(
    "experience knowledge strong proficient proficiency familiarity using use any our the a an with in on "
    "working hands-on advanced basic good solid excellent previous prior".split()
)


def name_system_products(*, requirements: list[Requirement], text: str) -> None:
    """Name a system's kind by the product written before it (in place)."""
    for requirement in requirements:
        if requirement.name not in _SYSTEM_KINDS:
            continue
        product = _PRODUCT_BEFORE_RE.search(text, max(0, requirement.position - 40), requirement.position)
        if product is None:
            continue
        words = product.group(1).split()
        while words and (words[0].lower() in _NOT_PRODUCTS or words[0].lower() in STOPWORDS):
            words = words[1:]
        previous = text[max(0, product.start() - 30) : product.start()].split()[-1:]
        if len(words) > 1 and previous and _known(words=[*previous, words[0]]):
            words = words[1:]  # "Accounts Receivable Tally ERP" (a tag line): "Receivable" ends a skill
        if not words or words[-1] in _SYSTEM_KINDS:
            continue
        name = " ".join(words)
        requirement.alternatives = (*requirement.alternatives, name, requirement.name)
        requirement.alternative_keys = (*requirement.alternative_keys, normalize_phrase(text=name))
        requirement.name = f"{name} {requirement.name}"


def _known(*, words: list[str]) -> bool:
    """Return whether the words name a skill or tool the vocabulary knows."""
    return normalize_phrase(text=" ".join(words)) in get_vocabulary().surfaces
