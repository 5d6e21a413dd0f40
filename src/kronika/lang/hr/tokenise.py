"""Croatian sentences and tokens, by reldi-tokeniser (CLASSLA's rule-based
tokeniser for South Slavic languages, with its Croatian abbreviation list).

reldi-tokeniser's own `run()` builds its regex per call and prints text; we
compile its Croatian token regex once (with fast paths for plain words and
spaces, and its abbreviations as a trie) and apply its sentence rules per
paragraph, keeping the character offsets that the later stages need. Both are
tested to give exactly reldi's tokens and sentences on the corpus.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from reldi_tokeniser import tokeniser as reldi

from kronika.lang.hr.lemma import lemma
from kronika.lang.wordregex import word_alternation
from kronika.text import Analysis, Sentence, Token

PUNCT = re.compile(r"^\W+$")


@cache
def _token_regex() -> re.Pattern[str]:
    """reldi-tokeniser's Croatian token regex, with its ~100 abbreviations
    compiled as a trie: the plain alternation costs more than all the other
    token rules together, and a trie matches the same abbreviations."""
    rules = reldi.langs["hr"]
    literal, patterned = [], []
    for abbreviation in rules["abbrev"].split("|"):
        plain = abbreviation.replace("\\.", ".").replace("\\'", "'")
        if plain.endswith("\\b"):
            patterned.append(abbreviation)  # "al'\b" keeps its word boundary
        elif re.fullmatch(r"[\w.' -]+", plain):
            literal.append(plain)
        else:
            patterned.append(abbreviation)
    # every abbreviation but "al'" ends in a dot within a few letters: look for it before trying them
    abbrev = r"(?=[\w.' -]{0,12}\.|al')(?:" + "|".join([f"(?:{word_alternation(literal)})"] + patterned) + ")"
    parts = [abbrev if name == "abbrev" else rules[name] for name in rules["order"]]
    return re.compile("|".join([*FAST_PATHS, *parts]), re.UNICODE | re.IGNORECASE)


# Most tokens are plain words and spaces, which reldi tries only after a dozen
# other rules. These match first exactly what reldi would give them: a word
# that starts with a letter and is followed by none of the characters that
# let an abbreviation, URL, e-mail or compound word continue it; a whitespace
# run (no reldi rule starts with whitespace).
FAST_PATHS = (r"[^\W\d_]\w*+(?![@.'\-\u00ad*:/])", r"\s+")


QUOTES = "-»\"'„"
ENDERS = ".!?…"


def _sentence_split(tokens: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    """reldi-tokeniser's `sentence_split` for Croatian, rule for rule, but
    visiting only the tokens that can end a sentence (reldi walks every token
    and space in Python: a third of the time of `analyse`)."""
    no_split = reldi.abbrevs["hr"]["N"]
    last = len(tokens) - 1
    boundaries = [0]
    for index in [i for i, (form, _, _) in enumerate(tokens[:last]) if form[0] in ENDERS or form[-1] == "."]:
        token = tokens[index][0]
        following = [tokens[index + k][0] for k in range(1, min(5, last - index + 1))]
        if token[0] in ENDERS or (token.endswith(".") and token.lower() not in no_split and len(token) > 2 and following[0][0] not in ENDERS):
            if following[0][0].isupper():
                boundaries.append(index + 1)
                continue
            if len(following) > 1 and following[1][0].isupper() and (following[0].isspace() or following[0][0] in QUOTES):
                boundaries.append(index + 1)
                continue
            if len(following) > 2 and following[2][0].isupper() and following[0].isspace() and following[1][0] in QUOTES:
                boundaries.append(index + 1)
                continue
            if (len(following) > 3 and following[3][0].isupper() and following[0].isspace()
                    and following[1][0] in QUOTES and following[2][0] in QUOTES):
                boundaries.append(index + 1)
                continue
        if token[0] in ENDERS and len(following) > 1 and following[1][0].isdigit():
            boundaries.append(index + 1)
    boundaries.append(len(tokens))
    return [tokens[a:b] for a, b in zip(boundaries, boundaries[1:])]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line block; every line is a paragraph
    because news text breaks lines only between paragraphs and header fields."""
    spans: list[tuple[int, int]] = []
    position = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = position + (len(line) - len(line.lstrip()))
            spans.append((start, start + len(stripped)))
        position += len(line)
    return spans


SPACE_RUNS = re.compile(r"(\s+)")


@lru_cache(maxsize=100_000)
def _piece_tokens(piece: str) -> tuple[str, ...]:
    """The tokens of a text piece between whitespace that is not a plain
    word ('Minsku.', '2025.', 'SAD-a'): no token rule looks past the
    whitespace around a piece, so it splits the same on its own."""
    regex = _token_regex()
    forms = []
    start = 0
    while start < len(piece):
        form = regex.match(piece, start).group()
        forms.append(form)
        start += len(form)
    return tuple(forms)


def _raw_tokens(paragraph: str) -> list[tuple[str, int, int]]:
    """reldi's tokens (whitespace runs included) with their offsets.

    No reldi token contains whitespace, so the text is cut at whitespace
    first (in C) and only the pieces that are not a plain word go through
    the token regex, once per distinct piece: a piece of letters alone is one
    token, the one reldi's rules give it."""
    tokens: list[tuple[str, int, int]] = []
    append = tokens.append
    position = 0
    for part in SPACE_RUNS.split(paragraph):
        end = position + len(part)
        if not part:
            continue
        if part.isalpha() or part.isspace():
            append((part, position, end))
        else:
            for form in _piece_tokens(part):
                append((form, position, position + len(form)))
                position += len(form)
        position = end
    return tokens


@lru_cache(maxsize=200_000)
def _features(form: str) -> tuple[str, bool]:
    """(lemma, is punctuation) of a token form, computed once per form."""
    return lemma(form), PUNCT.match(form) is not None


def analyse(text: str) -> Analysis:
    """Split `text` into sentences and tokens with offsets and lemmas."""
    analysis = Analysis(text=text, language="hr")
    for paragraph_index, (start, end) in enumerate(_paragraphs(text)):
        for raw_sentence in _sentence_split(_raw_tokens(text[start:end])):
            tokens = [
                Token(form, start + s, start + e, *_features(form))
                for form, s, e in raw_sentence
                if not form.isspace()
            ]
            if not tokens:
                continue
            sentence_start, sentence_end = tokens[0].start, tokens[-1].end
            analysis.sentences.append(
                Sentence(
                    text=text[sentence_start:sentence_end],
                    start=sentence_start,
                    end=sentence_end,
                    tokens=tokens,
                    paragraph=paragraph_index,
                )
            )
    return analysis
