"""Croatian arguments on sentences we wrote: a place between subject and verb,
the subject after its verb, the parties named after 'između'."""

from kronika.pipeline import extract_text


def coded(sentence: str) -> list[tuple[str, str, str | None]]:
    events = extract_text("4.3.2026. u 10:00\n\n" + sentence).events
    return [(e.type, e.actor.name, e.recipient.name if e.recipient else None) for e in events]


def test_a_place_between_the_subject_and_its_verb_is_where_not_who() -> None:
    assert coded("Plenković se u srijedu u Varšavi sastao s poljskim premijerom Donaldom Tuskom.") == [
        ("CONSULT", "Andrej Plenković", "Donald Tusk")]


def test_a_verbs_subject_after_it_is_all_of_its_coordinated_members() -> None:
    assert coded("U Beču su razgovarali Plenković i austrijski kancelar Karl Nehammer.") == [
        ("CONSULT", "Andrej Plenković", "Karl Nehammer")]


def test_the_parties_after_izmedu_are_actor_and_recipient_of_a_symmetric_event() -> None:
    events = coded("U Tirani je potpisan sporazum između Hrvatske i Albanije o suradnji u turizmu.")
    assert [(actor, recipient) for _, actor, recipient in events] == [("Croatia", "Albania")]


def test_what_a_refusal_governs_is_refused_not_done() -> None:
    assert coded("Slovački premijer odbio je poduprijeti novi paket pomoći Ukrajini.") == [
        ("REJECT", "Robert Fico", "Ukraine")]


def test_a_big_city_named_bare_is_its_country_and_an_opening_word_is_not() -> None:
    assert coded("Ruski dronovi napali su Harkiv u noći na utorak.") == [("ASSAULT", "Russia", "Ukraine")]
    assert coded("Izraelska vojska granatirala je Gazu.") == [("ASSAULT", "Israeli Army", "Palestine")]
    assert coded('"Ovi napadi su neprihvatljivi", rekao je ministar.') == []


def test_a_country_adjective_of_the_thing_acted_on_is_the_recipient() -> None:
    assert coded("Japan je osudio sjevernokorejsko lansiranje projektila.") == [("ACCUSE", "Japan", "North Korea")]
    assert coded("Kina je osudila japansku odluku.") == [("ACCUSE", "China", "Japan")]
    assert coded("Indija je pristala na ruski plan.") == [("AGREE", "India", "Russia")]  # no place after 'na'


def test_a_participle_done_by_the_agent_after_od_strane() -> None:
    assert coded("Bivši gradonačelnik uhićen je od strane srpske policije.") == [("COERCE", "Serbian police", "Serbia")]


def test_an_organisation_after_its_adjective_is_a_nominative_subject() -> None:
    assert coded("Jemenski Huti napali su izraelski brod u Crvenom moru.") == [("ASSAULT", "Houthis", "Israel")]


def test_the_threateners_own_country_in_the_reported_clause_does_not_receive() -> None:
    assert coded("Orbán je zaprijetio da će Mađarska blokirati pomoć Ukrajini.")[0][1:] == ("Viktor Orbán", "Ukraine")


def test_a_fronted_adverbial_phrase_puts_no_preposition_before_the_subject() -> None:
    assert coded("U Splitu su u međuvremenu sindikati kritizirali Vladu.") == [("ACCUSE", "Croatian trade unions", "Government of Croatia")]


def test_a_bare_office_in_a_paragraph_on_another_country_is_that_countrys() -> None:
    text = ("4.3.2026. u 10:00\n\nSlovački premijer Robert Fico sastao se s Plenkovićem u Zagrebu.\n\n"
            "U Saboru je u međuvremenu oporba kritizirala Vladu. Predsjednik SDP-a optužio je premijera za korupciju.")
    accusations = [(e.actor.name, e.recipient.name) for e in extract_text(text).events if e.type == "ACCUSE"]
    # two accusations inside one country by two parties are two events; the party's leader is no head of state
    assert accusations == [("Croatian opposition", "Government of Croatia"), ("SDP", "Andrej Plenković")]


def test_a_meeting_names_its_partner_with_s_or_has_none() -> None:
    events = coded("Hrvatska će podržati sankcije protiv Rusije, rekao je Plenković po dolasku na sastanak.")
    assert all(e[0] != "CONSULT" for e in events)


def test_a_reaction_to_this_decision_answers_the_deed_just_told() -> None:
    text = ("4.3.2026. u 10:00\n\nAmerički predsjednik najavio je nove carine na kinesku robu. "
            "Peking je oštro kritizirao tu odluku.")
    assert ("ACCUSE", "CHN", "USA") in [(e.type, e.actor.country, e.recipient.country) for e in extract_text(text).events]


def test_drones_launched_at_a_countrys_towns_are_an_attack_on_it() -> None:
    assert coded("Ruska vojska ispalila je više od stotinu dronova na ukrajinske gradove.") == [("ASSAULT", "Russian Army", "Ukraine")]


def test_what_a_rejected_demand_asks_for_is_no_event() -> None:
    assert coded("Srbija je odbacila zahtjeve Europske unije da prizna Kosovo.") == [("REJECT", "Serbia", "European Union")]


def test_a_verb_after_i_is_the_subjects_next_act_not_the_charges_content() -> None:
    events = coded("Libanonska vlada osudila je napade i zatražila hitnu sjednicu Vijeća sigurnosti UN-a.")
    assert ("REQUEST", "Government of Lebanon", "UN Security Council") in events


def test_mediators_named_together_mediate_together() -> None:
    assert all(e[0] != "CONSULT" or {e[1], e[2]} != {"Qatar", "Egypt"}
               for e in coded("Katar i Egipat nastavljaju posredovati između dviju strana."))


def test_held_in_a_country_with_no_agent_is_held_by_that_state() -> None:
    assert coded("Hrvatski državljanin pritvoren je u Srbiji.") == [("COERCE", "Serbia", "Croatia")]


def test_a_withdrawal_from_the_actors_own_town_has_no_recipient_and_one_from_abroad_has() -> None:
    assert coded("Ukrajinska vojska povukla je svoje postrojbe iz Pokrovska.") == [("RETREAT", "Ukrainian Army", None)]
    assert coded("Ruska vojska povukla je svoje postrojbe iz Hersona.") == [("RETREAT", "Russian Army", "Ukraine")]


def test_a_court_that_condemns_someone_convicts_him_and_anyone_else_condemns() -> None:
    assert [t for t, _, _ in coded("Haaški sud osudio je bivšeg zapovjednika Ramiza Delalića.")] == ["SANCTION"]
    assert [t for t, _, _ in coded("Ministar Grlić Radman osudio je ruski napad na Kijev.")] == ["ACCUSE"]


def test_a_court_in_the_hague_is_in_the_netherlands() -> None:
    from kronika.actors import find_mentions
    from kronika.lang import get_pack

    hr = get_pack("hr")
    court = find_mentions(hr.analyse("Sud u Haagu donio je presudu."), hr, None)[0]
    assert (court.country, court.sector) == ("NLD", "JUD")


def test_a_states_aid_to_its_own_people_is_aid_and_groups_in_the_plural_are_named_by_what_they_are() -> None:
    assert coded("Vlada je odobrila pomoć od 50 milijuna eura poljoprivrednicima pogođenim sušom.") == [
        ("AID", "Government of Croatia", "Croatian farmers")]
    assert coded("Policija je privela studente.") == [("COERCE", "Croatian police", "Croatian students")]
    assert coded("Hrvatska premijerka Jadranka Kosor izrazila je potporu Zagreba Sarajevu.") == [
        ("SUPPORT", "Jadranka Kosor", "Bosnia and Herzegovina")]


def test_an_arrest_condemned_with_no_one_named_for_it_is_the_states_where_it_was_made() -> None:
    assert coded("Američki State Department osudio je uhićenje novinara u Turskoj.") == [("ACCUSE", "United States", "Turkey")]
    assert coded("EU je osudila uhićenja prosvjednika u Gruziji.") == [("ACCUSE", "European Union", "Georgia")]


def test_a_resignation_stands_alone_and_one_accepted_is_received() -> None:
    assert coded("Slovenski ministar obrane podnio je ostavku.") == [("RETREAT", "Slovenia", None)]
    events = coded("Plenković je prihvatio ostavku ministra Davora Božinovića.")
    assert events == [("RETREAT", "Davor Božinović", "Andrej Plenković")]


def test_a_weapon_system_named_like_a_minister_is_no_one() -> None:
    assert coded("Njemačka je Ukrajini isporučila dodatne sustave Patriot.") == [("AID", "Germany", "Ukraine")]


def test_coordinated_feminine_adjectives_before_one_noun_are_each_a_party() -> None:
    assert [(a, r) for _, a, r in coded("Američka i ruska delegacija razgovarale su u Ženevi.")] == [
        ("United States", "Russian delegation")]
    assert coded("Ukrajinska delegacija sastala se s američkom delegacijom.") == [
        ("CONSULT", "Ukrainian delegation", "US delegation")]


def test_a_state_that_protests_complains_officially_and_people_demonstrate() -> None:
    assert coded("Hrvatska je prosvjedovala protiv srpske odluke.") == [("ACCUSE", "Croatia", "Serbia")]
    assert coded("Studenti su prosvjedovali protiv vlade.") == [("PROTEST", "Croatian students", "Government of Croatia")]


def test_the_target_of_a_deed_given_as_a_reason_is_not_the_recipient_and_its_agent_may_be() -> None:
    assert coded("EU je uvela sankcije zbog ruskog napada na Ukrajinu.") == [("SANCTION", "European Union", "Russia")]
    assert coded("Plenković je izrazio zabrinutost zbog ruskih napada na Ukrajinu.") == [("ACCUSE", "Andrej Plenković", "Russia")]


def test_a_group_of_a_country_is_a_party_to_its_own_government_and_support_one_has_is_no_event() -> None:
    assert coded("Premijer Andrej Plenković sastao se s čelnicima najvećih političkih stranaka.") == [
        ("CONSULT", "Andrej Plenković", "Croatian political leaders")]
    assert coded("Unatoč bojkotu oporbe, hrvatska vlada još uvijek ima dovoljnu parlamentarnu potporu.") == []
    assert coded("Plenković je izrazio potporu Zagrebu.") == []  # the country's own official and the country itself


def test_the_governments_adjective_names_the_government_of_the_country_in_question() -> None:
    assert coded("Oporba je oštro kritizirala vladine mjere protiv inflacije.") == [
        ("ACCUSE", "Croatian opposition", "Government of Croatia")]


def test_a_big_city_named_bare_after_a_time_phrase_is_its_country() -> None:
    assert coded("Ruske snage su u noći na petak napale Odesu dronovima.") == [("ASSAULT", "Russia", "Ukraine")]


def test_a_reaction_to_an_event_named_by_its_noun_is_to_that_events_parties() -> None:
    text = ("Američki državni tajnik Marco Rubio i ruski ministar vanjskih poslova Sergej Lavrov sastali su se u petak u Ženevi. "
            "Ukrajinski predsjednik Volodimir Zelenski kritizirao je sastanak, ističući da se o Ukrajini ne pregovara bez nje. "
            "Mađarski premijer Viktor Orbán pozdravio je razgovore.")
    events = coded(text)
    assert ("ACCUSE", "Volodymyr Zelensky", "Marco Rubio") in events and ("ACCUSE", "Volodymyr Zelensky", "Sergey Lavrov") in events
    assert not any(t == "ACCUSE" and r == "Ukraine" for t, _, r in events)
    assert ("SUPPORT", "Viktor Orbán", "Sergey Lavrov") in events


def test_an_international_bodys_own_meeting_or_summit_has_no_recipient() -> None:
    assert coded("Ministri vanjskih poslova EU-a sastat će se u ponedjeljak u Bruxellesu.") == [("CONSULT", "European Union", None)]
    assert coded("Summit NATO-a održan je u Haagu i okupio je čelnike 32 države.") == [("CONSULT", "NATO", None)]
    assert coded("Čelnici EU-a sastali su se sa Zelenskim.") == [("CONSULT", "European Union", "Volodymyr Zelensky")]
