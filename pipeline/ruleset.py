"""Loading rule files from ``pipeline/rules/`` with errors that name the file and line.

JSONL files hold one rule per line (``{"id": ..., ...}``); blank lines and lines starting
with ``//`` are ignored so users can comment their additions.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any, Iterable

from pipeline.regex_cache import compile_cached

RULES_DIR = Path(__file__).parent / "rules"


class RuleError(ValueError):
    """A rule file that cannot be used; the message names the file and line."""


def rules_path(name: str | Path) -> Path:
    path = Path(name)
    return path if path.is_absolute() else RULES_DIR / path


def load_json(name: str | Path) -> Any:
    path = rules_path(name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise RuleError(f"{path}:{error.lineno}: invalid JSON: {error.msg}") from None


def load_jsonl(name: str | Path, required: Iterable[str] = ("id",)) -> list[dict]:
    """Rules of a JSONL file, each with its ``_file`` and ``_line`` for later error messages."""
    path = rules_path(name)
    rules, seen = [], {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            rule = json.loads(line)
        except json.JSONDecodeError as error:
            raise RuleError(f"{path}:{number}: invalid JSON: {error.msg}") from None
        if not isinstance(rule, dict):
            raise RuleError(f"{path}:{number}: a rule is a JSON object, got {type(rule).__name__}")
        missing = [key for key in required if key not in rule]
        if missing:
            raise RuleError(f"{path}:{number}: rule lacks {', '.join(missing)}")
        if "id" in rule:
            if rule["id"] in seen:
                raise RuleError(f"{path}:{number}: rule id {rule['id']!r} already used on line {seen[rule['id']]}")
            seen[rule["id"]] = number
        rules.append({**rule, "_file": str(path), "_line": number})
    return rules


def compile_regex(pattern: str, where: str, flags: int = 0) -> re.Pattern:
    try:
        return compile_cached(pattern, flags)
    except re.error as error:
        raise RuleError(f"{where}: invalid regex {pattern!r}: {error}") from None


def where(rule: dict) -> str:
    """``file:line (id)`` of a rule loaded by :func:`load_jsonl`, for error messages."""
    return f"{rule.get('_file', '?')}:{rule.get('_line', '?')} ({rule.get('id', '?')})"


def fingerprint(root: Path = RULES_DIR) -> str:
    """Hash of every rule file: a changed rule invalidates cached results."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
