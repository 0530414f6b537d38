"""Command line: ``python -m pipeline extract INPUT_DIR --out OUTPUT_DIR [--jobs N]``.

Exit status: 0 when every article succeeded, 1 when some failed (the others are written),
2 on bad usage.
"""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Extract entities, dates and quotations from French press articles into CSV tables.")


class Delimiter(str, Enum):
    comma = ","
    semicolon = ";"


@app.callback()
def _root() -> None:
    """French press extraction."""


@app.command()
def extract(
    input_dir: Path = typer.Argument(..., exists=True, file_okay=False, readable=True,
                                     help="Folder of *.txt articles (searched recursively)."),
    out: Path = typer.Option(Path("outputs"), "--out", "-o", file_okay=False, help="Folder for the CSV tables."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes (use 2 on a 2-core machine)."),
    force: bool = typer.Option(False, "--force", help="Process every article again, ignoring cached results."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    delimiter: Delimiter = typer.Option(Delimiter.comma, "--delimiter", "-d",
                                        help="CSV delimiter: ';' for spreadsheets set to a French locale."),
    xlsx: bool = typer.Option(False, "--xlsx", help="Also write extraction.xlsx, one sheet per table."),
) -> None:
    """Write articles.csv, entities.csv, dates.csv and quotes.csv for every article in INPUT_DIR,
    and datapackage.json describing them."""
    from tqdm import tqdm

    from pipeline.extract import extract_folder
    from pipeline.reader import article_paths

    total = len(article_paths(input_dir))
    with tqdm(total=total, unit="article", file=sys.stderr, disable=quiet or None, leave=False) as bar:
        summary = extract_folder(input_dir, out, jobs=jobs, force=force, delimiter=delimiter.value,
                                 on_progress=bar.update, xlsx=xlsx)
    for article_id, error in summary.errors:
        typer.echo(f"error: {article_id}: {error}", err=True)
    typer.echo(summary.line(out), err=True)
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def report(
    input_dir: Path = typer.Argument(..., exists=True, file_okay=False, readable=True,
                                     help="Folder of *.txt articles the tables were extracted from."),
    out: Path = typer.Option(Path("outputs"), "--out", "-o", exists=True, file_okay=False,
                             help="Folder of the CSV tables; report.html is written there."),
) -> None:
    """Write report.html: each article's text with its entities, dates and quotations highlighted."""
    from pipeline.report import write_report

    try:
        path = write_report(input_dir, out)
    except (OSError, ValueError) as error:  # tables missing or not ours: say so, no traceback
        typer.echo(f"error: {error}; run `python -m pipeline extract {input_dir} --out {out}` first", err=True)
        raise typer.Exit(2)
    typer.echo(f"report -> {path}", err=True)


def main() -> None:
    app(prog_name="python -m pipeline")
