"""An article with no publication time: the reference time its own dates give."""

from collections import Counter
from datetime import date

from kronika.lang import get_pack, pack_part
from kronika.pipeline import extract_text
from kronika.temporal.reference import infer_reference

HR = get_pack("hr")


def reference(text: str, office_years: Counter | None = None):
    found = infer_reference(text, pack_part(HR, "temporal").find(text), today=date(2026, 12, 2), office_years=office_years)
    return found.date() if found else None


def test_a_weekday_tied_to_a_date_and_an_explicit_year_fix_the_year() -> None:
    # Friday 4 June: 1999, 2004, 2010, 2021; the text plans for 2011, so 2010
    text = "Ministri su se sastali u petak (4. lipnja) u Sarajevu. Nova runda planirana je početkom 2011. godine."
    assert reference(text) == date(2010, 6, 4)


def test_history_does_not_pull_the_year_back() -> None:
    # Friday 12 January: 2001, 2007, 2018; 2005 is history told, the story is later
    text = "Napad se dogodio u petak (12. siječnja) ujutro. Slična eksplozija zabilježena je koncem 2005. godine."
    assert reference(text) == date(2007, 1, 12)


def test_office_holders_named_in_the_text_break_the_tie() -> None:
    text = "Predsjednik je u srijedu, 16. rujna, primio izaslanstvo."
    # Wednesday 16 September: 1992, 1998, 2009, 2015, 2020, 2026
    assert reference(text, Counter({2009: 2, 2010: 2})) == date(2009, 9, 16)


def test_a_full_date_is_the_reference_when_no_weekday_is_tied_to_one() -> None:
    assert reference("Sporazum je potpisan 20. svibnja 2009. u Bruxellesu.") == date(2009, 5, 20)


def test_no_dates_no_reference_and_relative_dates_stay_unresolved() -> None:
    text = "Ministri su se sastali u ponedjeljak u Zagrebu."
    assert reference(text) is None
    result = extract_text(text, lang="hr")
    assert result.document.published is None and result.document.inferred_time is None


def test_extract_says_the_time_was_inferred_and_resolves_against_it() -> None:
    text = ("Naslov\n\nHrvatski i slovenski premijer sastali su se u ponedjeljak (7. lipnja) u Zagrebu. "
            "Razgovori se nastavljaju početkom 2011. godine.")
    result = extract_text(text, lang="hr")
    assert result.document.published is None
    assert result.document.inferred_time is not None and result.document.inferred_time.date() == date(2010, 6, 7)


def test_a_bare_weekday_just_after_the_latest_anchored_day_moves_the_reference_not_the_story() -> None:
    text = "Stranke su se složile u subotu (15. ožujka). Summit je u travnju 2008. U ponedjeljak je izbila nova svađa."
    matches = pack_part(HR, "temporal").find(text)
    assert infer_reference(text, matches, today=date(2026, 12, 2)).date() == date(2008, 3, 17)  # 'u ponedjeljak': the 17th
    assert infer_reference(text, matches, today=date(2026, 12, 2), story=True).date() == date(2008, 3, 15)


def test_a_wire_dateline_gives_the_day_in_its_latest_year_or_the_year_the_text_names() -> None:
    assert reference("ZAGREB, 14. listopada (Hina) - Vlada je u utorak usvojila proračun.") == date(2026, 10, 14)
    assert reference("SPLIT, 3. prosinca (Hina) – Sabor je raspravljao o zakonu.") == date(2025, 12, 3)
    text = "SARAJEVO, 9. ožujka (Hina) - Predsjedništvo je raspravljalo o reformama dogovorenima 2004. godine."
    assert reference(text) == date(2004, 3, 9)
    en = get_pack("en")
    wire = "KYIV, Ukraine, Jan 20 (Reuters) - Ukraine's parliament on Tuesday approved the budget."
    found = infer_reference(wire, pack_part(en, "temporal").find(wire), today=date(2026, 12, 2))
    assert found is not None and found.date() == date(2026, 1, 20)


def test_a_date_in_the_body_is_no_dateline() -> None:
    # no capitals before it and no agency or dash after it
    assert reference("Ministri su se sastali 14. listopada u Zagrebu.") is None


def test_a_text_that_names_only_its_year_tells_its_relative_dates_in_that_year() -> None:
    text = ("Kampanja je prošlog tjedna postala oštrija. Snimka prikazuje skup održan 2003. godine u Splitu. "
            "Ministar je tada, prije šest godina, obećao nove ceste, a u nedjelju je to ponovio u Zadru.")
    doc = extract_text(text, lang="hr")
    assert doc.document.inferred_time is None  # no day is fixed
    from kronika.temporal import find_timexes, infer_article_year

    analysis = HR.analyse(text)
    year = infer_article_year(analysis, HR)
    assert year == 2009  # 2003 and 'six years ago' are one time
    values = {t.text: t.value for t in find_timexes(analysis, HR, None, year=year)}
    assert values["prošlog tjedna"] == "2009" and values["u nedjelju"] == "2009"
    assert values["prije šest godina"] == "2003" and "2003" in values.values()
