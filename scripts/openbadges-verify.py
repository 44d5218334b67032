#!/usr/bin/env python3
"""Runs 1EdTech's Open Badges 2.0 validator (PyPI `openbadges`) on a hosted assertion, offline.

Usage: openbadges-verify.py ASSERTION_URL_OR_BAKED_SVG RECIPIENT_EMAIL

The validator compacts every document against the Open Badges v2 JSON-LD context and fetches
that context from w3id.org each time; the package ships the context but never uses it for the
fetch. The document loader is wrapped so the context URLs answer from the shipped copy and every
other URL (our server on 127.0.0.1) goes to the network as usual: the run contacts nothing else.

Prints one JSON object: valid, messages, and revoked (the Assertion node's `revoked`, which the
validator itself does not check for hosted assertions). Exit status 0 when valid, 1 otherwise.
"""
import json
import sys

from openbadges import verify
from openbadges.verifier import utils
from openbadges.verifier.openbadges_context import OPENBADGES_CONTEXT_V2_DICT, OPENBADGES_CONTEXT_V2_URI

CONTEXT_URLS = {OPENBADGES_CONTEXT_V2_URI, "http://w3id.org/openbadges/v2",
                "https://openbadgespec.org/v2/context.json"}
CONTEXT_URLS |= {url + "/" for url in CONTEXT_URLS}
original_call = utils.CachableDocumentLoader.__call__


def offline_call(self, url):
    if url in CONTEXT_URLS:
        self.contexts.update([url])
        return {"contextUrl": None, "documentUrl": url, "document": json.dumps(OPENBADGES_CONTEXT_V2_DICT)}
    return original_call(self, url)


utils.CachableDocumentLoader.__call__ = offline_call


def main():
    target, email = sys.argv[1], sys.argv[2]
    if target.endswith(".svg"):
        with open(target, "rb") as baked:
            result = verify(baked, recipient_profile={"email": email})
    else:
        result = verify(target, recipient_profile={"email": email})
    report = result["report"]
    assertions = [node for node in result.get("graph", []) if node.get("type") == "Assertion"]
    print(json.dumps({
        "valid": report["valid"],
        "messages": [{"level": m.get("messageLevel"), "name": m.get("name"), "result": m.get("result")}
                     for m in report["messages"]],
        "revoked": bool(assertions and assertions[0].get("revoked")),
    }, sort_keys=True))
    sys.exit(0 if report["valid"] else 1)


if __name__ == "__main__":
    main()
