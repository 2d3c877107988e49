"""The Dask recipe of ``docs/scale.md``, run on a local two-worker cluster.

The recipe is read from the document itself, so what is documented is what is
tested. ``importorskip`` is only a guard for a bare ``.[test]`` install: CI
installs the ``dask`` extra, so this runs there.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsparse

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

SCALE_DOC = Path(__file__).resolve().parent.parent / "docs" / "scale.md"

# articles written for this test, varied by ``i``
_TEMPLATES = (
    "LONDON, Nov {day} (Reuters) - Freight rates rose {i} points, brokers said.\n\n"
    "“We expect more,” said analyst Ann Lee.\n",
    "WASHINGTON (AP) — The council voted {i} to 2 to rebuild the pier, officials said.\n",
    "(Bloomberg) -- Dock workers returned on day {day}, according to the union. "
    "“It was time,” one worker said.\n",
    "A crane lifts beam {i}. Photographer: Al Drago/Bloomberg\n\n"
    "SALVADOR, Feb {day} - Cocoa arrivals were {i} bags, exporters said.\n",
)


def make_text(i: int) -> str:
    return _TEMPLATES[i % len(_TEMPLATES)].format(i=i, day=1 + i % 28)


def recipe() -> dict[str, Any]:
    """Run the recipe's code block and return what it defines."""
    doc = SCALE_DOC.read_text(encoding="utf-8")
    found = re.search(r"<!-- recipe:[^>]*-->\s*```python\n(.*?)```", doc, re.DOTALL)
    assert found is not None, "docs/scale.md lost its recipe block"
    namespace: dict[str, Any] = {"__name__": "scale_recipe"}
    exec(compile(found.group(1), str(SCALE_DOC), "exec"), namespace)
    return namespace


def read_parts(directory: Path) -> list[dict[str, Any]]:
    parts = sorted(directory.glob("*.jsonl"))
    assert parts, f"nothing written to {directory}"
    return [json.loads(line) for part in parts for line in part.read_text("utf-8").splitlines()]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        yield dask_client


N_PER_FILE = 300


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """Two JSON Lines files of records ``{"id", "text"}``, ids in order."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for part in range(2):
        with open(folder / f"part-{part}.jsonl", "w", encoding="utf-8") as handle:
            for i in range(part * N_PER_FILE, (part + 1) * N_PER_FILE):
                handle.write(json.dumps({"id": f"a{i}", "text": make_text(i)}) + "\n")
    return folder


def test_dask_recipe_equals_parse_many(client: Any, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "parsed"
    recipe()["parse_corpus"](str(corpus / "*.jsonl"), str(out))
    assert len(client.scheduler_info()["workers"]) == 2  # it really ran on the cluster
    texts = [make_text(i) for i in range(2 * N_PER_FILE)]
    expected = [a.to_dict() for a in newsparse.parse_many(texts)]
    got = read_parts(out)
    assert got == expected
    assert [newsparse.Article.from_dict(d) for d in got] == list(newsparse.parse_many(texts))


def test_dask_recipe_with_ids_skips_bad_records(client: Any, corpus: Path, tmp_path: Path) -> None:
    with open(corpus / "part-1.jsonl", "a", encoding="utf-8") as handle:
        handle.write('{"id": "no-text"}\nnot json\n{"id": "number", "text": 5}\n')
        handle.write(json.dumps({"id": "last", "text": make_text(0)}) + "\n")
    out = tmp_path / "parsed"
    recipe()["parse_corpus_with_ids"](str(corpus / "*.jsonl"), str(out))
    got = read_parts(out)
    ids = [f"a{i}" for i in range(2 * N_PER_FILE)] + ["last"]
    assert [d.pop("id") for d in got] == ids
    texts = [make_text(i) for i in range(2 * N_PER_FILE)] + [make_text(0)]
    assert got == [a.to_dict() for a in newsparse.parse_many(texts)]
