"""O*NET technology examples for the vocabulary build: the ways a product is written, each one a surface."""

import csv
from pathlib import Path
from typing import TYPE_CHECKING

from ai.local_engine.text import normalize_phrase
from ai.local_engine.vocab import everyday_words

if TYPE_CHECKING:
    from ai.local_engine.build_vocab import _Builder as Builder

VENDOR_MIN_PRODUCTS = 8
EDITION_WORDS = frozenset(
    {
        "enterprise",
        "cloud",
        "server",
        "suite",
        "pro",
        "professional",
        "desktop",
        "online",
        "platform",
        "studio",
    }
)


def _onet_variants(*, name: str, vendors: frozenset[str]) -> list[str]:
    """Return the ways a product is written: "Amazon Web Services AWS software" -> "... AWS", "AWS"."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() == "software":
        words = words[:-1]
    variants = [" ".join(words)]
    if len(words) >= 3 and words[-1].isupper():
        initials = "".join(word[0] for word in words[:-1] if word[0].isalpha()).upper()
        if initials.endswith(words[-1]) or words[-1] == initials:
            variants += [words[-1], " ".join(words[:-1])]
    if len(words) >= 2 and words[-1].lower() in EDITION_WORDS and words[0][:1].isupper():
        # "Splunk Enterprise" is usually written "Splunk"; but "Google" alone names a company, not a product.
        if len(words) > 2 or words[0] not in vendors:
            variants.append(" ".join(words[:-1]))
    repeated = [word for word in words[1:] if word == words[0] or words.count(word) > 1]
    if repeated and repeated[0][:1].isupper():
        # "Grafana Labs Grafana Cloud" is written "Grafana".
        variants.append(repeated[0])
    if len(words) >= 2 and words[0] in vendors:
        rest = words[1:]
        distinctive = any(ch.isdigit() for ch in rest[0]) or any(ch.isupper() for ch in rest[0][1:])
        if len(rest) >= 2 or distinctive:
            variants.append(" ".join(rest))
    return variants


def _coined_name(*, name: str, vendors: frozenset[str], everyday: frozenset[str]) -> str | None:
    """Return a vendor's product written without the vendor ("Adobe Photoshop" -> "Photoshop", "Amazon
    Redshift" -> "Redshift"): one capitalised word that is not an everyday word ("Microsoft Teams" keeps
    "Teams" out). It must be written capitalised, as a name: "workspace" or "checkout" in lower case is not
    the product."""
    words = name.split()
    if len(words) != 2 or words[0] not in vendors:
        return None
    rest = words[1]
    if not rest[:1].isupper() or not rest[1:].islower() or rest.lower() in everyday:
        return None
    return rest


def small_vendor_name(*, name: str, vendors: frozenset[str], everyday: frozenset[str]) -> str | None:
    """Return the coined product name of a vendor O*NET names once or twice ("Xactware Xactimate" ->
    "Xactimate", "Henry Schein Dentrix" -> "Dentrix", "Wind River VxWorks" -> "VxWorks"), or None: the last
    word after capitalised vendor words, when it reads as no English word (not an everyday word, a form of
    one, two run together or a word with an English ending: "Creative Solutions CPA Depreciation")."""
    words = name.split()
    if len(words) < 2 or words[0] in vendors:
        return None
    rest = words[-1]
    if not all(word[:1].isupper() or word[:1].isdigit() for word in words[:-1]):
        return None
    if (
        not rest[:1].isupper()
        or rest.isupper()
        or len(rest) < 4
        or not rest.isalnum()  # "Ad-HOC", "Home-Delivery": everyday words with a hyphen
        or " " in normalize_phrase(text=rest)  # "HomeDelivery" is read as "home delivery"
        or _plain_word(word=rest, everyday=everyday)
        or _compound(word=rest.lower(), everyday=everyday)  # "Toolkit", "WorkFLOW", "Firmware"
    ):
        return None
    mixed = any(ch.isupper() or ch.isdigit() for ch in rest[1:])
    english = rest.lower().rstrip("s").endswith(_ENGLISH_ENDINGS)
    coined_vendor = not _plain_word(word=words[-2], everyday=everyday)
    return rest if mixed or (not english and (coined_vendor or len(words) > 2)) else None


_ENGLISH_ENDINGS = (
    "tion", "sion", "ing", "ment", "ity", "ness", "er", "or", "ics", "ure", "ance", "ence", "ive", "al",
    "ous", "ism", "ist", "ant", "ent", "ary", "ory", "ship", "hood", "y", "able", "ible",
)  # fmt: skip


def _plain_word(*, word: str, everyday: frozenset[str]) -> bool:
    """Return whether a word is an everyday word or a form of one ("Estimating", "Calculator", "Analyzer")."""
    lower = word.lower()
    forms = {lower}
    for ending in ("ing", "or", "er", "s", "es", "ed"):
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            base = lower[: -len(ending)]
            forms |= {base, base + "e"}
    return bool(forms & everyday)


def _compound(*, word: str, everyday: frozenset[str]) -> bool:
    """Return whether a word is two everyday words run together ("toolkit", "powertrain")."""
    return any(
        word[:cut] in everyday and _plain_word(word=word[cut:], everyday=everyday)
        for cut in range(3, len(word) - 2)
    )


# Everyday words that are also products written as names, not in capitals: Epic, the health record. And the
# nouns of a job's own work (claims, cases, calls, laws): asked in those words, they stay requirements under
# any concept, where an adjective or a verb ("calm", "fast", "blast") is no thing asked at all.
_WRITTEN_AS_NAMES = frozenset(
    {"EPIC", "CLAIMS", "CASE", "CALL", "LAWS", "FIELDS", "APPS", "ITEM", "IDEAS", "ARTS"}
)


def _everyday_acronym(*, variant: str, everyday: frozenset[str]) -> bool:
    """Return whether a product's acronym is spelled as an English word of four letters or more ("CALM" of
    "Computerized aircraft log manager CALM", "CLAIMS", "PAWS"): the product only where written in capitals,
    the word elsewhere ("calm under pressure", "Claims Adjuster", "Paws & Claws")."""
    return (
        variant.isupper()
        and len(variant) >= 4
        and variant.lower() in everyday
        and variant not in _WRITTEN_AS_NAMES
    )


def _needs_capitals(*, variant: str, derived: bool, everyday: frozenset[str]) -> bool:
    """Return whether a one-word product name is also an everyday word and must be written as a name.

    "Ideal" (from "Ideal Computer Systems Ideal OPE"), "Partner" (from "Practice Partner"), "SAFe" and "MEAN"
    name products, but "the ideal candidate", "partners", "keep the firm safe" and "this means" do not.
    """
    # Acronyms ("PHP", "AIX") and names starting lower-case ("iOS") are written in lower case in resumes.
    if " " in variant or variant.lower() not in everyday or variant.isupper() or not variant[0].isupper():
        return False
    return derived or any(ch.isupper() for ch in variant[1:])


def add_onet(*, builder: "Builder", eval_dir: Path) -> list[tuple[str, int]]:
    """Add O*NET's technology examples to ``builder``; return the small vendors' coined product names with
    their concepts, to be added last where no other source has the surface (``small_vendor_name``)."""
    path = eval_dir / "onet-technology-skills" / "Technology Skills.txt"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    names = sorted({row["Example"].strip() for row in rows if row["Example"].strip()})
    commodities: dict[str, set[str]] = {}
    for row in rows:
        commodities.setdefault(row["Example"].strip(), set()).add(row["Commodity Title"].strip())
    first_words: dict[str, int] = {}
    for name in names:
        first_words[name.split()[0]] = first_words.get(name.split()[0], 0) + 1
    vendors = frozenset(word for word, count in first_words.items() if count >= VENDOR_MIN_PRODUCTS)
    everyday = everyday_words()
    deferred: list[tuple[str, int]] = []
    for name in names:
        variants = _onet_variants(name=name, vendors=vendors)
        concept_id = builder.concept(name=variants[0], category="tool")
        for index, variant in enumerate(variants):
            builder.surface(
                text=variant,
                concept_id=concept_id,
                capitalised=_needs_capitals(variant=variant, derived=index > 0, everyday=everyday),
                upper=index > 0 and _everyday_acronym(variant=variant, everyday=everyday),
            )
        coined = _coined_name(name=name, vendors=vendors, everyday=everyday)
        if coined is not None and coined not in variants:
            builder.surface(text=coined, concept_id=concept_id, capitalised=True)
        small = small_vendor_name(name=name, vendors=vendors, everyday=everyday)
        if small is not None and small not in variants:
            deferred.append((small, concept_id))
        for commodity in sorted(commodities.get(name, ())):
            builder.group(name=commodity, concept_id=concept_id)
    return deferred
