"""The English pack: sentences, actors and events of text we wrote."""

from datetime import date

from kronika.actors import lookup
from kronika.language import detect
from kronika.lang import get_pack
from kronika.pipeline import extract_text
from kronika.read import parse_datetime

TEXT = ("Mr. Trump said on Thursday that the U.S. would not send troops. Venezuela rejected the claim. "
        "Belarusian President Alexander Lukashenko met Venezuela's ambassador in Minsk on Tuesday, BelTA reported.")


def test_sentences_keep_abbreviations_and_offsets() -> None:
    analysis = get_pack("en").analyse(TEXT)
    assert [s.text[:20] for s in analysis.sentences] == ["Mr. Trump said on Th", "Venezuela rejected t", "Belarusian President"]
    for sentence in analysis.sentences:
        for token in sentence.tokens:
            assert TEXT[token.start : token.end] == token.text


def test_initials_and_dotted_abbreviations_do_not_end_sentences() -> None:
    text = "President John F. Kennedy met Gen. Smith in Washington at 5 p.m. on Monday, i.e. late. The U.S. Senate voted. It ended."
    sentences = get_pack("en").analyse(text).sentences
    assert [s.text[:12] for s in sentences] == ["President Jo", "The U.S. Sen", "It ended."]
    assert "F." in [t.text for t in sentences[0].tokens] and "p.m." in [t.text for t in sentences[0].tokens]


def test_language_detection_tells_english_from_croatian(seed_text: str) -> None:
    assert detect(TEXT) == "en"
    assert detect(seed_text) == "hr"


def test_english_actor_phrases() -> None:
    day = date(2025, 12, 11)
    assert lookup("Russia's foreign minister", lang="en", on_date=day).name == "Sergey Lavrov"
    assert lookup("the American president", lang="en", on_date=day).name == "Donald Trump"
    assert lookup("the Kremlin", lang="en").country == "RUS"


def test_english_events_with_attribution() -> None:
    events = extract_text(TEXT, published=parse_datetime("2025-12-11T22:07:00+01:00"), lang="en").events
    meeting = [e for e in events if e.type == "CONSULT"]
    assert [(e.actor.name, e.recipient.country, e.date, e.attribution) for e in meeting] == [
        ("Alexander Lukashenko", "VEN", "2025-12-09", ["BelTA"])]


def test_a_possessive_names_the_actor_and_the_serial_comma_joins_a_list() -> None:
    attack = extract_text("Russia's attack on Ukraine was condemned.", lang="en").events
    assert [(e.type, e.actor.country, e.recipient.country) for e in attack] == [("ASSAULT", "RUS", "UKR")]
    met = extract_text("The US, Russia, and Switzerland met in Geneva.", lang="en").events
    assert {(e.actor.country, e.recipient.country) for e in met} == {("USA", "RUS"), ("USA", "CHE")}


def test_a_role_takes_its_country_through_modifiers_names_and_of() -> None:
    cases = {
        "Chilean intelligence officials": ("CHL", "GOV"),
        "Peru rebels": ("PER", "REB"),
        "Sweden's new government": ("SWE", "GOV"),
        "leaders of Kenya's ruling coalition": ("KEN", "GOV"),
        "Japanese Prime Minister Taro Nakamura": ("JPN", "GOV"),
    }
    for phrase, (country, sector) in cases.items():
        entity = lookup(phrase, lang="en")
        assert (entity.text, entity.country, entity.sector) == (phrase, country, sector), phrase
    # a verb between two names ends the phrase: the attacker and the attacked stay two actors
    assert lookup("Peru attacked rebels", lang="en").text == "Peru"


def test_a_crowd_named_by_its_number_is_the_subject_and_a_people_is_of_the_place_it_is_in() -> None:
    march = extract_text("Thousands of Chilean students marched in Santiago on Monday.", lang="en").events
    assert [(e.type, e.actor.country, e.actor.sector, e.recipient.country) for e in march] == [("PROTEST", "CHL", "CVL", "CHL")]
    sit_in = extract_text("Demonstrators in Lima blocked a highway on Monday.", lang="en").events
    assert [(e.type, e.actor.country, e.actor.sector) for e in sit_in] == [("PROTEST", "PER", "CVL")]


def test_a_source_that_is_the_subject_of_the_verb_acts() -> None:
    praise = extract_text("A senior Chilean official today praised Peru's efforts.", lang="en").events
    assert [(e.type, e.actor.country, e.recipient.country) for e in praise] == [("SUPPORT", "CHL", "PER")]


def test_who_reports_in_a_trailing_clause_is_no_party_to_the_event() -> None:
    talks = extract_text("Chile agreed to resume talks with Peru, a senior Bolivian official said on Monday.", lang="en").events
    assert {(e.actor.country, e.recipient.country) for e in talks} == {("CHL", "PER")}
    accused = extract_text("Chile accused its rebels of violence, according to Peruvian diplomats.", lang="en").events
    assert all(e.recipient.country != "PER" for e in accused)


def test_large_cities_police_and_weapon_subjects_and_verbs_of_noun_lemmas() -> None:
    def dyads(text: str) -> list[tuple[str, str, str | None]]:
        return [(e.type, e.actor.country, e.recipient.country if e.recipient else None) for e in extract_text(text, lang="en").events]

    assert dyads("Turkish troops shelled Mosul on Sunday.") == [("ASSAULT", "TUR", "IRQ")]  # a city of Iraq
    assert dyads("Russian aircraft killed ten civilians in Aleppo.") == [("ASSAULT", "RUS", "SYR")]  # the trigger opens on its subject
    assert dyads("Police in Lima detained two Chilean students on Monday.") == [("COERCE", "PER", "CHL")]
    assert dyads("Peruvian police arrested two Chilean students on Monday.") == [("COERCE", "PER", "CHL")]  # 'arrest' the verb
    assert lookup("Armenia", lang="en").country == "ARM"  # a country, not the Colombian town of that name


def test_a_capital_opening_the_sentence_is_no_part_of_a_name_before_a_nationality() -> None:
    agreed = extract_text("Senior Chilean and Peruvian officials agreed on Wednesday to cooperate.", lang="en").events
    assert {(e.type, e.actor.country, e.recipient.country) for e in agreed} == {("AGREE", "CHL", "PER")}
    assert lookup("Two Bolivian gunmen", lang="en").country == "BOL"


def _dyads(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.actor.country, e.recipient.country if e.recipient else None) for e in extract_text(text, lang="en").events}


def test_a_curfew_or_an_emergency_is_imposed_on_or_lifted_from_the_place_it_is_in() -> None:
    assert ("RETREAT", "CHL", "PER") in _dyads("Chile lifted the night curfew in Peru on Monday.")
    assert ("COERCE", "BOL", "PER") in _dyads("Bolivian troops imposed a curfew in Peru on Friday.")
    assert ("COERCE", "CHL", "PER") in _dyads("Chile declared a state of emergency in Peru.")
    # a place of any other event stays where it happens, not whom it is done to
    assert ("CONSULT", "CHL", "PER") not in _dyads("Chilean and Bolivian ministers met in Lima.")


def test_a_resignation_or_a_surrender_has_no_recipient_unless_one_is_named() -> None:
    assert ("RETREAT", "CHL", None) in _dyads("Chile's defence minister resigned on Monday as Bolivian protesters marched.")
    assert ("RETREAT", "PER", None) in _dyads("Peruvian rebels surrendered in a Bolivian town last week.")
    assert ("RETREAT", "PER", "BOL") in _dyads("Peruvian rebels surrendered to Bolivian troops last week.")


def test_who_says_another_must_act_asks_the_subject_of_must() -> None:
    assert ("REQUEST", "CHL", "PER") in _dyads("The Chilean government declared on Monday that Peru must open its border.")
    assert ("REQUEST", "PER", "CHL") not in _dyads("The Chilean government declared on Monday that Peru must open its border.")


def test_particles_that_yaml_reads_as_booleans_are_words_of_the_lexicon() -> None:
    from kronika.lang.en.events import lexicon, modality_cues

    words = {w for entry in lexicon() for w in entry["words"] + tuple(entry["requires"])}
    assert {"on", "off", "no"} <= words and not any(isinstance(w, bool) or w in ("True", "False") for w in words)
    assert "no" in modality_cues()["negation"]
    assert ("CONCEDE", "CHL", "CHL") in _dyads("Chilean miners called off a two-week strike after talks with the Chilean government.")
    assert not any(t == "PROTEST" for t, _, _ in _dyads("Chilean miners called off a two-week strike after talks with the Chilean government."))
    assert ("SANCTION", "CHL", "PER") in _dyads("Chile broke off talks with Peru on Monday.")


def test_eased_emergency_measures_are_an_eased_emergency_in_the_place_named() -> None:
    assert ("RETREAT", "CHL", "PER") in _dyads("Chile eased emergency measures on Monday in Peru.")


def test_an_occupied_place_or_an_occupying_army_is_a_description_not_an_occupation() -> None:
    assert not any(t == "COERCE" for t, _, _ in _dyads("Chilean students marched in the occupied north of Peru."))
    assert ("COERCE", "CHL", "PER") in _dyads("Chilean troops occupied the Peruvian town of Tacna.")


def test_a_threat_of_terror_in_a_country_threatens_that_country() -> None:
    assert ("THREATEN", "PER", "CHL") in _dyads("Peruvian rebels threatened to resume terrorist attacks in Chile.")


def test_what_a_protest_is_staged_to_demand_is_its_aim_not_a_demand_of_its_own() -> None:
    staged = _dyads("Thousands of Chilean students staged demonstrations on Monday to demand reforms from Peru.")
    assert not any(t == "REQUEST" for t, _, _ in staged)
    assert ("REQUEST", "CHL", "PER") in _dyads("Chilean students on Monday demanded reforms from Peru.")


def test_being_prepared_to_impose_martial_law_threatens_and_is_no_passive() -> None:
    assert ("THREATEN", "CHL", "PER") in _dyads("Chile is prepared to impose martial law in Peru.")


def test_a_unilateral_ceasefire_has_no_partner_and_a_speeded_withdrawal_is_one() -> None:
    assert ("RETREAT", "PER", None) in _dyads("Peruvian rebels declared a unilateral ceasefire on Monday.")
    assert ("RETREAT", "CHL", "PER") in _dyads("Chile speeded up the withdrawal of its troops from Peru.")


def test_attack_is_criticism_only_next_to_what_is_criticised() -> None:
    assert not any(t == "ACCUSE" for t, _, _ in _dyads("A camp for Peruvian refugees was attacked by Chilean troops on Monday."))
    assert ("ACCUSE", "CHL", "PER") in _dyads("Chile attacked Peru's policy on migrants.")
