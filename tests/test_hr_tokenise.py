"""Croatian sentences and tokens: offsets, abbreviations, dates, quotes."""

from kronika.lang.hr.tokenise import analyse


def test_offsets_point_into_the_text(seed_text: str, shared_dir) -> None:
    texts = [seed_text] + [p.read_text(encoding="utf-8") for p in sorted((shared_dir / "corpus" / "setimes-hr").glob("*.txt"))]
    for text in texts:
        analysis = analyse(text)
        assert analysis.sentences
        for sentence in analysis.sentences:
            assert text[sentence.start : sentence.end] == sentence.text
            for token in sentence.tokens:
                assert text[token.start : token.end] == token.text


def test_seed_splits_into_its_23_sentences(seed_text: str) -> None:
    sentences = analyse(seed_text).sentences
    assert len(sentences) == 23
    assert sentences[1].text == "I.V./Hina"
    assert sentences[2].text == "11.12.2025 u 22:07"
    # a day with its dot and a year with its dot do not end a sentence
    assert any("21. studenoga rekao Trumpu" in s.text for s in sentences)
    assert any("od 2013., legitimnim" in s.text for s in sentences)


def test_dates_abbreviations_and_quotes_of_our_own_text() -> None:
    text = (
        "Ministar vanjskih poslova dr. sc. Ivan Horvat doputovao je 3. ožujka 2026. u Bruxelles. "
        "„Razgovarat ćemo o svemu”, rekao je novinarima. Sastanak je zakazan za 11.12.2025. u 10 sati, tj. sutra."
    )
    sentences = analyse(text).sentences
    assert [s.text[:20] for s in sentences] == ["Ministar vanjskih po", "„Razgovarat ćemo o s", "Sastanak je zakazan "]
    first = [t.text for t in sentences[0].tokens]
    assert "dr." in first and "3." in first and "2026." in first
    assert "11.12.2025." in [t.text for t in sentences[2].tokens]


def test_lemmas_of_common_news_words() -> None:
    tokens = analyse("Predsjednici su održali sastanak i razgovarali o sankcijama.").sentences[0].tokens
    lemmas = {t.text: t.lemma for t in tokens}
    assert lemmas["održali"] == "održati"
    assert lemmas["razgovarali"] == "razgovarati"
    assert lemmas["sankcijama"] == "sankcija"
    assert tokens[-1].is_punct


def test_faster_token_regex_splits_exactly_like_reldi(seed_text: str, shared_dir) -> None:
    from reldi_tokeniser import tokeniser as reldi

    from kronika.lang.hr.tokenise import _token_regex

    original = reldi.generate_tokenizer("hr")
    texts = [seed_text] + [p.read_text(encoding="utf-8") for p in sorted((shared_dir / "corpus" / "setimes-hr").glob("*.txt"))]
    texts.append("Npr. dr. sc. I. Horvat, prof. dr. Ana d.o.o. i sl. al' nije tj. 3. br. 5 itd.")
    # what the fast paths for plain words and spaces must leave to reldi's other rules
    texts.append(
        "Vidi http://www.vlada.hr/vijesti, piši na ured@vlada.hr ili www.hina.hr. Al' e-mail, rock'n'roll, "
        "**zvijezde** 8) :-) x² _ime_ XIV. kongres pred\u00adsjednik #oznaka @ured <b>x</b> &amp; a->b ... !?"
    )
    for text in texts:
        expected = [(m.group(0), m.start(), m.end()) for m in original.finditer(text)]
        assert [(m.group(0), m.start(), m.end()) for m in _token_regex().finditer(text)] == expected
        # analyse() cuts at whitespace first and tokenises each piece on its own: the same tokens
        tokens = [(t.text, t.start, t.end) for s in analyse(text).sentences for t in s.tokens]
        assert tokens == [token for token in expected if not token[0].isspace()]


def test_the_pack_exposes_lemmas() -> None:
    from kronika.lang import get_pack

    assert get_pack("hr").lemma("Sankcijama") == "sankcija"
    assert get_pack("hr").lemma("razgovarali") == "razgovarati"


def test_overrides_correct_lemmagen_on_frequent_words() -> None:
    tokens = analyse("Ali to će biti samo početak, rekla je predstavnica EU.").sentences[0].tokens
    lemmas = {t.text: t.lemma for t in tokens}
    assert (lemmas["Ali"], lemmas["biti"], lemmas["samo"], lemmas["EU"]) == ("ali", "biti", "samo", "eu")
    assert lemmas["rekla"] == "reći"
    # nouns lemmagen3 reads as verbs ('summit' → 'summiti', 'režim' → 'režati'), which would make them verb triggers
    nouns = {t.text: t.lemma for t in analyse("Režim je na summitu najavio vježbe, a summit je završio.").sentences[0].tokens}
    assert (nouns["Režim"], nouns["summit"], nouns["summitu"]) == ("režim", "summit", "summit")


def test_sentence_splitter_splits_exactly_like_reldi(seed_text: str, shared_dir) -> None:
    from reldi_tokeniser import tokeniser as reldi

    from kronika.lang.hr.tokenise import _paragraph_sentences, _paragraphs

    original = reldi.generate_tokenizer("hr")
    texts = [seed_text] + [p.read_text(encoding="utf-8") for p in sorted((shared_dir / "corpus" / "setimes-hr").glob("*.txt"))]
    texts.append('Rekao je: "Ne." - „Da." A onda? 5. Ništa... "„Tko?" Ivo. Npr. 2. i 3. Ana. g. Horvat. Dr. Horvat.  " Ne. "X')
    texts.append("Kraj. \u201eNovi\u201c početak.\tI tab. Dr.  Horvat! 3. svibnja? 4. Da.")
    compared = 0
    for text in texts:
        for start, end in _paragraphs(text):
            raw = [(m.group(0), m.start() + start, m.end() + start) for m in original.finditer(text[start:end])]
            expected = [[t for t in sentence if not t[0].isspace()] for sentence in reldi.sentence_split(raw, "hr")]
            got = [[(t.text, t.start, t.end) for t in sentence] for sentence in _paragraph_sentences(text, start, end)]
            assert got == [sentence for sentence in expected if sentence]
            compared += 1
    assert compared > 390  # every paragraph of the seed and the corpus

