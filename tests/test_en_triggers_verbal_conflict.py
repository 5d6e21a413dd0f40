"""English triggers of verbal conflict (REQUEST, ACCUSE, REJECT, THREATEN) on sentences we wrote."""

from conftest import english_events


def test_ruling_out_talks_is_a_rejection() -> None:
    assert ("REJECT", "120", "IRN", "USA") in english_events("Iran ruled out talks with the United States on Monday.")


def test_ruling_out_needs_what_is_ruled_out() -> None:
    # 'ruled out' of a cause or a player is no rejection of anyone
    assert not [e for e in english_events("Police in Kenya ruled out foul play in the death of a Ugandan tourist.") if e[0] == "REJECT"]


def test_is_opposed_to_is_the_subjects_rejection_not_a_passive() -> None:
    assert ("REJECT", "120", "EGY", "ISR") in english_events("Egypt is opposed to the plan of Israel.")
    assert [e[:3] for e in english_events("Turkey is opposed to Russian mediation.") if e[0] == "REJECT"] == [("REJECT", "120", "TUR")]


def test_brushing_aside_a_call_rejects_who_made_it() -> None:
    assert ("REJECT", "120", "IRN", "FRA") in english_events("Iran brushed aside calls from France to halt enrichment.")


def test_balking_at_demands() -> None:
    assert ("REJECT", "120", "SRB", "HRV") in english_events("Serbia balked at the demands of Croatia.")


def test_holding_someone_responsible_is_an_accusation() -> None:
    assert ("ACCUSE", "112", "RUS", "UKR") in english_events("Moscow held Kyiv responsible for the explosion at the pipeline.")


def test_an_inquiry_into_a_country() -> None:
    events = english_events("The United Nations set up a commission of inquiry into abuses by Sudan.")
    assert [e for e in events if e[0] == "ACCUSE" and e[1] == "090"]


def test_a_deadline_given_is_an_ultimatum() -> None:
    assert ("THREATEN", "139", "CHN", "TWN") in english_events("Beijing set a deadline for Taiwan on Friday.")


def test_a_deadline_alone_is_no_threat() -> None:
    assert not [e for e in english_events("Germany and France missed the deadline for the budget report.") if e[0] == "THREATEN"]


def test_asylum_is_asked_of_the_country_it_is_sought_in() -> None:
    assert ("REQUEST", "103", "SYR", "TUR") in english_events("Thousands of Syrians sought refuge in Turkey last week.")


def test_a_demand_for_an_apology() -> None:
    assert ("REQUEST", "100", "CHN", "JPN") in english_events("China demanded an apology from Japan over the textbook.")


def test_lobbying_a_government_to_act() -> None:
    assert ("REQUEST", "100", "POL", "DEU") in english_events("Poland lobbied Germany to drop the pipeline project.")
