"""Words of a search, in plain Python (no database): splitting a query into words, English
stemming (Snowball, so "shirts" and "shirt" are one word) and spelling correction against the
catalogue's own vocabulary (difflib, so "shrit" becomes "shirt").

PostgreSQL's full-text search stems and its trigram index forgives typos on its own; these
functions make SQLite (`make run`) forgive the same, and suggest words on both databases."""

import difflib
import re
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import snowballstemmer

MAX_QUERY_WORDS = 10
# A word of at least this many letters may be corrected; shorter ones ("tea", "mug") are too
# close to too many words for a guess to help.
MIN_CORRECTED_LENGTH = 4
# difflib's similarity ratio a correction needs: "shrit" ~ "shirt" is 0.8, "knives" ~ "knife"
# 0.73, "tea" ~ "teak" 0.86 (but too short to be corrected). A search looks for words this
# close; a search that found nothing suggests words as far as SUGGESTION_CUTOFF.
CORRECTION_CUTOFF = 0.7
SUGGESTION_CUTOFF = 0.6
MAX_CORRECTIONS = 3

# Letters and digits, with inner hyphens and apostrophes kept ("t-shirt", "chef's").
_WORD = re.compile(r"\w+(?:['’-]\w+)*")
_stemmers = threading.local()  # Snowball stemmers keep state between calls: one per thread


def text_words(text: str) -> list[str]:
    """The lower-case words of `text`, in order, without punctuation (quotes, brackets, ...)."""
    return _WORD.findall((text or "").lower())


def query_words(query: str) -> list[str]:
    """The distinct words of a shopper's query, at most MAX_QUERY_WORDS of them."""
    return list(dict.fromkeys(text_words(query)))[:MAX_QUERY_WORDS]


@lru_cache(maxsize=20_000)
def word_stem(word: str) -> str:
    """The English stem of a lower-case word: "shirts" -> "shirt", "candies" -> "candi"."""
    stemmer = getattr(_stemmers, "english", None)
    if stemmer is None:
        stemmer = _stemmers.english = snowballstemmer.stemmer("english")
    return stemmer.stemWord(word)


@dataclass(frozen=True)
class CategoryLink:
    name: str
    url: str
    depth: int
    stems: frozenset[str]


@dataclass(frozen=True)
class Vocabulary:
    """The words of the catalogue (product titles and category names) by stem, and the public
    categories, built once from the database and cached (commerce.search.selectors)."""

    words_by_stem: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # How many titles and names use each word: of two spellings as close, the commoner wins.
    word_counts: dict[str, int] = field(default_factory=dict)
    categories: tuple[CategoryLink, ...] = ()

    @cached_property
    def words(self) -> tuple[str, ...]:
        return tuple(word for words in self.words_by_stem.values() for word in words)

    def knows(self, word: str) -> bool:
        return word_stem(word) in self.words_by_stem


def vocabulary_from(*, texts: Iterable[str], categories: Iterable[CategoryLink] = ()) -> Vocabulary:
    """A Vocabulary of every word in `texts` (titles, names), grouped by stem."""
    counts = Counter(
        word
        for text in texts
        for word in set(text_words(text))
        if len(word) > 1 and not word.isdigit()
    )
    by_stem: dict[str, list[str]] = {}
    for word in sorted(counts):
        by_stem.setdefault(word_stem(word), []).append(word)
    return Vocabulary(
        words_by_stem={stem: tuple(words) for stem, words in by_stem.items()},
        word_counts=dict(counts),
        categories=tuple(categories),
    )


def closest_words(
    word: str, *, vocabulary: Vocabulary, cutoff: float = CORRECTION_CUTOFF
) -> list[str]:
    """Catalogue words spelt most like `word` (best first), for a word the catalogue does not
    know; [] for a known or a short word."""
    if len(word) < MIN_CORRECTED_LENGTH or vocabulary.knows(word):
        return []
    close = difflib.get_close_matches(word, vocabulary.words, n=10, cutoff=cutoff)

    def likelihood(candidate: str) -> tuple:
        # "shrit" is as close to "short" as to "shirt" by difflib's ratio; swapped letters
        # ("shrit" has the letters of "shirt") are the likelier slip, then the commoner word.
        ratio = difflib.SequenceMatcher(None, word, candidate).ratio()
        swapped = sorted(candidate) == sorted(word)
        return (-round(ratio, 2), not swapped, -vocabulary.word_counts.get(candidate, 0))

    return sorted(close, key=likelihood)[:MAX_CORRECTIONS]


def _without_longer_forms(words: Iterable[str]) -> tuple[str, ...]:
    # A substring match on "shirt" already finds "shirts": look for the shortest forms only.
    unique = sorted(set(words), key=lambda w: (len(w), w))
    kept: list[str] = []
    for word in unique:
        if not any(shorter in word for shorter in kept):
            kept.append(word)
    return tuple(kept)


def word_forms(
    word: str, *, vocabulary: Vocabulary, likeliest_only: bool = False
) -> tuple[str, ...]:
    """What to look for in place of a query word: the word itself, the catalogue's words with
    the same stem ("shirts" -> "shirt"), or if it knows none, the closest spellings ("shrit" ->
    "shirt", "short"; only the first with `likeliest_only`) and their forms; without forms that
    contain a shorter one (a substring search for "shirt" finds "shirts")."""
    forms = [word, *vocabulary.words_by_stem.get(word_stem(word), ())]
    closest = closest_words(word, vocabulary=vocabulary)
    for close in closest[:1] if likeliest_only else closest:
        forms += [close, *vocabulary.words_by_stem.get(word_stem(close), ())]
    return _without_longer_forms(forms)


def corrected_query(
    query: str, *, vocabulary: Vocabulary, cutoff: float = CORRECTION_CUTOFF
) -> str:
    """`query`'s words with each unknown word replaced by its closest catalogue word
    ("linen shrit" -> "linen shirt"); the words unchanged when nothing is closer."""
    words = []
    for word in query_words(query):
        closest = closest_words(word, vocabulary=vocabulary, cutoff=cutoff)
        words.append(closest[0] if closest else word)
    return " ".join(words)


def categories_near(query: str, *, vocabulary: Vocabulary, limit: int = 4) -> list[CategoryLink]:
    """Categories whose name shares a word (by stem, after spelling correction) with `query`,
    deepest first; [] when none does."""
    corrected = corrected_query(query, vocabulary=vocabulary, cutoff=SUGGESTION_CUTOFF)
    stems = {word_stem(word) for word in query_words(corrected)}
    near = [category for category in vocabulary.categories if category.stems & stems]
    return sorted(near, key=lambda category: (-category.depth, category.name))[:limit]


def page_search_terms(query: str) -> str:
    """The query as plain words for Wagtail's page search. Its SQLite backend quotes each term
    for FTS5 without escaping a double quote inside it, so `"` answered HTTP 500."""
    return " ".join(query_words(query))
