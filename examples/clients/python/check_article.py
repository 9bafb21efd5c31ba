#!/usr/bin/env python3
"""Checks an article on a factcheck server and prints each claim's verdict as it arrives.

A starting point for newsroom tools in Python (Debian: python3-grpcio). Generate the stubs once
from the repository's (or the installed share/factcheck/proto) files:

  mkdir -p stubs && protoc -I proto --python_out=stubs --grpc_python_out=stubs \\
      --plugin=protoc-gen-grpc_python=/usr/bin/grpc_python_plugin \\
      proto/factcheck/v1/types.proto proto/factcheck/v1/service.proto
  PYTHONPATH=stubs python3 examples/clients/python/check_article.py --server 127.0.0.1:50051 article.txt

Front matter (`published:`, `title:`, `id:` between `---` lines) is read as the CLI reads it.
Exit code: 0 nothing refuted, 1 something refuted or conflicting, 2 the call failed.
"""
import argparse
import os
import sys

import grpc
from factcheck.v1 import service_pb2_grpc, types_pb2


def read_document(path, published):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    fields = {}
    if text.startswith("---\n") and "\n---\n" in text[4:]:
        end = text.index("\n---\n", 4)
        for line in text[4:end].splitlines():
            key, _, value = line.partition(":")
            fields[key.strip()] = value.strip()
        text = text[end + 5:]
    return types_pb2.Document(text=text, published=published or fields.get("published", ""),
                              title=fields.get("title", ""), id=fields.get("id", ""))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article")
    parser.add_argument("--server", default="127.0.0.1:50051")
    parser.add_argument("--published", help="YYYY-MM-DD (overrides the front matter)")
    parser.add_argument("--token", default=os.environ.get("FACTCHECK_TOKEN", ""))
    parser.add_argument("--deadline", type=float, default=30, help="seconds for the whole call")
    args = parser.parse_args()

    metadata = [("authorization", "Bearer " + args.token)] if args.token else []
    with grpc.insecure_channel(args.server) as channel:
        stub = service_pb2_grpc.FactCheckStub(channel)
        flagged = False
        try:
            # One message per claim as soon as it is final, then the summary.
            for message in stub.CheckDocumentStream(read_document(args.article, args.published),
                                                    timeout=args.deadline, metadata=metadata):
                if message.WhichOneof("item") == "claim":
                    result = message.claim
                    verdict = types_pb2.Verdict.Name(result.verdict)
                    flagged |= result.verdict in (types_pb2.REFUTED, types_pb2.CONFLICTING)
                    # A claim may span a line break in the article: print it on one line.
                    print("%-16s %s: %s" % (verdict, " ".join(result.claim.text.split()), result.explanation))
                else:
                    print(message.summary.line)
        except grpc.RpcError as error:
            print("factcheck: %s: %s" % (error.code().name, error.details()), file=sys.stderr)
            return 2
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
