"""``make evaluate``: entity, date and quote scores on the dev data (../shared), one report.

    python -m pipeline.evaluation [DATA_DIR]
"""
import sys
from pathlib import Path

from pipeline.evaluation import DEFAULT_DATA, dates, entities, quotes

AREAS = {"entities": entities, "dates": dates, "quotes": quotes}


def main() -> None:
    data_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DATA
    if not data_dir.is_dir():
        print(f"No dev data at {data_dir}: nothing to evaluate (it lives in ../shared, outside the project).")
        return
    for name, module in AREAS.items():
        print(f"\n=== {name} ===\n{module.run(data_dir)}", flush=True)


main()
