"""Fuzzing `extract`: articles assembled from the pieces news text is made of
(names, verbs, dates in every shape, header lines, reporting frames) mixed
with hostile characters (lone surrogates, control bytes, odd whitespace)
and publication times from year 1 to 9999. No exception but a ReadError or
UnknownLanguage (a clear one-line error) may escape, and every offset an
event gives slices the article to exactly the words it names.

Deterministic (derandomize): the same cases on every run, so CI is never
flaky; KRONIKA_FUZZ_EXAMPLES runs more (e.g. 50000) when hunting."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kronika.lang import UnknownLanguage
from kronika.pipeline import extract_text
from kronika.read import ReadError

try:
    from kronika.read import clean_text
except ImportError:  # an older Kronika (to check that this test finds what it should)
    def clean_text(text: str) -> str:
        return text

EXAMPLES = int(os.environ.get("KRONIKA_FUZZ_EXAMPLES", "2500"))

NAMES = ["Andrej Plenković", "Plenković", "Plenkovića", "Robert Golob", "Golobom", "Lukašenko", "Madura",
         "njemačkim kancelarom Friedrichom Merzom", "hrvatski premijer", "Vlada", "NATO", "EU", "Srbija", "Hrvatske",
         "Joe Biden", "the Croatian prime minister", "Merz", "predsjednik", "on", "ona", "glasnogovornik"]
VERBS = ["se sastao s", "je razgovarao s", "je kritizirao", "je optužio", "je pozvao", "je posjetio", "je zaprijetio",
         "će se sastati s", "nije se sastao s", "met", "accused", "je primio", "sastanak sa", "telefonski je razgovarao s"]
TIMES = ["u petak", "u ponedjeljak", "sutra", "jučer", "prošli tjedan", "sljedeće godine", "prošlog mjeseca",
         "21. studenoga", "32. prosinca", "29. veljače", "u studenom prošle godine", "prije 3000 godina", "za 10000 dana",
         "2025.", "0. siječnja 0000.", "9999.", "ovaj tjedan", "last week", "on Friday", "on 31 April 2026", "u 25:61",
         "1. 1. 1.", "31.12.9999.", "u petak (4. lipnja)", "28. svibnja prošle godine"]
HEADERS = ["Naslov\n\n", "I.V./Hina\n\n", "11.12.2025 u 22:07\n\n", "32.13.2025\n\n", "29.02.2025 u 10:00\n\n",
           "published: 31.04.2026\n", "0.0.0000\n\n", "title: X\nlang: hr\npublished: 2025-12-11\n\n", "Objavljeno: 06. pro. 2025. 20:26\n",
           "March 4, 2026 10:15\n\n", "četvrtak, 11.12.2025.\n", "9999-12-31T23:59:59+14:00\n", "0001-01-01\n\n"]
NOISE = ["\ud800", "\udfff", "\x00", "\x1b[31m", "\u202e", "\u200b", "\t", "\r\n", "\n\n", " , ", "»", "\"", "(", ")", "—",
         ", javlja Hina.", ", prenosi Reuters pozivajući se na anonimne izvore.", ". ", "? ", "...", "1", "W50", "%", "\ufeff"]

sentence = st.builds(lambda a, v, b, t, end: f"{a} {t} {v} {b}{end}", st.sampled_from(NAMES), st.sampled_from(VERBS),
                     st.sampled_from(NAMES), st.sampled_from(TIMES), st.sampled_from([".", ". ", ", javlja Hina. ", "\n", "", "!"]))
piece = st.one_of(sentence, sentence, sentence, st.sampled_from(NOISE), st.sampled_from(TIMES),
                  st.text(max_size=12), st.text(alphabet=st.characters(codec="utf-8", exclude_categories=()), max_size=6))
articles = st.builds(lambda header, parts: header + "".join(parts), st.one_of(st.just(""), st.sampled_from(HEADERS)),
                     st.lists(piece, min_size=1, max_size=12))
EDGES = [datetime(1, 1, 1), datetime(1, 1, 2, tzinfo=timezone.utc), datetime(1, 1, 8), datetime(999, 12, 30),
         datetime(9999, 12, 31, 23, 59), datetime(9999, 12, 25, tzinfo=timezone(timedelta(hours=-12))),
         datetime(2025, 12, 11, 22, 7), datetime(2024, 2, 29)]
published = st.one_of(st.none(), st.sampled_from(EDGES), st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)))


def check_offsets(text: str, result) -> None:
    for event in result.events:
        for entity in (event.actor, event.recipient):
            if entity is not None and entity.start is not None:
                assert text[entity.start:entity.end] == entity.text, (entity, text)
        for evidence in event.evidence:
            assert text[evidence.start:evidence.end] == evidence.sentence, (evidence, text)
            for (start, end), word in zip(evidence.trigger_spans, evidence.trigger):
                assert text[start:end] == word, (word, start, end, text)
        if event.date:
            assert event.date[:4].isdigit() and event.date[:4] != "0000", event.date


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=articles, when=published, lang=st.sampled_from([None, "hr", "hr", "en"]))
def test_no_exception_escapes_extract_and_every_offset_slices_its_text(text: str, when, lang) -> None:
    try:
        result = extract_text(text, published=when, lang=lang)
    except (ReadError, UnknownLanguage):
        return
    check_offsets(clean_text(text), result)
