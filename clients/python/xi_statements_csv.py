"""Xi Jinping's statements as a pandas DataFrame, read straight from the API's CSV export with
`pandas.read_csv(url)` (README.md, "Exports"): how many, by speech act, and the first quote with its offsets.

Usage: python clients/python/xi_statements_csv.py [endpoint]
"""
from __future__ import annotations

from urllib.error import URLError
from urllib.parse import urlencode

import pandas as pd

from graphql_client import endpoint, run


def main() -> None:
    base = endpoint().rsplit("/graphql", 1)[0]
    url = f"{base}/export/statements.csv?{urlencode({'speakerIds': 'person:xi-jinping'})}"
    try:
        rows = pd.read_csv(url)  # one row per evidence span; evidence_index 0 is each statement's first
    except URLError as error:
        raise SystemExit(f"{url}: {error.reason}")
    statements = rows[rows.evidence_index == 0]
    print(f"{len(statements)} statements by Xi Jinping, {len(rows)} evidence spans")
    for act, count in statements.act.value_counts().sort_index().items():
        print(f"  {act}: {count}")
    first = rows.iloc[0]
    print(f"first: {first.statement_id} [{first.evidence_start}:{first.evidence_end}] {first.evidence_quote}")


if __name__ == "__main__":
    run(main)
