"""Regexes for word lists: tries and cue words."""


def test_cue_words_are_found_as_whole_words_in_any_case() -> None:
    from kronika.lang.wordregex import CueWords

    cues = CueWords(["ako", "pod uvjetom", "će"])
    assert cues.found_in("Doći će sutra.")
    assert cues.found_in("Ako ne dođe, ništa.")
    assert cues.found_in("Potpisat će POD UVJETOM da ...")
    assert not cues.found_in("Šeće se gradom.")  # 'će' inside a word
    assert not cues.found_in("Pakovanje je stiglo.")  # 'ako' inside a word
    assert cues.found_in("İstanbul: doći će")  # lower-casing changes the length: searched case-blind
    assert not CueWords([]).found_in("ako")
