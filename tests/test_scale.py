"""The Dask engine codes the same events as the single process."""

from pathlib import Path

from kronika.scale import expand_inputs, ingest_dask, shard_size
from kronika.sources import iter_paths, read_path
from kronika.store import counts, ingest_articles, open_store, query_events, query_stories


def test_dask_on_two_workers_matches_the_single_process(tmp_path: Path, shared_dir: Path, examples_dir: Path) -> None:
    # Other outlets' copies of the example tell the same events, so stories must be linked
    # across articles, and across shards: the copies stand apart in the input.
    example = next(examples_dir.glob("*.hr.txt")).read_text(encoding="utf-8")
    copies = [tmp_path / f"copy-{number}.txt" for number in range(3)]
    for number, copy in enumerate(copies):
        copy.write_text(example.replace("M.K./Kronika", f"M.K./Portal{number}"), encoding="utf-8")
    # The seed once more, word for word, in another shard: stored once, as by the single process.
    seed_again = tmp_path / "seed-again.txt"
    seed_again.write_bytes(next((shared_dir / "seed").glob("*.txt")).read_bytes())
    inputs = [str(copies[0]), str(examples_dir), str(shared_dir / "seed"), str(copies[1]),
              str(shared_dir / "corpus" / "setimes-hr"), str(copies[2]), str(seed_again)]
    files = expand_inputs(inputs)
    size = shard_size(len(files), 2)
    assert len({files.index(str(copy)) // size for copy in copies}) > 1  # not all in one shard
    assert files.index(str(seed_again)) // size != next(i for i, f in enumerate(files) if "/seed/" in f) // size
    summary = ingest_dask(inputs, tmp_path / "dataset", progress=False, n_workers=2)
    local = open_store(tmp_path / "local.duckdb")
    ingest_articles(local, (item for path in iter_paths(inputs) for item in read_path(path)))
    dataset = open_store(tmp_path / "dataset")
    assert counts(dataset)["documents"] == counts(local)["documents"] == summary["stored_documents"] == summary["coded"] - 1
    assert summary["duplicates"] == 1 and summary["stored_events"] == counts(local)["events"]
    def keyed(con):
        return sorted((e["id"], e["type"], e["actor"]["country"], (e["recipient"] or {}).get("country"), e["date"], tuple(e["attribution"]))
                      for e in query_events(con, limit=100_000))
    assert keyed(dataset) == keyed(local)
    assert len(keyed(local)) > 20
    assert len(query_stories(dataset, limit=100_000)) == len(query_stories(local, limit=100_000))
    # the merge links events of different shards into the same stories as the single process
    def grouped(con) -> set[frozenset[tuple[str, str]]]:
        stories: dict[str, set[tuple[str, str]]] = {}
        for e in query_events(con, limit=100_000):
            stories.setdefault(e["story"], set()).add((e["document"], e["id"]))
        return {frozenset(members) for members in stories.values()}
    assert grouped(dataset) == grouped(local)
    assert any(len({document for document, _ in story}) > 1 for story in grouped(local))  # a story spans articles
