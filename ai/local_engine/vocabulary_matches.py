"""Where a sentence's tokens name vocabulary entries: the longest match first, never across punctuation.

Used on postings (``candidates``) and resumes (``resume_facts``) alike; a name the vocabulary marks as
everyday in lower case counts only capitalised, and one only a posting uses only there.
"""

from ai.local_engine.categories import NAMED_MEMBERS
from ai.local_engine.sections import CREDENTIAL_ADJECTIVES
from ai.local_engine.text import STOPWORDS, Sentence, Token
from ai.local_engine.vocab import FLAG_CAPITALISED, FLAG_POSTING_ONLY, FLAG_UPPER, Vocabulary, everyday_words

_JOINING_GAP_CHARS = " \t-/&'’"


def token_breaks(*, sentence: Sentence, tokens: list[Token]) -> list[bool]:
    """Return, for each token, whether punctuation separates it from the previous token."""
    text, offset = sentence.text, sentence.start
    return [True] + [
        bool(text[previous.end - offset : current.start - offset].strip(_JOINING_GAP_CHARS))
        for previous, current in zip(tokens, tokens[1:], strict=False)
    ]


def _is_capitalised(*, tokens: list[Token]) -> bool:
    return all(token.text[0].isupper() or not token.text[0].isalpha() for token in tokens)


_SHOUTED_MIN_WORDS = 3
# In a sentence written in capitals a word this short may still be an acronym or a name ("IT", "CPA", a
# resume's "GO").
SHOUTED_ACRONYM_MAX = 3


def shouted(*, tokens: list[Token]) -> bool:
    """Return whether a sentence is written in capitals ("MANAGE PARTNER CALENDARS"): its capitals then say
    nothing of which words are names."""
    words = [token.text for token in tokens if token.text.isalpha() and len(token.text) > 1]
    return len(words) >= _SHOUTED_MIN_WORDS and 5 * sum(word.isupper() for word in words) >= 4 * len(words)


# Words after a capitalised-only name that show it is the tech ("Go experience", "Swift programming").
_TECH_FOLLOWERS = frozenset(
    """experience knowledge skill proficiency programming development developer expertise background
    familiarity framework library code coding language stack app application api""".split()
)


def _starts_plain_words(*, norms: list[str], tokens: list[Token], breaks: list[bool]) -> bool:
    """Return whether a sentence opens with an everyday word that is only capitalised by its place ("Basic
    computer skills", "Express interest in ..."): the next word is a plain lower-case word."""
    if len(tokens) < 2 or breaks[1]:
        return False
    following = tokens[1].text
    return (
        following.isalpha()
        and following.islower()
        and norms[1] not in STOPWORDS
        and norms[1] not in _TECH_FOLLOWERS
    )


def _needs_inner_capitals(*, name: str, token: Token) -> bool:
    """Return whether a short name written with inner capitals ("SAFe", "MEAN") is written here without them
    ("Gas Safe registered", "Mean time"): the everyday word, not the name."""
    inner = any(ch.isupper() for ch in name[1:])
    return inner and len(name) <= 6 and " " not in name and not any(ch.isupper() for ch in token.text[1:])


def _title_word(token: Token) -> bool:
    """Return whether a word is capitalised as a title's ("Functions", or "FUNCTIONS" in a heading in
    capitals; not a short acronym, "IT")."""
    text = token.text
    return text.isalpha() and text[0].isupper() and (text[1:].islower() or (text.isupper() and len(text) > 3))


def _in_title_run(
    *, tokens: list[Token], breaks: list[bool], index: int, vocabulary: Vocabulary, name: str
) -> bool:
    """Return whether an everyday word that names a product only when capitalised stands in a run of
    capitalised words ("Vulnerable Sector Check", "How Does Learning Happen?", "Essential Functions"): a
    title's or a name's capitals, not the product's. A word after it that says it is the tech ("Go
    Developer", "Swift programming") keeps it; a role after it keeps only a named member of a kind of
    software ("Go Engineer", "Epic Analyst"), not a job's field ("Mortgage Case Manager", "Dental Nurse",
    "Training Coordinator")."""
    if tokens[index].norm not in everyday_words():
        return False  # a coined name ("Abaqus") is a product wherever it stands
    after = index + 1
    if after < len(tokens) and not breaks[after] and _title_word(tokens[after]):
        following = tokens[after].norm
        if (
            following in vocabulary.role_nouns
            and index > 0
            and not breaks[index]
            and tokens[index - 1].norm in CREDENTIAL_ADJECTIVES
        ):
            return True  # "Chartered Legal Executive", "Certified Safety Professional": a credential's title
        # "Go Developer", "Swift programming"; "Clarity Reports": a product's own module
        return not (
            following in _TECH_FOLLOWERS
            or (following in vocabulary.role_nouns and name in NAMED_MEMBERS)
            or (following in vocabulary.surfaces and following not in vocabulary.role_nouns)
        )
    before = index - 1
    # "Epic Clarity": a vendor's product after the vendor's name
    return (
        before > 0
        and not breaks[index]
        and _title_word(tokens[before])
        and tokens[before].norm not in vocabulary.surfaces
    )


def _stands_alone(*, norms: list[str], after: int) -> bool:
    """Return whether a vague skill name does not start a longer term ("communication protocols")."""
    following = norms[after] if after < len(norms) else ""
    return not following.isalpha() or following in STOPWORDS or following.startswith("skill")


def _listed_alone(*, tokens: list[Token], breaks: list[bool], index: int, length: int) -> bool:
    """Return whether a vague skill name is a whole item of a resume's list, capitalised and as the posting
    names it ("Leadership, Communication, Project planning"), not a word of a sentence ("communication
    between services") nor a department ("Marketing & Communications")."""
    end = index + length
    return (
        breaks[index]
        and (end == len(tokens) or breaks[end])
        and _is_capitalised(tokens=tokens[index:end])
        and all(token.text.lower() == token.norm for token in tokens[index:end])
    )


def vocabulary_matches(
    *, tokens: list[Token], breaks: list[bool], vocabulary: Vocabulary, posting: bool = True
) -> dict[int, tuple[int, int]]:
    """Return start index -> (length, concept id) of the longest vocabulary matches, left to right (in a
    resume, ``posting=False``, without the names only a posting uses)."""
    norms = [token.norm for token in tokens]
    lengths_from, surfaces = vocabulary.lengths_from.get, vocabulary.surfaces.get
    count = len(tokens)
    matches: dict[int, tuple[int, int]] = {}
    loud: bool | None = None  # whether the sentence is in capitals: read once, where first needed
    index = 0
    while index < count:
        lengths = lengths_from(norms[index])
        if lengths is None:
            index += 1  # no entry starts with this word: most words of a text
            continue
        # Only as far as the tokens follow each other without punctuation between them.
        run = 1
        while run < lengths[0] and index + run < count and not breaks[index + run]:
            run += 1
        for length in lengths:
            if length > run:
                continue
            hit = surfaces(norms[index] if length == 1 else " ".join(norms[index : index + length]))
            if (
                hit
                and (
                    hit[1] != FLAG_POSTING_ONLY
                    or (posting and _stands_alone(norms=norms, after=index + length))
                    or (
                        not posting
                        and _listed_alone(tokens=tokens, breaks=breaks, index=index, length=length)
                    )
                )
                and (
                    hit[1] != FLAG_UPPER
                    or (
                        all(token.text.isupper() for token in tokens[index : index + length])
                        # "OUR 35-PERSON LAW FIRM": a sentence in capitals writes its words so
                        and not (loud := shouted(tokens=tokens) if loud is None else loud)
                    )
                )
                and (
                    hit[1] != FLAG_CAPITALISED
                    or (
                        _is_capitalised(tokens=tokens[index : index + length])
                        and not (
                            index == 0
                            and length == 1
                            and _starts_plain_words(norms=norms, tokens=tokens, breaks=breaks)
                        )
                        and not (
                            length == 1
                            and _needs_inner_capitals(
                                name=vocabulary.concepts[hit[0]].name, token=tokens[index]
                            )
                        )
                        and not (
                            posting
                            and length == 1
                            and _in_title_run(
                                tokens=tokens,
                                breaks=breaks,
                                index=index,
                                vocabulary=vocabulary,
                                name=vocabulary.concepts[hit[0]].name,
                            )
                        )
                        and not (
                            # "MANAGE PARTNER CALENDARS" in a posting; a resume's "PYTHON, GO" keeps Go
                            all(token.text.isupper() for token in tokens[index : index + length])
                            and (posting or len(norms[index]) > SHOUTED_ACRONYM_MAX)
                            and (loud := shouted(tokens=tokens) if loud is None else loud)
                        )
                    )
                )
            ):
                matches[index] = (length, hit[0])
                index += length
                break
        else:
            index += 1
    return matches
