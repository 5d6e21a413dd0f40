"""English arguments on sentences we wrote: groups that take the country the
sentence is about, and a place of the actor's own country that an event is
done to (its people)."""

from conftest import english_events


def test_rebels_and_groups_take_the_country_the_sentence_is_about() -> None:
    events = english_events("Maoist rebels blocked the highways to press the Nepalese government.")
    assert any(e[0] == "PROTEST" and e[2:] == ("NPL", "NPL") for e in events)
    events = english_events("The Peruvian government accepted demands from striking miners and rebels.")
    assert any(e[0] == "CONCEDE" and e[2:] == ("PER", "PER") for e in events)


def test_a_curfew_in_a_town_of_ones_own_country_is_done_to_its_people() -> None:
    events = english_events("Egyptian authorities imposed a curfew in the town of Mallawi after clashes.")
    assert ("COERCE", "1723", "EGY", "EGY") in events


def test_lifting_a_state_of_emergency_in_a_region_is_easing_it() -> None:
    events = english_events("The Ethiopian government on Friday lifted the state of emergency in the northern city of Gondar.")
    assert [e[:2] for e in events] == [("RETREAT", "0814")] and events[0][2:] == ("ETH", "ETH")


def test_a_place_after_words_that_name_part_of_it_is_where_not_whom() -> None:
    events = english_events("Russian troops attacked Ukrainian positions in southeastern Ukraine.")
    assert any(e[0] == "ASSAULT" and e[2:] == ("RUS", "UKR") for e in events)
    talks = english_events("The French and German ministers met in the city of Strasbourg.")
    assert all(e[3] != "FRA" or e[2] == "DEU" for e in talks if e[0] == "CONSULT")


def test_a_verb_after_and_shares_the_subject_of_the_verb_before() -> None:
    events = english_events("Chechen rebels seized two Russian engineers and bombed a police station in Grozny.")
    assert ("ASSAULT", "RUS") in {(e[0], e[2]) for e in events}
    assert all(e[2] == "RUS" for e in events if e[0] == "ASSAULT")  # the rebels bomb, not the engineers


def test_each_member_of_a_coordinated_recipient_receives() -> None:
    events = english_events("Japan pledged to send food aid to Sudan and Chad.")
    assert {e[3] for e in events if e[0] in ("AGREE", "AID")} >= {"SDN", "TCD"}


def test_alleged_and_ousted_before_a_noun_describe_it() -> None:
    assert not any(e[0] == "ACCUSE" for e in english_events("The court tried the alleged bombers of the Kenyan embassy."))
    assert not any(e[0] == "COERCE" for e in english_events("Ousted President Ravalomanana met the Malagasy prime minister."))
    assert any(e[0] == "ACCUSE" for e in english_events("Kenya alleged that Somali militants had planned the attack."))


def test_a_promise_to_yield_is_agreement_and_a_rally_against_someone_a_protest() -> None:
    assert ("AGREE", "0353", "COL", "COL") in english_events("Colombian rebels said they will release the kidnapped Colombian soldiers on Friday.")
    events = english_events("Opposition supporters staged rallies in Tbilisi against the Georgian president.")
    assert any(e[0] == "PROTEST" and e[2:] == ("GEO", "GEO") for e in events)


def test_a_demand_a_protest_makes_is_the_protests_own() -> None:
    events = english_events("Thousands of Kenyan students marched in Nairobi demanding the resignation of the education minister.")
    assert [e[0] for e in events] == ["PROTEST"]
    assert "REQUEST" in [e[0] for e in english_events("Kenyan students demanded the resignation of the Kenyan government.")]


def test_a_general_strike_has_no_general_and_a_role_word_keeps_its_sense() -> None:
    events = english_events("Opposition parties in Bangladesh called a general strike against the government.")
    assert any(e[0] == "PROTEST" and e[2] == "BGD" for e in events)


def test_and_said_goes_on_with_the_same_subject_and_attributes_nothing() -> None:
    events = english_events("Colombian rebels on Monday rejected a Venezuelan peace plan, and said they would keep fighting.")
    assert ("REJECT", "127", "COL", "VEN") in events


def test_whose_plan_is_rejected_is_the_recipient_and_a_place_after_west_is_where() -> None:
    assert ("REJECT", "127", "SRB", "USA") in english_events("Serbia rejected an American peace plan on Friday.")
    events = english_events("The Kenyan government lifted a state of emergency in western Kenya on Sunday.")
    assert ("RETREAT", "0814", "KEN", "KEN") in events


def test_people_who_rally_against_someone_protest() -> None:
    assert ("PROTEST", "141", "GEO", "GEO") in english_events("Thousands of protesters rallied in Tbilisi against President Mikheil Kavelashvili.")


def test_air_defence_systems_sent_are_military_aid_and_a_promise_when_told_ahead() -> None:
    assert ("AGREE", "033", "DEU", "UKR") in english_events("Germany will send additional Patriot systems to Ukraine.")
    assert ("AID", "072", "DEU", "UKR") in english_events("Germany sent additional Patriot systems to Ukraine.")


def test_a_missile_fired_with_no_target_is_a_show_of_force() -> None:
    assert english_events("North Korea fired a ballistic missile into the sea, South Korea's military said.") == [
        ("MOBILIZE", "150", "PRK", None)]


def test_a_withdrawal_from_a_town_of_ones_own_country_has_no_recipient() -> None:
    assert english_events("Ukrainian troops withdrew from Pokrovsk on Monday.") == [("RETREAT", "0872", "UKR", None)]
    assert english_events("Russian troops withdrew from Kherson on Friday.") == [("RETREAT", "0872", "RUS", "UKR")]


def test_a_state_that_protests_complains_officially() -> None:
    assert english_events("The Philippines protested against China's actions in the South China Sea.") == [
        ("ACCUSE", "114", "PHL", "CHN")]


def test_a_condemned_deed_is_held_against_its_doer_and_its_target_is_not_condemned() -> None:
    assert english_events("Germany condemned the Russian attack on Kyiv.") == [
        ("ACCUSE", "111", "DEU", "RUS"), ("ASSAULT", "180", "RUS", "UKR")]
    assert english_events("The EU condemned Russia's invasion of Ukraine.") == [("ACCUSE", "111", "IGO", "RUS")]
    assert english_events("France condemned the killing of journalists by Israeli forces.") == [("ACCUSE", "111", "FRA", "ISR")]
    # no doer named: nobody is condemned, and the condemner attacked no one
    assert english_events("Serbian President Aleksandar Vucic condemned the attack on the police station.") == []


def test_a_deed_given_as_the_reason_of_another_event_is_only_its_own_agents() -> None:
    assert english_events("The European Union imposed new sanctions on Iran over its support for Russia.") == [
        ("SANCTION", "163", "IGO", "IRN")]
    # the deed's agent, not its target, is whom the sanctions are against
    assert english_events("The EU imposed sanctions over Russia's attack on Ukraine.") == [
        ("SANCTION", "163", "IGO", "RUS"), ("ASSAULT", "180", "RUS", "UKR")]


def test_a_release_of_rebels_is_retreat_and_a_press_release_is_none() -> None:
    assert english_events("The Philippine government released 20 communist rebels as a goodwill gesture.") == [
        ("RETREAT", "0841", "PHL", "PHL")]
    assert english_events("Serbian police detained protesters in Novi Sad, according to a press release by the students.") == [
        ("COERCE", "173", "SRB", "SRB")]
