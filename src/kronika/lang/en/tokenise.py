"""English sentences and tokens with offsets: a small rule-based splitter
(abbreviations and initials do not end a sentence)."""

from __future__ import annotations

import re

from kronika.lang.en.lemma import lemma
from kronika.text import Analysis, Sentence, Token

# initials and dotted abbreviations (U.S., a.m., John F. Kennedy) are one token that does not end a sentence;
# a plural's possessive apostrophe stays on its word ("the Kurdistan Workers' Party")
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\b[A-Z]\.(?=\s+[A-Z][a-z])|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Gov|Sen|Rep|St|Jr|Sr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|Inc|Ltd|Corp)\.|\d+(?:[.,:/]\d+)*|\w+(?:['’-]\w+)*(?:(?<=s)['’](?!\w))?|[^\w\s]")
ENDS = {".", "!", "?"}


_lemma = lemma


def analyse(text: str) -> Analysis:
    analysis = Analysis(text=text, language="en")
    position = 0
    for paragraph_index, line in enumerate(text.splitlines(keepends=True)):
        tokens: list[Token] = []
        for match in TOKEN.finditer(line):
            form = match.group(0)
            tokens.append(Token(form, position + match.start(), position + match.end(), _lemma(form), not form[0].isalnum()))
            ends = form in ENDS
            if ends:
                _close(analysis, text, tokens, paragraph_index)
                tokens = []
        _close(analysis, text, tokens, paragraph_index)
        position += len(line)
    return analysis


def _close(analysis: Analysis, text: str, tokens: list[Token], paragraph: int) -> None:
    if tokens:
        start, end = tokens[0].start, tokens[-1].end
        analysis.sentences.append(Sentence(text[start:end], start, end, tokens, paragraph))
