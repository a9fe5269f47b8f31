"""Compile the local engine's vocabulary from ESCO, O*NET and the hand-written aliases.

Run from the repo root: ``python -m ai.local_engine.build_vocab --eval-dir ../shared/eval``. The output,
``ai/local_engine/data/vocab.json.gz``, is committed so installs need no eval folder. The build is
deterministic: the same inputs give a byte-identical file. It reads no SkillSpan or skill-linking data.
"""

import argparse
import csv
import gzip
import json
import logging
import re
from pathlib import Path

from ai.local_engine.aliases import SOFT_SKILLS
from ai.local_engine.build_vocab_onet import add_onet
from ai.local_engine.categories import NAMED_MEMBERS
from ai.local_engine.implications import IMPLIES, STACKS
from ai.local_engine.practice_areas import PRACTICE_AREAS
from ai.local_engine.recent_tools import RECENT_FIELDS, RECENT_TOOLS
from ai.local_engine.role_nouns import role_nouns_of
from ai.local_engine.tech_aliases import FIELD_ALIASES, TECH_ALIASES
from ai.local_engine.text import STOPWORDS, normalize_phrase
from ai.local_engine.world_languages import WORLD_LANGUAGES

logger = logging.getLogger(__name__)

DATA_PATH = Path(__file__).resolve().parent / "data" / "vocab.json.gz"
MAX_SURFACE_TOKENS = 6

# Concept categories, best first: when two concepts share a surface the better one keeps it.
CATEGORY_RANK = {"tool": 0, "knowledge": 1, "soft": 2, "language": 3, "skill": 4}

# Surface flags: a surface whose key is also an everyday word only counts when written capitalised.
FLAG_PLAIN = 0
FLAG_CAPITALISED = 1
FLAG_UPPER = 3  # written in capitals only (vocab.FLAG_UPPER)
FLAG_POSTING_ONLY = 2  # see vocab.FLAG_POSTING_ONLY
# A name in capital letters and digits ("SEND", "R2R", "SOC 1", "ECGs", "S&OP")
_LETTERS_RE = re.compile(r"[A-Z0-9&]{2,}s?(?: [A-Z0-9&]+s?)*")

AMBIGUOUS_WORDS = frozenset(
    """go r c d e swift spark express node rails flask shell bootstrap spring less chef puppet salt
    make ant rust ruby dart julia elm crystal pascal access word project teams outlook excel office
    windows slack box zoom mail notes vault consul nomad sentry kite polymer ember backbone meteor
    storm hive pig beam jest mocha chai jasmine karma compass prism it as us or an do be is in on at
    to up so no me sage target gate pages numbers keynote visio live drive sheets forms sites groups
    mint arch base solution one ace apex atlas bridge canvas core delta edge echo focus fusion glue
    grid harvest impact jet keeper lens matrix mesh nova orbit pilot pulse quest ranger scout sierra
    spectrum summit titan unity vector vertex vista wave zen connect express insight navigator
    portal studio suite tracker manager designer builder analyzer monitor planner windows sketch hive helm
    dart rust remix gatsby phoenix gin koa vite parcel rollup babel karma enzyme looker bamboo sentry nats
    yarn oracle safe mean""".split()
)

# Everyday words that name a tool or a field in ESCO/O*NET ("field", "law", "basic", "call", "chat"): in
# SkillSpan's train and dev postings, at least three quarters of their lower-case uses lie outside any
# skill or knowledge span (counted once, 2026-12-04; test split not read). Like the words above, they count
# only when written capitalised.
PLAIN_IN_POSTINGS = frozenset(
    """field training law assessment vision scheme track art essential music fit basic call rest item
    drawing pharmaceutical doe pm dental scanning legal chat survey st""".split()
)

# One-word labels of ESCO transversal skills that name another activity far more often than the skill
# ("Plan and schedule posts" is not "manage time", "design APIs" not "think creatively", "report to" not
# "report facts"): never a soft skill on their own.
SOFT_VERBS_NOT_ALONE = frozenset(
    """dance draw paint sing climb design experiment decide choose guide report schedule lecture persist
    improvise invent innovate""".split()
)

# Everyday job-ad words ESCO lists as labels or synonyms; they are not keywords on their own.
GENERIC_WORDS = frozenset(
    """experience team work skill knowledge ability year job role position company business people
    product service client customer time level understanding environment opportunity candidate
    requirement responsibility task project world support quality data information system solution
    process tool technology application development management communication service online computer
    software internet email""".split()
)


def _key_is_usable(*, key: str) -> bool:
    tokens = key.split()
    if not tokens or len(tokens) > MAX_SURFACE_TOKENS:
        return False
    if all(token in STOPWORDS or token.isdigit() for token in tokens):
        return False
    return not (len(tokens) == 1 and tokens[0] in GENERIC_WORDS)


def _flag_for(*, key: str) -> int:
    return (
        FLAG_CAPITALISED
        if key in AMBIGUOUS_WORDS or key in PLAIN_IN_POSTINGS or key in STOPWORDS or len(key) == 1
        else FLAG_PLAIN
    )


class _Builder:
    def __init__(self) -> None:
        self.concepts: list[list[str]] = []
        self.concept_index: dict[tuple[str, str], int] = {}
        self.surfaces: dict[str, list[int]] = {}
        self.groups: dict[str, set[int]] = {}

    def group(self, *, name: str, concept_id: int) -> None:
        """Record that ``concept_id`` belongs to the ESCO broader skill or O*NET commodity group ``name``."""
        key = normalize_phrase(text=name)
        if key:
            self.groups.setdefault(key, set()).add(concept_id)

    def concept(self, *, name: str, category: str) -> int:
        marker = (normalize_phrase(text=name), category)
        if marker not in self.concept_index:
            self.concept_index[marker] = len(self.concepts)
            self.concepts.append([name, category])
        return self.concept_index[marker]

    def surface(self, *, text: str, concept_id: int, capitalised: bool = False, upper: bool = False) -> None:
        key = normalize_phrase(text=text)
        if not _key_is_usable(key=key):
            return
        current = self.surfaces.get(key)
        rank = CATEGORY_RANK[self.concepts[concept_id][1]]
        if current is None or rank < CATEGORY_RANK[self.concepts[current[0]][1]]:
            flag = FLAG_UPPER if upper else FLAG_CAPITALISED if capitalised else _flag_for(key=key)
            self.surfaces[key] = [concept_id, flag]


def _esco_rows(*, eval_dir: Path, filename: str) -> list[dict[str, str]]:
    with (eval_dir / "esco-vocab" / filename).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _split_labels(*, raw: str) -> list[str]:
    return [label.strip() for label in raw.replace("\n", " | ").split(" | ") if label.strip()]


def _add_esco(*, builder: _Builder, eval_dir: Path) -> None:
    collections = (
        ("digitalSkillsCollection_en.csv", None),
        ("transversalSkillsCollection_en.csv", "soft"),
        ("researchSkillsCollection_en.csv", None),
        ("digCompSkillsCollection_en.csv", None),
        ("greenSkillsCollection_en.csv", None),
    )
    for filename, forced_category in collections:
        for row in _esco_rows(eval_dir=eval_dir, filename=filename):
            category = forced_category or ("knowledge" if row["skillType"] == "knowledge" else "skill")
            label = row["preferredLabel"].strip()
            concept_id = builder.concept(name=label, category=category)
            for surface in [label, *_split_labels(raw=row["altLabels"])]:
                if category == "soft" and normalize_phrase(text=surface) in SOFT_VERBS_NOT_ALONE:
                    continue
                builder.surface(text=surface, concept_id=concept_id)
            for broader in row["broaderConceptPT"].split(" | "):
                builder.group(name=broader, concept_id=concept_id)
    for row in _esco_rows(eval_dir=eval_dir, filename="languageSkillsCollection_en.csv"):
        label = row["preferredLabel"].strip()
        if len(label.split()) == 1:
            builder.surface(text=label, concept_id=builder.concept(name=label, category="language"))
    for name, others in WORLD_LANGUAGES.items():
        concept_id = builder.concept(name=name, category="language")
        for surface in (name, *others):
            builder.surface(text=surface, concept_id=concept_id)


def _add_aliases(*, builder: _Builder) -> None:
    groups = [(name, aliases, "tool") for name, aliases in (*TECH_ALIASES.items(), *RECENT_TOOLS.items())]
    groups += [
        (name, aliases, "knowledge") for name, aliases in (*FIELD_ALIASES.items(), *RECENT_FIELDS.items())
    ]
    for canonical, aliases, category in groups:
        concept_id = builder.concept(name=canonical, category=category)
        for surface in (canonical, *aliases):
            key = normalize_phrase(text=surface)
            if _key_is_usable(key=key):
                # Hand-written aliases override whatever the big sources said about the surface.
                builder.surfaces[key] = [concept_id, _flag_for(key=key)]
    # Members of the taxonomy's categories and stacks are tools too, unless a source already knows the name.
    named = set(NAMED_MEMBERS)
    named |= {*STACKS, *IMPLIES} | {name for names in (*STACKS.values(), *IMPLIES.values()) for name in names}
    for name in sorted(named - set(PRACTICE_AREAS)):  # a practice area is knowledge, added below
        key = normalize_phrase(text=name)
        if key not in builder.surfaces and _key_is_usable(key=key):
            builder.surfaces[key] = [builder.concept(name=name, category="tool"), _flag_for(key=key)]
    # Practice areas the sources lack: a name a source holds keeps its concept, and lends it to the others
    for canonical, others in PRACTICE_AREAS.items():
        keys = [normalize_phrase(text=surface) for surface in (canonical, *others)]
        held = next((builder.surfaces[key][0] for key in keys if key in builder.surfaces), None)
        concept_id = held if held is not None else builder.concept(name=canonical, category="knowledge")
        for surface, key in zip((canonical, *others), keys, strict=True):
            if key not in builder.surfaces and _key_is_usable(key=key):
                # letters ("SEND", "UAT", "ECGs") only as written: "send your CV" names no special needs
                upper = _LETTERS_RE.fullmatch(surface) is not None
                builder.surfaces[key] = [concept_id, FLAG_UPPER if upper else _flag_for(key=key)]
    # "MS Project", "MS Teams", "MS Dynamics": Microsoft's products by the short form postings use
    for key, value in list(builder.surfaces.items()):
        short = "ms " + key.removeprefix("microsoft ")
        if key.startswith("microsoft ") and len(key.split()) > 1 and short not in builder.surfaces:
            builder.surfaces[short] = [value[0], _flag_for(key=short)]
    for canonical, aliases in SOFT_SKILLS.items():
        concept_id = builder.concept(name=canonical, category="soft")
        for surface in (canonical, *aliases):
            key = normalize_phrase(text=surface)
            # A soft skill's own name counts even where it is an everyday job-ad word ("communication").
            if _key_is_usable(key=key):
                builder.surfaces[key] = [concept_id, FLAG_PLAIN]
            elif surface == canonical:
                builder.surfaces[key] = [concept_id, FLAG_POSTING_ONLY]


def _titles(*, eval_dir: Path) -> list[str]:
    titles: set[str] = set()
    for row in _esco_rows(eval_dir=eval_dir, filename="occupations_en.csv"):
        for label in [row["preferredLabel"], *row["altLabels"].split("\n")]:
            key = normalize_phrase(text=label)
            if 1 <= len(key.split()) <= 5:
                titles.add(key)
    with (eval_dir / "onet-technology-skills" / "Occupation Data.txt").open(
        encoding="utf-8", newline=""
    ) as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            key = normalize_phrase(text=row["Title"])
            if 1 <= len(key.split()) <= 5:
                titles.add(key)
    return sorted(titles)


def build(*, eval_dir: Path) -> dict:
    """Return the compiled vocabulary built from ``eval_dir``."""
    builder = _Builder()
    _add_esco(builder=builder, eval_dir=eval_dir)
    coined = add_onet(builder=builder, eval_dir=eval_dir)
    _add_aliases(builder=builder)
    for text, concept_id in coined:  # last: a small vendor's product never takes a surface another source has
        if normalize_phrase(text=text) not in builder.surfaces:
            builder.surface(text=text, concept_id=concept_id, capitalised=True)
    used = sorted({concept_id for concept_id, _ in builder.surfaces.values()})
    titles = _titles(eval_dir=eval_dir)
    remap = {old: new for new, old in enumerate(used)}
    return {
        "version": 1,
        "attribution": [
            "ESCO, (c) European Union, https://esco.ec.europa.eu "
            "(ESCO v1.2.0 skill collections and occupations)",
            "This includes information from the O*NET 28.2 Database by the U.S. Department of Labor, "
            "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. "
            "O*NET(R) is a trademark of USDOL/ETA.",
        ],
        "concepts": [builder.concepts[old] for old in used],
        "surfaces": {key: [remap[cid], flag] for key, (cid, flag) in sorted(builder.surfaces.items())},
        "titles": titles,
        # The words that make a line a job title (``role_nouns``), read off the titles once, here.
        "role_nouns": sorted(role_nouns_of(titles=frozenset(titles))),
        # ESCO broader skills and O*NET commodity groups -> the concepts in them (that kept a surface).
        "groups": {
            key: sorted(remap[cid] for cid in members if cid in remap)
            for key, members in sorted(builder.groups.items())
            if len([cid for cid in members if cid in remap]) >= 2
        },
    }


def write(*, vocab: dict, path: Path) -> None:
    """Write ``vocab`` as deterministic gzipped JSON (fixed mtime, sorted keys)."""
    payload = json.dumps(vocab, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    with (
        path.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz,
    ):
        gz.write(payload)


def main() -> None:
    """Build the vocabulary from ``--eval-dir`` and write it to ``--out``."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--eval-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=DATA_PATH)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    vocab = build(eval_dir=args.eval_dir)
    write(vocab=vocab, path=args.out)
    logger.info(
        "vocabulary: %d concepts, %d surfaces, %d titles -> %s (%d bytes)",
        len(vocab["concepts"]),
        len(vocab["surfaces"]),
        len(vocab["titles"]),
        args.out,
        args.out.stat().st_size,
    )


if __name__ == "__main__":
    main()
