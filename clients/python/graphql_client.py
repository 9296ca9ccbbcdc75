"""What the Python clients share: where the API is, and one GraphQL request with requests.

The operations are not copied here: a script names one, and the document file that holds it
(schema/operations.graphql or clients/operations.graphql, the same files codegen.ts types for
TypeScript) is sent as it is with that operationName (GraphQL over HTTP), so both clients always ask
the same question.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Callable, Dict, Optional

import requests

DEFAULT_ENDPOINT = "http://127.0.0.1:4000/graphql"
PROJECT_ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_OPERATIONS = PROJECT_ROOT / "schema" / "operations.graphql"
CLIENT_OPERATIONS = PROJECT_ROOT / "clients" / "operations.graphql"


def endpoint(argv: Optional[list] = None) -> str:
    """The first command-line argument, else GRAPHQL_ENDPOINT, else the local API of `npm start`."""
    args = sys.argv[1:] if argv is None else argv
    return (args[0] if args else "") or os.environ.get("GRAPHQL_ENDPOINT") or DEFAULT_ENDPOINT


class GraphQLError(Exception):
    pass


def request(url: str, document: Path, operation_name: str, variables: Dict[str, Any]) -> Dict[str, Any]:
    """POSTs the named operation of `document` and returns its data; any GraphQL error raises."""
    response = requests.post(
        url,
        json={"query": document.read_text(encoding="utf-8"), "operationName": operation_name, "variables": variables},
        headers={"accept": "application/graphql-response+json, application/json"},
        # Seconds to connect, and to wait for the answer: Node's fetch (the TypeScript clients) waits 300 s for it too.
        timeout=(10, 300),
    )
    try:
        body = response.json()
    except ValueError:
        raise GraphQLError(f"{url} answered HTTP {response.status_code} with no GraphQL response: {response.text[:200]}")
    errors = body.get("errors") or []
    if errors:
        raise GraphQLError("\n".join(f"{(e.get('extensions') or {}).get('code', 'ERROR')}: {e['message']}" for e in errors))
    if not body.get("data"):
        raise GraphQLError(f"{url} answered HTTP {response.status_code} without data")
    return body["data"]


def run(main: Callable[[], None]) -> None:
    """Runs a script's main and exits 1 with the reason on failure (unreachable API, GraphQL errors)."""
    try:
        main()
    except (GraphQLError, requests.RequestException) as error:
        print(error, file=sys.stderr)
        sys.exit(1)
