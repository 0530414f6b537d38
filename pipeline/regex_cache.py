"""The model's tokenizer regexes, compiled once per machine instead of once per process.

Half of loading ``fr_core_news_md`` (about 2.5 s of 4.5) is Python compiling the French
tokenizer's ``token_match``, a 1.45 MB regular expression, in every process that loads the
model. A compiled pattern cannot be pickled, but Python compiles in two steps: parse the
pattern into an array of codes, then build the pattern object from that array
(``_sre.compile``, milliseconds). We keep the array on disk, keyed by the pattern and the exact
Python build, and place the pattern object in ``re``'s own cache before spaCy compiles the same
string, so spaCy gets an identical pattern without the slow step. Anything unexpected (another
Python, a damaged file, a read-only home) falls back to compiling as usual.
"""
from __future__ import annotations

import array
import hashlib
import json
import os
import re
import sys
import tempfile
from pathlib import Path


def default_cache_dir() -> Path:
    try:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    except RuntimeError:  # no home directory
        base = Path(tempfile.gettempdir())
    return base / "press-extraction" / "regex"


def warm(patterns: list[str], cache_dir: Path | None = None) -> int:
    """Put each pattern, compiled, into ``re``'s cache; returns how many were read from disk."""
    cache_dir = cache_dir or default_cache_dir()
    read = 0
    for pattern in patterns:
        try:
            compiled, from_disk = _compiled(pattern, cache_dir)
        except Exception:  # noqa: BLE001 (an optimisation: whatever fails, re.compile still works)
            continue
        re._cache[str, pattern, 0] = compiled
        read += from_disk
    return read


def compile_cached(pattern: str, flags: int = 0, cache_dir: Path | None = None) -> re.Pattern:
    """``re.compile(pattern, flags)`` through the same disk cache: compiling our rules' regexes
    took a third of our components' load time (0.15 s of CPU of 0.5), paid again by every worker
    and every incremental run."""
    try:
        return _compiled(pattern, cache_dir or default_cache_dir(), flags)[0]
    except Exception:  # noqa: BLE001 (as in warm(); a bad pattern raises its re.error here)
        return re.compile(pattern, flags)


def model_patterns(model: str) -> list[str]:
    """The regex sources a spaCy package's tokenizer compiles when it loads."""
    import importlib.util

    import srsly

    spec = importlib.util.find_spec(model)
    if spec is None or not spec.submodule_search_locations:
        return []
    for tokenizer in Path(spec.submodule_search_locations[0]).glob("*/tokenizer"):
        data = srsly.msgpack_loads(tokenizer.read_bytes())
        return [value for value in data.values() if isinstance(value, str) and value]
    return []


def _compiled(pattern: str, cache_dir: Path, flags: int = 0) -> tuple[re.Pattern, bool]:
    import _sre
    from re import _compiler, _parser

    key = hashlib.sha256(f"{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}\0{flags}\0{pattern}".encode()).hexdigest()
    codes_file, meta_file = cache_dir / f"{key}.codes", cache_dir / f"{key}.json"
    try:
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        codes = array.array("I")
        codes.frombytes(codes_file.read_bytes())
        from_disk = len(codes) == meta["length"]
    except (OSError, ValueError, KeyError):
        from_disk = False
    if not from_disk:
        parsed = _parser.parse(pattern, flags)
        codes = array.array("I", _compiler._code(parsed, flags))
        meta = {"length": len(codes), "flags": parsed.state.flags, "groups": parsed.state.groups,
                "groupindex": parsed.state.groupdict}
        _save(cache_dir, codes_file, codes.tobytes())
        _save(cache_dir, meta_file, json.dumps(meta).encode())
    indexgroup = [None] * meta["groups"]
    for name, index in meta["groupindex"].items():
        indexgroup[index] = name
    compiled = _sre.compile(pattern, meta["flags"], codes.tolist(), meta["groups"] - 1,
                            meta["groupindex"], tuple(indexgroup))
    return compiled, from_disk


def _save(cache_dir: Path, path: Path, data: bytes) -> None:
    """Written whole or not at all: concurrent processes may write the same file."""
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=cache_dir, delete=False) as temporary:
            temporary.write(data)
        os.replace(temporary.name, path)
    except OSError:
        pass
