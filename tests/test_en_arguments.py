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
