"""The scoring rule of EVALUATION.md on hand-built events."""

import json
import subprocess
import sys

import pytest

from kronika.evaluate import article_path, date_within, score


def gold(gid, type_="CONSULT", actor="VEN", recipient="USA", date="2025-11-21", symmetric=False, required=True, alt=(), attribution=(), modality="asserted"):
    return {
        "id": gid, "required": required, "type": type_, "alt_types": list(alt), "symmetric": symmetric,
        "actor": {"name": actor, "country": actor}, "recipient": {"name": recipient, "country": recipient},
        "date": date, "attribution": list(attribution), "modality": modality,
    }


def pred(type_="CONSULT", actor="VEN", recipient="USA", date="2025-11-21", attribution=(), modality="asserted"):
    return {
        "type": type_, "actor": {"name": actor, "text": actor, "country": actor},
        "recipient": {"name": recipient, "text": recipient, "country": recipient},
        "date": date, "attribution": list(attribution), "modality": modality,
    }


@pytest.mark.parametrize(
    "predicted, gold_date, inside",
    [
        ("2025-11-21", "2025-11", True),
        ("2025-11", "2025-11-21", False),
        ("2025-12-11", "2025-W50", True),
        ("2025-12-15", "2025-W50", False),
        ("2025-W50", "2025", True),
        ("2025-W01", "2025", False),  # ISO week 1 of 2025 starts on 2024-12-30
        ("2025-11-21", "2025-11-21", True),
        ("2024", "2025", False),
        (None, "2025", False),
        ("2025-11-21", None, True),
    ],
)
def test_date_falls_inside_gold_precision(predicted, gold_date, inside) -> None:
    assert date_within(predicted, gold_date) is inside


def test_symmetric_dyads_match_in_either_order() -> None:
    assert score([gold("g", symmetric=True)], [pred(actor="USA", recipient="VEN")]).strict.tp == 1
    reversed_asymmetric = score([gold("g", symmetric=False)], [pred(actor="USA", recipient="VEN")])
    assert (reversed_asymmetric.dyad.tp, reversed_asymmetric.dyad.fp, reversed_asymmetric.dyad.fn) == (0, 1, 1)


def test_alt_types_match_and_other_types_do_not() -> None:
    assert score([gold("g", type_="AGREE", alt=["CONCEDE"])], [pred(type_="CONCEDE")]).dyad.tp == 1
    assert score([gold("g", type_="AGREE")], [pred(type_="CONCEDE")]).dyad.tp == 0


def test_strict_level_needs_the_date_dyad_level_does_not() -> None:
    result = score([gold("g", date="2025-11-21")], [pred(date="2025-11")])
    assert result.dyad.tp == 1
    assert (result.strict.tp, result.strict.fp, result.strict.fn) == (0, 1, 1)
    assert result.missed == ["g"]


def test_optional_events_are_neither_required_nor_false_positives() -> None:
    golds = [gold("g1"), gold("g2", type_="ACCUSE", required=False)]
    missing_optional = score(golds, [pred()])
    assert (missing_optional.strict.tp, missing_optional.strict.fp, missing_optional.strict.fn) == (1, 0, 0)
    predicting_optional = score(golds, [pred(), pred(type_="ACCUSE")])
    assert (predicting_optional.strict.tp, predicting_optional.strict.fp, predicting_optional.strict.fn) == (2, 0, 0)


def test_matching_is_one_to_one_and_restatements_are_false_positives() -> None:
    result = score([gold("g1")], [pred(), pred(), pred()])
    assert (result.strict.tp, result.strict.fp, result.strict.fn) == (1, 2, 0)
    assert result.strict.precision == pytest.approx(1 / 3)
    assert result.strict.f1 == pytest.approx(0.5)


def test_matching_is_maximum_not_greedy() -> None:
    # the first prediction could take either gold event; a greedy matcher that
    # gave it g1 would leave the second prediction (which fits only g1) unmatched
    golds = [gold("g1", symmetric=True), gold("g2", actor="USA", recipient="VEN")]
    predicted = [pred(actor="USA", recipient="VEN"), pred(actor="VEN", recipient="USA")]
    assert score(golds, predicted).strict.tp == 2


def test_attribution_and_modality_accuracy_over_matched_pairs() -> None:
    golds = [gold("g1", attribution=["Reuters", "anonymous sources"]), gold("g2", type_="AGREE", modality="conditional")]
    predicted = [pred(attribution=["reuters", "Anonymous sources"]), pred(type_="AGREE", modality="asserted")]
    result = score(golds, predicted)
    assert result.matched == 2
    assert result.attribution_accuracy == 1.0  # chains compare case-insensitively
    assert result.modality_accuracy == 0.5


def test_evaluate_command_scores_the_dev_gold(shared_dir, report) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "kronika", "evaluate", str(shared_dir / "gold" / "dev"), "--json"],
        capture_output=True, text=True, check=True,
    )
    scores = json.loads(run.stdout)
    total = scores["total"]
    gold_ids = sorted(json.loads(p.read_text(encoding="utf-8"))["document"]["id"] for p in (shared_dir / "gold" / "dev").glob("*.json"))
    assert sorted(d["document"] for d in scores["documents"]) == gold_ids
    seed = next(d for d in scores["documents"] if d["document"] == "maduro-minsk-2025-12-11")
    assert seed["strict"]["f1"] == 1.0  # the article the rules were built from stays perfect
    assert 0.0 <= total["strict"]["f1"] <= total["dyad"]["f1"] <= 1.0
    assert total["strict"]["fn"] == len(total["missed"])
    assert total["strict"]["tp"] == sum(d["strict"]["tp"] for d in scores["documents"])
    report(f"dev gold: strict F1 {total['strict']['f1']:.2f}, dyad F1 {total['dyad']['f1']:.2f}")


def test_null_gold_date_matches_any_date_at_the_strict_level() -> None:
    result = score([gold("g", date=None)], [pred(date="2019")])
    assert (result.strict.tp, result.strict.fp, result.strict.fn) == (1, 0, 0)


def test_undated_prediction_misses_a_dated_gold_event_only_at_the_strict_level() -> None:
    result = score([gold("g", date="2025-W47")], [pred(date=None)])
    assert result.dyad.tp == 1 and (result.strict.tp, result.strict.fn) == (0, 1)


def test_week_precision_in_the_scorer() -> None:
    # 2025-W47 runs from Monday 17 to Sunday 23 November 2025
    assert score([gold("g", date="2025-W47")], [pred(date="2025-11-17")]).strict.tp == 1
    assert score([gold("g", date="2025-W47")], [pred(date="2025-11-24")]).strict.tp == 0
    assert score([gold("g", date="2025-W47")], [pred(date="2025-11")]).strict.tp == 0


def test_a_second_prediction_for_an_optional_gold_event_is_a_false_positive() -> None:
    golds = [gold("g1"), gold("g2", type_="ACCUSE", required=False)]
    result = score(golds, [pred(), pred(type_="ACCUSE"), pred(type_="ACCUSE")])
    assert (result.strict.tp, result.strict.fp, result.strict.fn) == (2, 1, 0)


def test_required_gold_events_win_over_optional_ones() -> None:
    # one prediction, two gold events it could match: it must cover the required one
    golds = [gold("optional", required=False, symmetric=True), gold("required", actor="USA", recipient="VEN")]
    result = score(golds, [pred(actor="USA", recipient="VEN")])
    assert (result.strict.tp, result.strict.fp, result.strict.fn) == (1, 0, 0)
    assert result.missed == []


def test_recipientless_events_and_no_predictions() -> None:
    lonely = gold("g", type_="MOBILIZE")
    lonely["recipient"] = None
    prediction = pred(type_="MOBILIZE")
    prediction["recipient"] = None
    assert score([lonely], [prediction]).strict.tp == 1
    assert score([lonely], [pred(type_="MOBILIZE")]).strict.tp == 0
    empty = score([gold("g")], [])
    assert (empty.strict.tp, empty.strict.fp, empty.strict.fn, empty.strict.f1) == (0, 0, 1, 0.0)
    assert empty.attribution_accuracy == 0.0


def test_attribution_chain_order_matters() -> None:
    result = score([gold("g", attribution=["Reuters", "anonymous sources"])], [pred(attribution=["anonymous sources", "Reuters"])])
    assert result.matched == 1 and result.attribution_accuracy == 0.0


def test_scores_model_events_from_the_pipeline(examples_dir) -> None:
    from kronika.evaluate import evaluate_file

    document_score, events = evaluate_file(examples_dir / "zagreb-ljubljana-2026-03-05.json")
    gold_events = json.loads((examples_dir / "zagreb-ljubljana-2026-03-05.json").read_text(encoding="utf-8"))["events"]
    required = sum(e["required"] for e in gold_events)
    assert document_score.document == "zagreb-ljubljana-2026-03-05"
    strict = document_score.strict
    assert strict.tp + strict.fp == len(events)
    # matched required events are required - fn; matched optional ones can only add to tp
    assert required - strict.fn <= strict.tp <= len(gold_events)
    assert strict.fn == len(document_score.missed)
    assert score(gold_events, events).strict == strict  # Event objects and their JSON score alike


def test_text_file_is_found_by_walking_up(tmp_path, examples_dir) -> None:
    from kronika.evaluate import evaluate_documents

    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.hr.txt").write_bytes((examples_dir / "zagreb-ljubljana-2026-03-05.hr.txt").read_bytes())
    gold_data = json.loads((examples_dir / "zagreb-ljubljana-2026-03-05.json").read_text(encoding="utf-8"))
    gold_data["document"]["text_file"] = "texts/a.hr.txt"
    nested = tmp_path / "gold" / "dev"
    nested.mkdir(parents=True)
    (nested / "a.json").write_text(json.dumps(gold_data), encoding="utf-8")
    report = evaluate_documents([nested / "a.json"])
    direct = evaluate_documents([examples_dir / "zagreb-ljubljana-2026-03-05.json"])
    assert report.as_dict() == direct.as_dict()
    assert report.total.strict.tp > 0


def test_evaluate_command_on_the_shipped_example(examples_dir) -> None:
    from click.testing import CliRunner

    from kronika.cli import cli

    as_json = CliRunner().invoke(cli, ["evaluate", str(examples_dir), "--json"])
    assert as_json.exit_code == 0, as_json.stderr
    report = json.loads(as_json.stdout)
    assert [d["document"] for d in report["documents"]] == ["zagreb-ljubljana-2026-03-05"]
    assert report["total"]["strict"] == report["documents"][0]["strict"]
    table = CliRunner().invoke(cli, ["evaluate", str(examples_dir)], env={"COLUMNS": "200"})
    assert table.exit_code == 0
    assert "zagreb-ljubljana-2026-03-05" in table.stdout and "TOTAL" in table.stdout and "strict F1" in table.stdout


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no gold files"),
        ("{not json", "not a gold file"),
        ('{"events": []}', "needs document.text_file"),
        ('{"document": {"text_file": "missing.txt"}, "events": []}', "'missing.txt' was not found"),
        ('{"document": {"text_file": "a.txt"}, "events": [{"id": "g1"}]}', "event 1 needs a type"),
        ('{"document": {"text_file": "a.txt", "published": "lani"}, "events": []}', "cannot read 'lani'"),
        ('{"document": {"text_file": "binary.txt"}, "events": []}', "looks binary"),
    ],
)
def test_evaluate_errors_are_one_line(tmp_path, content, message) -> None:
    from click.testing import CliRunner

    from kronika.cli import cli

    (tmp_path / "a.txt").write_text("Hrvatska i Slovenija razgovarale su u utorak.\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    if content is not None:
        (tmp_path / "gold.json").write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(tmp_path)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kronika: error: ") and message in lines[0], result.stderr


def test_misses_name_each_missed_event_and_false_positive_with_its_reason() -> None:
    sentence = "Ministri su se sastali u Zagrebu."
    gold_events = [
        {**gold("g1", date=None), "evidence": sentence},
        {**gold("g2", date=None), "type": "ACCUSE", "evidence": "Nitko nije ništa rekao."},
    ]
    predicted = [{**pred(date=None), "type": "REQUEST", "evidence": [{"sentence": sentence, "trigger": ["sastali"]}]}]
    result = score(gold_events, predicted, document="d")
    missed = {e["gold_id"]: e for e in result.errors if e["kind"] == "missed"}
    assert missed["g1"]["reason"] == "wrong type" and missed["g1"]["coded"][0]["type"] == "REQUEST"
    assert missed["g2"]["reason"] == "no event coded in the sentence" and missed["g2"]["coded"] == []
    false_positives = [e for e in result.errors if e["kind"] == "false positive"]
    assert len(false_positives) == 1 and false_positives[0]["sentence"] == sentence
    assert false_positives[0]["gold"][0]["type"] == gold("g1", date=None)["type"]


def test_evaluate_misses_prints_the_error_analysis(examples_dir, tmp_path) -> None:
    from click.testing import CliRunner

    from kronika.cli import cli

    source = next(examples_dir.glob("*.json"))
    gold_data = json.loads(source.read_text(encoding="utf-8"))
    gold_data["events"].append({**gold_data["events"][0], "id": "invented", "type": "ASSAULT", "alt_types": [],
                                "evidence": "Rečenica koje u članku nema."})
    text_file = gold_data["document"]["text_file"]
    (tmp_path / text_file).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / text_file).write_bytes(article_path(source, text_file).read_bytes())
    (tmp_path / "g.json").write_text(json.dumps(gold_data), encoding="utf-8")
    run = CliRunner().invoke(cli, ["evaluate", str(tmp_path / "g.json"), "--misses"], env={"COLUMNS": "200"})
    assert run.exit_code == 0, run.output
    assert "MISSED" in run.stdout and ":invented — no event coded in the sentence" in run.stdout
    reasons = next(line for line in run.stdout.splitlines() if line.startswith("misses by reason:"))
    assert "no event coded in the sentence 1" in reasons
