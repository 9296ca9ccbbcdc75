"""Who spoke with whom: every speaker -> addressee pair of the article's statements, with how many
statements each pair has, most first. Prints the same lines as clients/typescript/who-spoke-with-whom.ts.

Usage: python clients/python/who_spoke_with_whom.py [endpoint]

Counts the pairs of the WhoSpokeWithWhom example operation (schema/operations.graphql) over one page of
the largest size the API allows; when the graph holds more statements than that, it says how many were
counted.
"""
from __future__ import annotations

from typing import Dict, Tuple

from graphql_client import EXAMPLE_OPERATIONS, endpoint, request, run

# The largest page `statements` serves (src/common/args.ts, MAX_PAGE).
MAX_PAGE = 100


def main() -> None:
    statements = request(endpoint(), EXAMPLE_OPERATIONS, "WhoSpokeWithWhom", {"first": MAX_PAGE})["statements"]
    pairs: Dict[Tuple[str, str], Dict] = {}
    for edge in statements["edges"]:
        node = edge["node"]
        speaker = node["speaker"]
        if not speaker:
            continue
        for addressee in node["addressees"]:
            pair = pairs.setdefault((speaker["id"], addressee["id"]), {"speaker": speaker["name"], "addressee": addressee["name"], "count": 0})
            pair["count"] += 1
    # Python compares strings by code point, as the TypeScript client's ties are ordered (all BMP characters).
    ordered = sorted(pairs.values(), key=lambda p: (-p["count"], p["speaker"], p["addressee"]))
    width = len(str(ordered[0]["count"])) if ordered else 1

    shown, total = len(statements["edges"]), statements["totalCount"]
    counted = f"the first {shown} of {total}" if shown < total else str(total)
    print(f"{len(ordered)} speaker → addressee pairs in {counted} statements")
    for pair in ordered:
        print(f"{str(pair['count']).rjust(width)}  {pair['speaker']} → {pair['addressee']}")


if __name__ == "__main__":
    run(main)
