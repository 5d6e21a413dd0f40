"""The Dask engine codes the same events as the single process."""

from pathlib import Path

from kronika.scale import ingest_dask
from kronika.sources import iter_paths, read_path
from kronika.store import counts, ingest_articles, open_store, query_events, query_stories


def test_dask_on_two_workers_matches_the_single_process(tmp_path: Path, shared_dir: Path, examples_dir: Path) -> None:
    inputs = [str(examples_dir), str(shared_dir / "seed"), str(shared_dir / "corpus" / "setimes-hr")]
    summary = ingest_dask(inputs, tmp_path / "dataset", progress=False, n_workers=2)
    local = open_store(tmp_path / "local.duckdb")
    ingest_articles(local, (item for path in iter_paths(inputs) for item in read_path(path)))
    dataset = open_store(tmp_path / "dataset")
    assert counts(dataset)["documents"] == counts(local)["documents"] == summary["coded"]
    def keyed(con):
        return sorted((e["id"], e["type"], e["actor"]["country"], e["recipient"]["country"], e["date"], tuple(e["attribution"]))
                      for e in query_events(con, limit=100_000))
    assert keyed(dataset) == keyed(local)
    assert len(keyed(local)) > 20
    assert len(query_stories(dataset, limit=100_000)) == len(query_stories(local, limit=100_000))
