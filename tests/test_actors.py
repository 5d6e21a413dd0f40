"""Actor resolution: the knowledge base, Croatian case forms, role phrases,
offices at a date, and coreference within an article."""

import json
import subprocess
import sys
import unicodedata
from datetime import date

import pytest

from conftest import gold_reference_date

from kronika.actors import find_mentions, lookup
from kronika.lang import get_pack
from kronika.read import parse_text

HR = get_pack("hr")


def fold(text: str) -> str:
    """Names compared without diacritics ('Yalçınkaya' is the gold's 'Yalcinkaya'; NFKD keeps Turkish ı and Polish ł)."""
    text = text.translate(str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D"}))
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def mentions(text: str, day: date = date(2025, 12, 11)):
    return find_mentions(HR.analyse(text), HR, day)


def gold_sets(shared_dir, examples_dir):
    for path in [*sorted((shared_dir / "gold" / "dev").glob("*.json")), *sorted(examples_dir.glob("*.json"))]:
        gold = json.loads(path.read_text(encoding="utf-8"))
        folder = path.parent
        text_path = next(p / gold["document"]["text_file"] for p in [folder, *folder.parents] if (p / gold["document"]["text_file"]).is_file())
        yield gold, text_path.read_text(encoding="utf-8")


def test_every_gold_actor_mention_resolves(shared_dir, examples_dir, report) -> None:
    """The seed and the shipped examples resolve every gold mention; on the
    rest of the set (SETimes) the share that resolves is reported."""
    guaranteed = resolved = total = 0
    for gold, text in gold_sets(shared_dir, examples_dir):
        article = parse_text(text)
        found = find_mentions(HR.analyse(text), HR, gold_reference_date(gold))
        must = gold["document"].get("published") is not None  # the seed and the examples
        for item in gold["actors"]:
            covering = [m for m in found if item["text"] in m.text or m.text in item["text"] and len(m.text) > 2]
            right = any((fold(m.name), m.country, m.sector) == (fold(item["name"]), item["country"], item["sector"]) for m in covering)
            if must:
                assert covering, f"{item['text']!r} not found in {gold['document']['id']}"
                assert right, f"{item['text']!r}: {[(m.name, m.country, m.sector) for m in covering]}"
                guaranteed += 1
            resolved += right
            total += 1
        assert article.document.title
    assert guaranteed >= 25
    report(f"gold actor mentions resolved (name, country, sector): {resolved}/{total} = {resolved / total:.0%}")


@pytest.mark.parametrize(
    "phrase, name, country, sector",
    [
        ("Venezuelom", "Venezuela", "VEN", "GOV"),
        ("Venezuele", "Venezuela", "VEN", "GOV"),
        ("Bjelorusiji", "Belarus", "BLR", "GOV"),
        ("SAD", "United States", "USA", "GOV"),
        ("bjeloruskog predsjednika", "Alexander Lukashenko", "BLR", "GOV"),
        ("Kremlja", "Kremlin", "RUS", "GOV"),
        ("Bijeloj kući", "White House", "USA", "GOV"),
        ("Moskvom", "Russia", "RUS", "GOV"),
        ("Washingtonu", "United States", "USA", "GOV"),
        ("u Bruxellesu", "European Union", "IGO", "IGO"),
        ("NATO-a", "NATO", "IGO", "IGO"),
        ("Reutersu", "Reuters", "GBR", "MED"),
        ("BeIta", "BelTA", "BLR", "MED"),
        ("agencija Tanjug", "Tanjug", "SRB", "MED"),
        ("Lukašenkove", "Alexander Lukashenko", "BLR", "GOV"),
        ("Zelenskim", "Volodymyr Zelensky", "UKR", "GOV"),
        ("premijera Plenkovića", "Andrej Plenković", "HRV", "GOV"),
        ("glasnogovornica ruskog ministarstva vanjskih poslova", "Maria Zakharova", "RUS", "GOV"),
        # a nominative that ends like a possessive stem ('Kijev', 'Lavrov') still declines
        ("Kijevu", "Ukraine", "UKR", "GOV"),
        ("Kijeva", "Ukraine", "UKR", "GOV"),
        ("Sergejem Lavrovom", "Sergey Lavrov", "RUS", "GOV"),
        # ... and one that ends like a case ending ('Panama' keys 'pan', 'Sarajevo' 'sarajev')
        ("Panamom", "Panama", "PAN", "GOV"),
        ("Panami", "Panama", "PAN", "GOV"),
        ("Sarajevu", "Bosnia and Herzegovina", "BIH", "GOV"),
        ("Obamom", "Barack Obama", "USA", "GOV"),
    ],
)
def test_case_forms_resolve(phrase, name, country, sector) -> None:
    entity = lookup(phrase, on_date=date(2025, 12, 11))
    assert entity is not None
    assert (entity.name, entity.country, entity.sector) == (name, country, sector)


def test_an_office_resolves_for_the_articles_date() -> None:
    assert lookup("američki predsjednik", on_date=date(2025, 12, 11)).name == "Donald Trump"
    assert lookup("američkog predsjednika", on_date=date(2022, 5, 1)).name == "Joe Biden"
    assert lookup("ruskog premijera", on_date=date(2010, 3, 1)).name == "Vladimir Putin"


def test_unknown_people_take_country_and_sector_from_their_role() -> None:
    found = mentions(
        "Venezuelanski predsjednik razgovarao je s Ivanom Petrovim, veleposlanikom južnoameričke zemlje u Pekingu."
    )
    envoy = next(m for m in found if m.text.startswith("Ivanom"))
    assert (envoy.name, envoy.country, envoy.sector) == ("Ivan Petrov", "VEN", "DIP")


def test_later_mentions_resolve_to_the_actor_they_stand_for() -> None:
    text = (
        "Američki predsjednik Donald Trump u ponedjeljak je razgovarao s venezuelanskim predsjednikom Nicolasom Madurom. "
        "Republikanac je rekao da južnoamerička država mora održati izbore. "
        "Trump je dodao da on ne isključuje nove sankcije."
    )
    found = mentions(text)
    by_text = {m.text: m for m in found}
    assert by_text["Republikanac"].name == "Donald Trump"
    assert by_text["južnoamerička država"].country == "VEN"
    assert by_text["Trump"].name == "Donald Trump"
    assert by_text["on"].name == "Donald Trump"


def test_the_diplomat_is_the_diplomat_named_before() -> None:
    text = (
        "Ministar se sastao s Pedrom Alvarezom, veleposlanikom Kolumbije u Zagrebu. "
        "Diplomatu je rekao da je Hrvatska spremna na suradnju."
    )
    diplomat = next(m for m in mentions(text) if m.text == "Diplomatu")
    assert (diplomat.name, diplomat.country, diplomat.sector) == ("Pedro Alvarez", "COL", "DIP")


def test_lookup_command_prints_json_or_null() -> None:
    run = subprocess.run([sys.executable, "-m", "kronika", "actors", "lookup", "Lukašenkom", "--json", "--date", "2025-12-11"],
                         capture_output=True, text=True, check=True)
    assert json.loads(run.stdout) == {"name": "Alexander Lukashenko", "country": "BLR", "sector": "GOV", "kb_id": "p:lukashenko", "text": "Lukašenkom"}
    run = subprocess.run([sys.executable, "-m", "kronika", "actors", "lookup", "kiša pada", "--json"], capture_output=True, text=True, check=True)
    assert json.loads(run.stdout) is None


@pytest.mark.parametrize("phrase, lang, day, name, country", [
    ("alžirski predsjednik", "hr", date(2005, 1, 1), "Abdelaziz Bouteflika", "DZA"),
    ("nigerijskog predsjednika", "hr", date(2001, 6, 1), "Olusegun Obasanjo", "NGA"),
    ("indijski premijer", "hr", date(2008, 3, 1), "Manmohan Singh", "IND"),
    ("japanskom premijeru", "hr", date(2003, 5, 1), "Junichiro Koizumi", "JPN"),
    ("iranski ministar vanjskih poslova", "hr", date(2015, 7, 14), "Mohammad Javad Zarif", "IRN"),
    ("južnoafrički predsjednik", "hr", date(1996, 1, 1), "Nelson Mandela", "ZAF"),
    ("the Kenyan president", "en", date(2010, 1, 1), "Mwai Kibaki", "KEN"),
    ("the Egyptian foreign minister", "en", date(2008, 1, 1), "Ahmed Aboul Gheit", "EGY"),
    ("Mexico's president", "en", date(1997, 1, 1), "Ernesto Zedillo", "MEX"),
    ("Israel's defence minister", "en", date(2002, 1, 1), "Binyamin Ben-Eliezer", "ISR"),
])
def test_world_office_holders_resolve_by_role_and_date(phrase, lang, day, name, country) -> None:
    """people_world.yaml: the role phrase names whoever held the office on the day."""
    entity = lookup(phrase, lang=lang, on_date=day)
    assert entity is not None and (entity.name, entity.country) == (name, country)


def test_world_leaders_resolve_by_surname_and_their_movements_by_name() -> None:
    """A surname alone names a world leader (in Croatian case forms too); a
    rebel leader is REB; the world's organisations file is loaded."""
    assert lookup("Mugabe", lang="en", on_date=date(2005, 1, 1)).name == "Robert Mugabe"
    assert lookup("Gadafija", on_date=date(2000, 1, 1)).name == "Muammar Gaddafi"
    prabhakaran = lookup("Prabhakaran", lang="en", on_date=date(2000, 1, 1))
    assert (prabhakaran.name, prabhakaran.country, prabhakaran.sector) == ("Velupillai Prabhakaran", "LKA", "REB")
    ltte = lookup("Liberation Tigers of Tamil Eelam", lang="en")
    assert (ltte.kb_id, ltte.country, ltte.sector) == ("o:ltte", "LKA", "REB")
    assert lookup("ECOWAS", lang="en").country == "IGO"


def test_world_surnames_that_are_common_words_name_no_one() -> None:
    """Surnames replaced by a distinctive one: a Croatian word or place
    ('Novi', 'Kada', 'Meni') or a given name is no world leader."""
    for text in ("Novi Sad je grad.", "Kada je stigao, rekao je to.", "Meni je to jasno.", "Alexis Tsipras je govorio."):
        kb_ids = {m.kb_id for m in mentions(text, date(2010, 1, 1))}
        assert not kb_ids & {"p:vila-nova", "o:kadima", "p:menem", "p:alexis-jacques-edouard"}, text


def test_groups_of_people_are_of_the_articles_country_and_forms_keep_a_role_to_its_sense() -> None:
    text = "Umirovljenici iz Splita prosvjedovali su u Zagrebu. Rumunjske novine pišu o Hrvatskoj."
    found = {m.text: (m.country, m.sector) for m in mentions(text)}
    assert found["Umirovljenici iz Splita"] == ("HRV", "CVL")  # a town of the country joins its people
    assert found["Rumunjske novine"] == ("ROU", "MED")
    # 'novina' in the singular is a novelty, not a newspaper: the role counts only in the forms it lists
    assert "Novina" not in {m.text for m in mentions("Novina je da Hrvatska ulazi u Schengen.")}
