"""What Xi Jinping said about Ukraine: his statements about Ukraine and what is tied to it
(`aboutRelated: true`: its forces and the war they fight), each with its date and the article's verbatim
words, every page. Prints the same lines as clients/typescript/what-xi-said-about-ukraine.ts.

Usage: python clients/python/what_xi_said_about_ukraine.py [endpoint]
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from graphql_client import CLIENT_OPERATIONS, endpoint, request, run

SPEAKER = "person:xi-jinping"
SUBJECT = "country:ukraine"


def date_of(statement: Dict[str, Any]) -> str:
    date = statement["date"]
    if not date:
        return "undated"
    words = f", “{date['text']}”" if date["text"] else ""
    return f"{date['value']} ({date['precision']}{words})"


def main() -> None:
    url = endpoint()
    found: List[Dict[str, Any]] = []
    after: Optional[str] = None
    while True:
        variables = {"speakerId": SPEAKER, "aboutId": SUBJECT, "after": after}
        statements = request(url, CLIENT_OPERATIONS, "StatementsAbout", variables)["statements"]
        found.extend(edge["node"] for edge in statements["edges"])
        if not statements["pageInfo"]["hasNextPage"]:
            break
        after = statements["pageInfo"]["endCursor"]

    print(f"Xi Jinping on Ukraine (aboutRelated: true): {len(found)} statements")
    for statement in found:
        about = ", ".join(subject["name"] if "name" in subject else subject["id"] for subject in statement["about"])
        print("")
        print(f"{date_of(statement)}: {statement['id']}")
        print(f"  about: {about}")
        for evidence in statement["evidence"]:
            print(f"  > {evidence['quote']}")


if __name__ == "__main__":
    run(main)
