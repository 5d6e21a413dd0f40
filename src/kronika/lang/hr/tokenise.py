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

from kronika.lang.hr.detect import has_cyrillic, to_latin
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
NON_SPACE = re.compile(r"\S+")

# A token of a piece: (form, start, end, lemma, is punctuation, may end a sentence).
PieceToken = tuple[str, int, int, str, bool, bool]


@lru_cache(maxsize=200_000)
def _piece_tokens(piece: str) -> tuple[PieceToken, ...]:
    """The tokens of a text piece between whitespace, with what later
    stages ask of them, once per distinct piece ('Minsku.', '2025.', 'SAD-a').

    No reldi token contains whitespace and no token rule looks past the
    whitespace around a piece, so a piece splits the same on its own; a
    piece of letters alone is one token, the one the plain-word fast path
    gives it."""
    if piece.isalpha():
        forms = [piece]
    else:
        regex = _token_regex()
        forms, start = [], 0
        while start < len(piece):
            forms.append(regex.match(piece, start).group())
            start += len(forms[-1])
    tokens, start = [], 0
    for form in forms:
        may_end = form[0] in ENDERS or form[-1] == "."
        tokens.append((form, start, start + len(form), lemma(form), PUNCT.match(form) is not None, may_end))
        start += len(form)
    return tuple(tokens)


def _following(tokens: list[Token], index: int) -> list[str]:
    """The next four tokens of reldi's stream after `index`, a whitespace run
    (a gap between token offsets) counting as one token."""
    following: list[str] = []
    for j in range(index, len(tokens) - 1):
        if tokens[j].end < tokens[j + 1].start:
            following.append(" ")
        following.append(tokens[j + 1].text)
        if len(following) >= 4:
            break
    return following[:4]


def _boundaries(tokens: list[Token], candidates: list[int]) -> list[int]:
    """reldi-tokeniser's `sentence_split` for Croatian, rule for rule: the
    indices where sentences start. It visits only the tokens that can end a
    sentence (reldi walks every token and space in Python)."""
    no_split = reldi.abbrevs["hr"]["N"]
    boundaries = [0]
    for index in candidates:
        if index >= len(tokens) - 1:
            continue  # reldi never splits after the last token
        token = tokens[index].text
        following = _following(tokens, index)
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
    return boundaries


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


def _paragraph_sentences(text: str, start: int, end: int) -> list[list[Token]]:
    """The sentences of one paragraph (text[start:end], no whitespace at its
    ends) as lists of tokens with offsets into `text`."""
    tokens: list[Token] = []
    append = tokens.append
    candidates: list[int] = []  # tokens that may end a sentence
    for piece in NON_SPACE.finditer(text, start, end):
        position = piece.start()
        for form, s, e, lemma_, punct, may_end in _piece_tokens(piece.group()):
            if may_end:
                candidates.append(len(tokens))
            append(Token(form, position + s, position + e, lemma_, punct))
    bounds = _boundaries(tokens, candidates) + [len(tokens)]
    return [tokens[a:b] for a, b in zip(bounds, bounds[1:]) if a < b]


def analyse(text: str) -> Analysis:
    """Split `text` into sentences and tokens with offsets and lemmas.

    A text in Serbian Cyrillic is tokenised and lemmatised in its Latin
    transliteration: its tokens are Latin words (so every lexicon of the
    pack reads them) whose offsets, like those of its sentences, point into
    the original text, and the analysis and sentence texts are the original's."""
    if has_cyrillic(text):
        latin, original = to_latin(text)
    else:
        latin, original = text, None
    analysis = Analysis(text=text, language="hr")
    for paragraph_index, (start, end) in enumerate(_paragraphs(latin)):
        for tokens in _paragraph_sentences(latin, start, end):
            if original is not None and len(latin) != len(text):
                for token in tokens:
                    token.start, token.end = original(token.start), original(token.end)
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
