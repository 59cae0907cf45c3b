#!/usr/bin/env python3
"""Adds the error answers every operation can get to src/openapi/wispgate-v1.openapi.json (re-runnable).

Shared entries under components/responses (MethodNotAllowed 405, UriTooLong 414, RequestHeaderFieldsTooLarge 431,
InternalServerError 500, ServiceUnavailable 503; BadRequest, PayloadTooLarge, UnsupportedMediaType and TooManyRequests
exist already), the Allow header, the error codes uri_too_long and request_header_fields_too_large, and a $ref to each
of 400, 405, 413, 414, 415, 429, 431, 500, 503 from every operation that does not declare that status yet (an existing
declaration is kept), and UnprocessableEntity (422) from every operation that takes a request body (its fields are
validated against the schema, a form's included). Responses are then ordered by status. Running it twice changes nothing.

    python3 src/openapi/tools/add-shared-error-responses.py [path/to/wispgate-v1.openapi.json]
"""
import json
import sys
from pathlib import Path

PATH = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "wispgate-v1.openapi.json"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
COMMON_HEADERS = ["X-Request-ID", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"]


def response(description, code, summary, message, extra_headers=()):
    headers = {name: {"$ref": f"#/components/headers/{name}"} for name in [*COMMON_HEADERS, *extra_headers]}
    example = {"success": False, "error": {"code": code, "message": message}, "meta": {"request_id": "req_19ba22", "api_version": "v1"}}
    return {
        "description": description,
        "headers": headers,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}, "examples": {code: {"summary": summary, "value": example}}}},
    }


SHARED = {
    "MethodNotAllowed": response(
        "Method Not Allowed: the path exists, but not with this HTTP method; `Allow` lists the methods it takes.",
        "method_not_allowed", "Wrong method", "PUT is not allowed on /api/v1/subscribers; use GET or POST.", ["Allow"]),
    "UriTooLong": response(
        "URI Too Long: the request target (path and query) is longer than 8,192 bytes.",
        "uri_too_long", "Request target over 8 KiB", "The request target exceeds 8192 bytes."),
    "RequestHeaderFieldsTooLarge": response(
        "Request Header Fields Too Large: more than 100 header fields, or more than 32 KiB of them (names and values).",
        "request_header_fields_too_large", "Headers over the limit", "The request headers exceed 32768 bytes."),
    "InternalServerError": response(
        "Internal Server Error: an unexpected failure of the server; safe to retry with the same idempotency key.",
        "internal_error", "Unexpected failure", "The server failed to handle the request."),
    "ServiceUnavailable": response(
        "Service Unavailable: the server cannot answer right now (maintenance, overload); retry after `Retry-After` "
        "seconds when given, with the same idempotency key.",
        "internal_error", "Temporarily unavailable", "The service is temporarily unavailable.", ["Retry-After"]),
}

# status → the components/responses entry every operation references for it.
EVERY_OPERATION = {
    "400": "BadRequest",
    "405": "MethodNotAllowed",
    "413": "PayloadTooLarge",
    "414": "UriTooLong",
    "415": "UnsupportedMediaType",
    "429": "TooManyRequests",
    "431": "RequestHeaderFieldsTooLarge",
    "500": "InternalServerError",
    "503": "ServiceUnavailable",
}

NEW_CODES = {
    "uri_too_long": "- `uri_too_long` (414): The request target (path and query) is longer than 8,192 bytes.",
    "request_header_fields_too_large": "- `request_header_fields_too_large` (431): More than 100 request header fields, or more than 32 KiB of them.",
}

ENVELOPE_OLD = "a body that is not JSON → 415, a body over 1 MiB → 413."
ENVELOPE_NEW = ("a body that is not JSON → 415, a body over 1 MiB → 413, a request target over 8 KiB → 414 `uri_too_long`, more "
                "than 100 headers or 32 KiB of them → 431 `request_header_fields_too_large`; 500 `internal_error` and 503 are "
                "always possible. Every operation declares these answers.")


def main():
    document = json.loads(PATH.read_text(encoding="utf-8"))
    components = document["components"]
    components["headers"].setdefault("Allow", {
        "description": "The HTTP methods the path takes (RFC 9110), sent with 405.",
        "schema": {"type": "string", "examples": ["GET, POST"]},
    })
    for name, value in SHARED.items():
        components["responses"].setdefault(name, value)

    error_code = components["schemas"]["ErrorCode"]
    for code, line in NEW_CODES.items():
        if code not in error_code["enum"]:
            error_code["enum"].append(code)
        if f"`{code}`" not in error_code["description"]:
            anchor = "\n- `rate_limited`"
            error_code["description"] = error_code["description"].replace(anchor, f"\n{line}{anchor}", 1)

    info = document["info"]
    if ENVELOPE_NEW not in info["description"]:
        info["description"] = info["description"].replace(ENVELOPE_OLD, ENVELOPE_NEW, 1)

    added = 0
    for item in document["paths"].values():
        for method in METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            responses = operation["responses"]
            wanted = dict(EVERY_OPERATION)
            if "requestBody" in operation:
                wanted["422"] = "UnprocessableEntity"
            for status, name in wanted.items():
                if status not in responses:
                    responses[status] = {"$ref": f"#/components/responses/{name}"}
                    added += 1
            operation["responses"] = dict(sorted(responses.items(), key=lambda pair: pair[0]))

    PATH.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{PATH}: {added} response references added")


if __name__ == "__main__":
    main()
