"""Who spoke with whom: every speaker -> addressee pair of the graph's statements, with how many
statements each pair has, most first (ties in the API's order). Prints the same lines as
clients/typescript/who-spoke-with-whom.ts.

Usage: python clients/python/who_spoke_with_whom.py [endpoint]

The API counts: the SpeakerPairs operation (clients/operations.graphql) pages through `interactions`.
"""
from __future__ import annotations

from typing import Dict, List, Optional

from graphql_client import CLIENT_OPERATIONS, endpoint, request, run


def main() -> None:
    url = endpoint()
    pairs: List[Dict] = []
    after: Optional[str] = None
    while True:
        interactions = request(url, CLIENT_OPERATIONS, "SpeakerPairs", {"after": after})["interactions"]
        total = interactions["totalCount"]
        for edge in interactions["edges"]:
            node = edge["node"]
            pairs.append({"speaker": node["speaker"]["name"], "addressee": node["addressee"]["name"], "count": node["count"]})
        page = interactions["pageInfo"]
        if not page["hasNextPage"]:
            break
        after = page["endCursor"]

    width = len(str(pairs[0]["count"])) if pairs else 1
    print(f"{total} speaker → addressee pairs")
    for pair in pairs:
        print(f"{str(pair['count']).rjust(width)}  {pair['speaker']} → {pair['addressee']}")


if __name__ == "__main__":
    run(main)
