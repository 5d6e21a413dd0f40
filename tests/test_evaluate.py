"""The scoring rule of EVALUATION.md on hand-built events."""

import json
import subprocess
import sys

import pytest

from kronika.evaluate import date_within, score


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


def test_evaluate_command_scores_the_dev_gold(shared_dir) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "kronika", "evaluate", str(shared_dir / "gold" / "dev"), "--json"],
        capture_output=True, text=True, check=True,
    )
    report = json.loads(run.stdout)
    total = report["total"]
    assert [d["document"] for d in report["documents"]] == ["maduro-minsk-2025-12-11"]
    assert 0.0 <= total["strict"]["f1"] <= total["dyad"]["f1"] <= 1.0
    assert total["strict"]["fn"] == len(total["missed"])
