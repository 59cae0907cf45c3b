#!/usr/bin/env python3
"""Adds issue #19's operations to src/openapi/wispgate-v1.openapi.json (re-runnable: a second run changes nothing).

getMe and API key management (listApiKeys, createApiKey, getApiKey, revokeApiKey, rollApiKey; tag API Gateway, the
key operations with `security: [{"bearerAuth": ["admin"]}]`), updateWebhookEndpoint, rotateWebhookEndpointSecret,
retryWebhookDelivery, importSubscribers; their schemas (sorted in), the error codes token_revoked, token_expired and
wrong_environment (ErrorCode, the Unauthorized response's examples), the event types api_key.created|revoked|rolled,
the auth and environment texts of info and bearerAuth, and x-example-walk. Run the shared error tool afterwards:

    python3 src/openapi/tools/add-identity-operations.py [path/to/wispgate-v1.openapi.json]
    python3 src/openapi/tools/add-shared-error-responses.py [path/to/wispgate-v1.openapi.json]
"""
import copy
import json
import sys
from pathlib import Path

PATH = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "wispgate-v1.openapi.json"
d = json.loads(PATH.read_text(encoding="utf-8"))
S = d["components"]["schemas"]
GW = "API Gateway"; SUB = "Subscribers & CRM"; SUP = "Automation & Support"

def ref(name): return {"$ref": f"#/components/schemas/{name}"}
def hdr(*names): return {n: {"$ref": f"#/components/headers/{n}"} for n in ["X-Request-ID", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", *names]}
def p(name): return {"$ref": f"#/components/parameters/{name}"}
ID_PARAM = {"name": "id", "in": "path", "required": True, "description": "The resource id.", "schema": {"type": "string", "minLength": 1, "maxLength": 64}}
META = {"request_id": "req_92aa7d", "api_version": "v1"}
LIST_META = {"request_id": "req_7c01f3", "api_version": "v1", "pagination": {"limit": 25, "next_cursor": None, "has_more": False}}
def idprop(prefix, what): return {"type": "string", "description": f"{what} id (opaque, prefix `{prefix}_`).", "pattern": f"^{prefix}_[A-Za-z0-9]+$", "minLength": len(prefix) + 2, "maxLength": 64}
TS = {"type": "string", "format": "date-time"}
def nts(desc): return {"type": ["string", "null"], "description": desc, "format": "date-time"}

def envelope(name, desc=None):
    return {"type": "object", "description": desc or f"Success envelope holding one {name}.", "required": ["success", "data", "meta"],
            "properties": {"success": {"type": "boolean", "const": True}, "data": ref(name), "meta": ref("ResponseMeta")}}
def list_envelope(name):
    return {"type": "object", "description": f"Success envelope holding one page of {name} objects, newest first.", "required": ["success", "data", "meta"],
            "properties": {"success": {"type": "boolean", "const": True}, "data": {"type": "array", "items": ref(name)}, "meta": ref("ListMeta")}}

def op(operation_id, tag, summary, description, params, status, schema, example, purpose, used_by, note, related,
       body=None, admin=False, errors=(), location=False, field_notes=None, response_notes=None):
    headers = hdr(*(["X-Idempotent-Replayed"] if any(x == p("IdempotencyKey") for x in params) else []), *(["Location"] if location else []))
    o = {"operationId": operation_id, "tags": [tag], "summary": summary, "description": description,
         "security": [{"bearerAuth": ["admin"] if admin else []}], "parameters": params}
    if body is not None:
        schema_name, required, ex = body
        o["requestBody"] = {"required": required, "description": f"`{schema_name}`.", "content": {"application/json": {"schema": ref(schema_name), "examples": {"example": {"summary": summary, "value": ex}}}}}
    o["responses"] = {status: {"description": {"200": "OK", "201": "Created"}[status], "headers": headers,
                               "content": {"application/json": {"schema": ref(schema), "examples": {"example": {"summary": summary, "value": example}}}}}}
    names = {"401": "Unauthorized", "403": "Forbidden", "404": "NotFound", "409": "Conflict", "422": "UnprocessableEntity"}
    for code in ["401", "403", *errors]:
        o["responses"][code] = {"$ref": f"#/components/responses/{names[code]}"}
    o["x-purpose"] = {"title": purpose[0], "text": purpose[1]}
    o["x-used-by"] = {"title": used_by[0], "text": used_by[1]}
    o["x-critical-note"] = {"title": note[0], "text": note[1]}
    o["x-related"] = related
    if field_notes: o["x-field-notes"] = field_notes
    if response_notes: o["x-response-notes"] = response_notes
    return o

def insert_paths_after(anchor, new_items):
    items = list(d["paths"].items()); out = {}
    for k, v in items:
        if k in new_items: continue
        out[k] = v
        if k == anchor:
            for nk, nv in new_items.items(): out[nk] = nv
    d["paths"] = out

# ---------------------------------------------------------------- schemas
S["ApiKeyScope"] = {"type": "string", "description": "A scope of an API key: `read` (GET), `write` (POST, PATCH, DELETE), `admin` (managing API keys). New scopes may be added: tolerate unknown values.", "enum": ["read", "write", "admin"]}
S["ApiKeyEnvironment"] = {"type": "string", "description": "The environment a key belongs to, also visible in its prefix: `test` (`wgk_test_…`, sandboxes and the mock server) or `live` (`wgk_live_…`, production). A key works only in its own environment (else 401 `wrong_environment`).", "enum": ["test", "live"]}
S["ApiKey"] = {"type": "object", "description": "An API key (a bearer token) with its scopes and tenants. The secret `token` is shown only by createApiKey and rollApiKey; WISPGate keeps only a hash of it.",
    "required": ["id", "name", "prefix", "scopes", "tenants", "environment", "created_at", "last_used_at", "expires_at", "revoked_at"],
    "properties": {
        "id": idprop("key", "API key"),
        "name": {"type": "string", "description": "What the key is for.", "minLength": 1, "maxLength": 100},
        "prefix": {"type": "string", "description": "The first characters of the token (`wgk_test_3f9a`): enough to recognise a key in a list, never enough to use it.", "minLength": 1, "maxLength": 32},
        "scopes": {"type": "array", "items": ref("ApiKeyScope"), "description": "What the key may do.", "minItems": 1},
        "tenants": {"type": "array", "items": {"type": "string", "pattern": "^[A-Za-z0-9_-]{1,64}$", "description": "A tenant id."}, "description": "The tenants the key may act for.", "minItems": 1},
        "environment": ref("ApiKeyEnvironment"),
        "created_at": TS,
        "last_used_at": nts("When a request last authenticated with the key (to the second); null when never."),
        "expires_at": nts("When the key stops working (401 `token_expired` after it); null when it does not expire. Set by rollApiKey on the key it replaces."),
        "revoked_at": nts("When the key was revoked (401 `token_revoked` since); null while it is not."),
        "token": {"type": "string", "description": "The secret bearer token (`wgk_test_…`). Only in the createApiKey and rollApiKey responses; never returned again.", "minLength": 16, "maxLength": 128},
    }}
S["ApiKeyResponse"] = envelope("ApiKey")
S["ApiKeyListResponse"] = list_envelope("ApiKey")
S["CreateApiKeyRequest"] = {"type": "object", "description": "Body of createApiKey. Scopes and tenants must be ones the calling token has (403 `insufficient_scope` / `tenant_forbidden`).", "required": ["name", "scopes"],
    "properties": {
        "name": {"type": "string", "description": "What the key is for.", "minLength": 1, "maxLength": 100},
        "scopes": {"type": "array", "items": ref("ApiKeyScope"), "description": "What the key may do.", "minItems": 1, "maxItems": 3, "uniqueItems": True},
        "tenants": {"type": "array", "items": {"type": "string", "pattern": "^[A-Za-z0-9_-]{1,64}$", "description": "A tenant id."}, "description": "The tenants the key may act for. Default: the tenant the request acts for. A key for one tenant uses it by default; a key for several must name one in `X-Tenant-ID` unless the creator's default tenant is among them (then that one).", "minItems": 1, "maxItems": 50, "uniqueItems": True},
        "expires_at": {"type": "string", "description": "When the key stops working (must be in the future, else 422). Default: never.", "format": "date-time"},
    }}
S["RollApiKeyRequest"] = {"type": "object", "description": "Body of rollApiKey (optional).",
    "properties": {"expire_previous_in_seconds": {"type": "integer", "description": "How long the rolled key keeps working, in seconds (0 = at once). Default 86400 (24 h).", "minimum": 0, "maximum": 2592000, "default": 86400}}}
S["MeToken"] = {"type": "object", "description": "The token a request authenticated with.", "required": ["id", "name", "prefix", "scopes", "environment", "expires_at"],
    "properties": {"id": idprop("key", "API key"), "name": {"type": "string", "description": "The key's name."},
        "prefix": {"type": "string", "description": "The first characters of the token.", "minLength": 1, "maxLength": 32},
        "scopes": {"type": "array", "items": ref("ApiKeyScope"), "description": "What the token may do."},
        "environment": ref("ApiKeyEnvironment"), "expires_at": nts("When the token stops working; null when it does not expire.")}}
S["MeTenant"] = {"type": "object", "description": "A tenant the token may act for.", "required": ["id", "name", "default"],
    "properties": {"id": {"type": "string", "description": "Tenant id (the value for `X-Tenant-ID`).", "pattern": "^[A-Za-z0-9_-]{1,64}$"},
        "name": {"type": "string", "description": "Display name."}, "default": {"type": "boolean", "description": "Whether requests without `X-Tenant-ID` act for this tenant."}}}
S["MeRateLimit"] = {"type": "object", "description": "The token's current rate-limit window (the same numbers as this response's `RateLimit-*` headers).", "required": ["limit", "remaining", "reset"],
    "properties": {"limit": {"type": "integer", "description": "Requests allowed per window.", "minimum": 1},
        "remaining": {"type": "integer", "description": "Requests left in the current window, this one counted.", "minimum": 0},
        "reset": {"type": "integer", "description": "Seconds until the window resets.", "minimum": 0}}}
S["Me"] = {"type": "object", "description": "Who the calling token is: its scopes and environment, the tenants it may act for (with the default), and its rate-limit window.", "required": ["token", "tenants", "rate_limit"],
    "properties": {"token": ref("MeToken"), "tenants": {"type": "array", "items": ref("MeTenant"), "description": "Every tenant the token may act for."}, "rate_limit": ref("MeRateLimit")}}
S["MeResponse"] = envelope("Me")

we = S["WebhookEndpoint"]
we["properties"]["previous_secret_expires_at"] = {"type": ["string", "null"], "description": "Until when deliveries are also signed with the previous secret (after rotateWebhookEndpointSecret); null or absent when only one secret signs.", "format": "date-time"}
we["properties"]["secret"]["description"] = "Signing secret (`whsec_…`). Only in the createWebhookEndpoint and rotateWebhookEndpointSecret responses; never returned again."
S["UpdateWebhookEndpointRequest"] = {"type": "object", "description": "Body of updateWebhookEndpoint (merge patch: only the given properties change). The url rules of createWebhookEndpoint apply (422 `unsupported_url`, 409 `duplicate_webhook_endpoint`).",
    "properties": {
        "url": copy.deepcopy(S["CreateWebhookEndpointRequest"]["properties"]["url"]),
        "description": {"type": ["string", "null"], "description": "What it is for; null clears it.", "maxLength": 500},
        "events": copy.deepcopy(S["CreateWebhookEndpointRequest"]["properties"]["events"]),
        "enabled": {"type": "boolean", "description": "false stops deliveries (events are not queued for it while disabled)."},
    }}
S["RotateWebhookSecretRequest"] = {"type": "object", "description": "Body of rotateWebhookEndpointSecret (optional).",
    "properties": {"expire_previous_in_seconds": {"type": "integer", "description": "How long deliveries stay signed with the previous secret too, in seconds (0 = at once). Default 86400 (24 h).", "minimum": 0, "maximum": 604800, "default": 86400}}}

S["ImportMode"] = {"type": "string", "description": "How importSubscribers treats a row whose `external_id` exists: `create_only` leaves the subscriber as it is (`unchanged`), `upsert` applies the row's fields (`updated`, or `unchanged` when nothing differs).", "enum": ["create_only", "upsert"]}
S["ImportRowStatus"] = {"type": "string", "description": "The outcome of one import row.", "enum": ["created", "updated", "unchanged", "failed"]}
S["ImportSubscribersRequest"] = {"type": "object", "description": "Body of importSubscribers: up to 1,000 rows, each a `CreateSubscriberRequest`.", "required": ["mode", "subscribers"],
    "properties": {"mode": ref("ImportMode"),
        "subscribers": {"type": "array", "description": "The rows, each a `CreateSubscriberRequest`, validated one by one exactly like createSubscriber: a bad row fails alone (its `error` is what createSubscriber would answer), the others go on.", "minItems": 1, "maxItems": 1000,
            "items": {"type": "object", "description": "A `CreateSubscriberRequest`."}}}}
S["ImportRowResult"] = {"type": "object", "description": "The outcome of one row, by its position in the request.", "required": ["index", "status"],
    "properties": {"index": {"type": "integer", "description": "The row's position in `subscribers` (from 0).", "minimum": 0},
        "status": ref("ImportRowStatus"), "id": idprop("sub", "Subscriber") | {"description": "The subscriber created, updated or matched (absent when the row failed)."},
        "error": ref("ApiError") | {}}}
S["ImportRowResult"]["properties"]["error"] = {"$ref": "#/components/schemas/ApiError", "description": "Why the row failed: the code, field and details createSubscriber would answer for it (`field` is the row's own field, e.g. `email`)."}
S["ImportSummary"] = {"type": "object", "description": "How many rows had each outcome.", "required": ["created", "updated", "unchanged", "failed"],
    "properties": {k: {"type": "integer", "minimum": 0, "description": f"Rows {k}."} for k in ["created", "updated", "unchanged", "failed"]}}
S["SubscriberImport"] = {"type": "object", "description": "The result of importSubscribers: one entry per row, in request order, and the totals.", "required": ["results", "summary"],
    "properties": {"results": {"type": "array", "items": ref("ImportRowResult"), "description": "One per row, in request order."}, "summary": ref("ImportSummary")}}
S["SubscriberImportResponse"] = envelope("SubscriberImport")

ec = S["ErrorCode"]
for code, line, anchor in [
    ("token_revoked", "- `token_revoked` (401): The API key was revoked (revokeApiKey); use another key.", "\n- `insufficient_scope`"),
    ("token_expired", "- `token_expired` (401): The API key passed its `expires_at` (for example the old key after rollApiKey); use the new key.", "\n- `insufficient_scope`"),
    ("wrong_environment", "- `wrong_environment` (401): The key belongs to another environment: a `wgk_live_…` key sent to a test environment (such as the mock server), or a test key sent to live.", "\n- `insufficient_scope`"),
]:
    if code not in ec["enum"]:
        ec["enum"].insert(ec["enum"].index("insufficient_scope"), code)
    if f"`{code}`" not in ec["description"]:
        ec["description"] = ec["description"].replace(anchor, f"\n{line}{anchor}", 1)
ec["description"] = ec["description"].replace("- `insufficient_scope` (403): The token lacks the scope the operation needs (a write with a `read`-only token).",
    "- `insufficient_scope` (403): The token lacks the scope the operation needs (a write with a `read`-only token, API key management without `admin`), or asks createApiKey for a scope it does not have itself.")
et = S["EventType"]
for t in ["api_key.created", "api_key.revoked", "api_key.rolled"]:
    if t not in et["enum"]:
        et["enum"].insert(et["enum"].index("ping"), t)

d["components"]["schemas"] = dict(sorted(S.items()))

# ---------------------------------------------------------------- responses & auth docs
un = d["components"]["responses"]["Unauthorized"]
un["description"] = "Unauthorized: missing or unknown bearer token (`unauthorized`), a revoked (`token_revoked`) or expired (`token_expired`) API key, or a key of another environment (`wrong_environment`)."
exs = un["content"]["application/json"]["examples"]
def err(code, message): return {"success": False, "error": {"code": code, "message": message}, "meta": {"request_id": "req_19ba22", "api_version": "v1"}}
exs["token_revoked"] = {"summary": "Revoked API key", "value": err("token_revoked", "This API key (key_000004) was revoked; use another key.")}
exs["token_expired"] = {"summary": "Expired API key", "value": err("token_expired", "This API key (key_000004) expired at 2026-04-14T10:21:00Z; use the key that replaced it.")}
exs["wrong_environment"] = {"summary": "Live key sent to a test environment", "value": err("wrong_environment", "This is a live key (wgk_live_…), but this server is a test environment (the WISPGate mock server): use a wgk_test_… key here and the live key only against the live base URL.")}
fb = d["components"]["responses"]["Forbidden"]
fb["content"]["application/json"]["examples"]["insufficient_scope_admin"] = {"summary": "Key management without the admin scope", "value": err("insufficient_scope", "This token lacks the 'admin' scope.")}
d["components"]["securitySchemes"]["bearerAuth"]["description"] = (
    "`Authorization: Bearer <api_token>`. Tokens (API keys) carry scopes `read`, `write` and/or `admin` and belong to one or more tenants (one default). "
    "Missing or unknown token → 401 `unauthorized`; revoked → 401 `token_revoked`; expired → 401 `token_expired`; a key of another environment "
    "(`wgk_live_…` on a test server) → 401 `wrong_environment`; a write with a read-only token, or key management without `admin` → 403 `insufficient_scope`. "
    "Operations that need a scope beyond read/write list it in their security requirement (`bearerAuth: [\"admin\"]`).")
info = d["info"]
old_auth = "Tokens have scopes `read` and `write`: a missing or unknown token → 401 `unauthorized`; a write (POST, PATCH, DELETE) with a read-only token → 403 `insufficient_scope`."
new_auth = ("Tokens are API keys with scopes `read`, `write` and `admin`: a missing or unknown token → 401 `unauthorized`, a revoked one → 401 `token_revoked`, an expired one → 401 `token_expired`; "
            "a write (POST, PATCH, DELETE) with a read-only token, or managing API keys (`/api/v1/api-keys`, which needs `admin`) without `admin` → 403 `insufficient_scope`. "
            "`GET /api/v1/me` tells a token what it is: scopes, environment, tenants (with the default) and its rate-limit window. Keys are created, rolled and revoked through the API; "
            "the secret is shown once, by createApiKey and rollApiKey.")
if old_auth in info["description"]:
    info["description"] = info["description"].replace(old_auth, new_auth, 1)
old_env = "its command-line host listens on `http://127.0.0.1:5080` by default."
new_env = old_env + " Keys carry their environment in the prefix: `wgk_test_…` for test environments (the mock server is one), `wgk_live_…` for production; a key sent to the other environment → 401 `wrong_environment`."
if new_env not in info["description"]:
    info["description"] = info["description"].replace(old_env, new_env, 1)

# ---------------------------------------------------------------- operations
KEY = {"id": "key_000004", "name": "CRM sync (read only)", "prefix": "wgk_test_7c1e", "scopes": ["read"], "tenants": ["tenant_demo_001"], "environment": "test",
       "created_at": "2026-04-13T10:21:00Z", "last_used_at": None, "expires_at": None, "revoked_at": None}
KEY_TOKEN = "wgk_test_7c1e4b9a2d6f4e0a8b3c5d7e9f1a2b3c"
KEY_REL = ["getMe", "listApiKeys", "createApiKey", "getApiKey", "revokeApiKey", "rollApiKey"]
BASE = [p("TenantId"), p("RequestId")]
LISTP = [p("TenantId"), p("RequestId"), p("Limit"), p("CreatedAfter"), p("CreatedBefore"), p("Cursor")]
POSTP = [p("TenantId"), p("RequestId"), p("IdempotencyKey")]

me_example = {"success": True, "data": {
    "token": {"id": "key_000001", "name": "Demo token (read, write, admin)", "prefix": "wgk_test_demo", "scopes": ["read", "write", "admin"], "environment": "test", "expires_at": None},
    "tenants": [{"id": "tenant_demo_001", "name": "Demo WISP (Austin)", "default": True}],
    "rate_limit": {"limit": 1000, "remaining": 999, "reset": 1}}, "meta": META}
get_me = op("getMe", GW, "Who am I", "Tells the calling token what it is: its key id, name, prefix, scopes and environment, every tenant it may act for (with the default one) and its current rate-limit window. Works without `X-Tenant-ID` even for a token without a default tenant (then no tenant is marked default); a tenant named in `X-Tenant-ID` must still be one of the token's (403 `tenant_forbidden`).",
    BASE, "200", "MeResponse", me_example,
    ("Check a token", "Learn the scopes, environment, tenants and rate limit of the token you hold, before the first real call."),
    ("Onboarding and integrations", "Set-up wizards, SDK start-up checks, multi-tenant partners discovering their tenant ids."),
    ("The partner token has no default", "A token for several tenants has no default tenant: read the ids here and send one in X-Tenant-ID on every other call."),
    KEY_REL, field_notes=["`rate_limit` equals this response's RateLimit-* headers.", "`token.prefix` identifies the key in listApiKeys; the secret itself is never returned."])

list_keys = op("listApiKeys", GW, "List API keys", "The API keys that may act for the request's tenant (those of the demo seed included), newest first, without secrets. Needs the `admin` scope.",
    LISTP, "200", "ApiKeyListResponse", {"success": True, "data": [KEY], "meta": LIST_META},
    ("Audit keys", "See which integrations hold keys for the tenant, what they may do and when they were last used."),
    ("Security and integrations admins", "Key rotation policies, offboarding an integration."),
    ("Secrets are never listed", "Only createApiKey and rollApiKey show a key's token; the list shows its prefix."),
    KEY_REL, admin=True)
create_body = {"name": "CRM sync (read only)", "scopes": ["read"], "tenants": ["tenant_demo_001"]}
create_key = op("createApiKey", GW, "Create an API key", "Creates an API key that works at once with exactly the given scopes and tenants. The response — and only it — contains the secret `token` (`wgk_test_…` on test environments); WISPGate keeps only its hash. Scopes and tenants must be ones the calling token has itself (403 `insufficient_scope` / `tenant_forbidden`); an `expires_at` in the past → 422. Needs the `admin` scope. Emits `api_key.created` (without the token) in the request's tenant.",
    POSTP, "201", "ApiKeyResponse", {"success": True, "data": KEY | {"token": KEY_TOKEN}, "meta": META},
    ("Give an integration its own key", "One key per integration, with only the scopes and tenants it needs, so it can be rolled or revoked alone."),
    ("Integrations admins", "CRM sync, billing exports, NOC tools."),
    ("Store the token now", "It is shown once; afterwards only its prefix is visible. Lost → roll the key."),
    KEY_REL, body=("CreateApiKeyRequest", True, create_body), admin=True, errors=("409", "422"), location=True,
    field_notes=["`scopes`: `read` for GETs, `write` for changes, `admin` for key management.", "`tenants` default to the tenant the request acts for."])
get_key = op("getApiKey", GW, "Get an API key", "Returns one API key (without its token). A key that may not act for the request's tenant → 404. Needs the `admin` scope.",
    [ID_PARAM, *BASE], "200", "ApiKeyResponse", {"success": True, "data": KEY, "meta": META},
    ("Inspect a key", "Its scopes, tenants, last use, expiry and revocation."),
    ("Security admins", "Key reviews."),
    ("No secret here", "The token is never returned after create or roll."),
    KEY_REL, admin=True, errors=("404",))
revoked = KEY | {"revoked_at": "2026-04-13T11:00:00Z", "last_used_at": "2026-04-13T10:30:00Z"}
revoke_key = op("revokeApiKey", GW, "Revoke an API key", "Stops a key at once: the next request with it answers 401 `token_revoked`. Revoking a revoked key → 409 `invalid_state_transition`. Needs the `admin` scope. Emits `api_key.revoked`.",
    [ID_PARAM, *POSTP], "200", "ApiKeyResponse", {"success": True, "data": revoked, "meta": META},
    ("Cut off a key", "A leaked key, a finished integration, an employee leaving."),
    ("Security admins", "Incident response and offboarding."),
    ("Immediate and final", "There is no un-revoke: create or roll a key for the integration instead."),
    KEY_REL, admin=True, errors=("404", "409", "422"))
rolled_new = KEY | {"id": "key_000005", "prefix": "wgk_test_19d0", "created_at": "2026-04-13T11:00:00Z", "token": "wgk_test_19d04c7b8e2a4f6d9c1b3a5e7f9d2c4b"}
roll_key = op("rollApiKey", GW, "Roll an API key", "Replaces a key: answers a NEW key (new id and secret `token`, shown this once; same name, scopes and tenants) and sets the old key's `expires_at` to now + `expire_previous_in_seconds` (default 24 h), so both work during the switch-over; after it the old one answers 401 `token_expired`. A revoked or expired key cannot be rolled (409 `invalid_state_transition`). Needs the `admin` scope. Emits `api_key.rolled` (the new key, without its token).",
    [ID_PARAM, *POSTP], "200", "ApiKeyResponse", {"success": True, "data": rolled_new, "meta": META},
    ("Rotate a secret without downtime", "Deploy the new token while the old one still works, then let the old one expire."),
    ("Integrations and security admins", "Scheduled rotation, suspected leaks with a grace period."),
    ("The old key expires on its own", "Until its expires_at both keys work; revoke the old one to stop it earlier."),
    KEY_REL, body=("RollApiKeyRequest", False, {"expire_previous_in_seconds": 3600}), admin=True, errors=("404", "409", "422"))

insert_paths_after("/docs/operations/{operation_id}", {
    "/api/v1/me": {"get": get_me},
    "/api/v1/api-keys": {"get": list_keys, "post": create_key},
    "/api/v1/api-keys/{id}": {"get": get_key},
    "/api/v1/api-keys/{id}/revoke": {"post": revoke_key},
    "/api/v1/api-keys/{id}/roll": {"post": roll_key},
})

# ---- webhooks
WH_REL = ["listWebhookEndpoints", "createWebhookEndpoint", "getWebhookEndpoint", "updateWebhookEndpoint", "deleteWebhookEndpoint", "rotateWebhookEndpointSecret", "testWebhookEndpoint", "listWebhookDeliveries", "retryWebhookDelivery"]
for item in ["/api/v1/webhook-endpoints", "/api/v1/webhook-endpoints/{id}", "/api/v1/webhook-endpoints/{id}/test", "/api/v1/webhook-endpoints/{id}/deliveries"]:
    for m, o in d["paths"][item].items():
        rel = o.get("x-related", [])
        extra = [x for x in WH_REL if x not in rel]
        o["x-related"] = [x for x in WH_REL if x in rel or x in extra] + [x for x in rel if x not in WH_REL]
ENDPOINT = {"id": "whe_000014", "url": "https://crm.example.com/hooks/wispgate-v2", "description": "CRM sync", "events": ["subscriber.created", "invoice.paid"], "enabled": True,
            "created_at": "2026-04-01T10:00:00Z", "updated_at": "2026-04-13T10:21:00Z"}
update_wh = op("updateWebhookEndpoint", SUP, "Update a webhook endpoint", "Changes url, description, events or enabled (merge patch). The url rules of createWebhookEndpoint apply (422 `unsupported_url`, 409 `duplicate_webhook_endpoint`). A disabled endpoint gets no deliveries: events recorded while it is disabled are not queued for it, and pending retries stop.",
    [ID_PARAM, *BASE], "200", "WebhookEndpointResponse", {"success": True, "data": ENDPOINT, "meta": META},
    ("Change a receiver", "Move it to a new URL, change its event types, or pause it."),
    ("Integrations admin", "Maintenance windows, migrations of the receiving service."),
    ("Disabled means dropped", "Events recorded while an endpoint is disabled are not delivered later; read them from listEvents."),
    WH_REL, body=("UpdateWebhookEndpointRequest", True, {"url": "https://crm.example.com/hooks/wispgate-v2", "enabled": True}), errors=("404", "409", "422"))
rotate_wh = op("rotateWebhookEndpointSecret", SUP, "Rotate a webhook signing secret", "Issues a new signing secret, shown in this response only. Until `previous_secret_expires_at` (now + `expire_previous_in_seconds`, default 24 h, on the server clock) every delivery carries two `v1=` signatures in `X-WISPGate-Signature`, the new secret's first; afterwards only the new one.",
    [ID_PARAM, *POSTP], "200", "WebhookEndpointResponse", {"success": True, "data": ENDPOINT | {"secret": "whsec_9b1d4f7a2c6e4b8d0f3a5c7e9b1d3f5a", "previous_secret_expires_at": "2026-04-14T10:21:00Z"}, "meta": META},
    ("Rotate without dropping deliveries", "Receivers that accept any matching v1= keep verifying while they switch to the new secret."),
    ("Integrations and security admins", "Scheduled rotation, suspected leaks."),
    ("Store the new secret now", "It is shown once; accept both secrets until the previous one expires."),
    WH_REL, body=("RotateWebhookSecretRequest", False, {"expire_previous_in_seconds": 86400}), errors=("404", "409", "422"))
DELIVERY = {"id": "whd_000031", "webhook_endpoint_id": "whe_000014", "event_id": "evt_000512", "event_type": "subscriber.created", "attempt": 5, "status": "succeeded",
            "status_code": 200, "error": None, "delivered_at": "2026-04-13T10:21:01Z", "created_at": "2026-04-13T10:21:00Z"}
retry_wh = op("retryWebhookDelivery", SUP, "Retry a webhook delivery", "Sends the delivery's event to its endpoint again, now, signed with the endpoint's current secret(s), and answers the new attempt (its `attempt` one more than the last for that event and endpoint) whatever the receiver said. A disabled endpoint → 409 `invalid_state_transition`; an event no longer in the event log → 409 `invalid_state_transition`.",
    [ID_PARAM, *POSTP], "200", "WebhookDeliveryResponse", {"success": True, "data": DELIVERY, "meta": META},
    ("Resend after fixing a receiver", "Replay one failed delivery once the receiving side is fixed, without waiting for new events."),
    ("Integrations support", "Incident follow-up, support engineers."),
    ("Receivers must be idempotent", "A retried delivery has the same event id as before: deduplicate on it."),
    WH_REL + ["listEvents"], errors=("404", "409", "422"))
d["paths"]["/api/v1/webhook-endpoints/{id}"]["patch"] = update_wh
insert_paths_after("/api/v1/webhook-endpoints/{id}", {"/api/v1/webhook-endpoints/{id}/rotate-secret": {"post": rotate_wh}})
insert_paths_after("/api/v1/webhook-endpoints/{id}/deliveries", {"/api/v1/webhook-deliveries/{id}/retry": {"post": retry_wh}})
# keep the item's methods in a stable order: get, patch, delete
item = d["paths"]["/api/v1/webhook-endpoints/{id}"]
d["paths"]["/api/v1/webhook-endpoints/{id}"] = {m: item[m] for m in ["get", "patch", "delete"] if m in item} | {m: v for m, v in item.items() if m not in ("get", "patch", "delete")}

# ---- import
imp_body = {"mode": "upsert", "subscribers": [
    {"external_id": "crm-23991", "full_name": "Jane Doe", "email": "jane.doe@example.com", "status": "active", "billing_profile_id": "bp_001"},
    {"external_id": "crm-24001", "full_name": "Sam Lee", "email": "sam@example.com", "status": "prospect"},
    {"external_id": "crm-24002", "full_name": "Ana Ruiz", "email": "not-an-email", "status": "prospect"}]}
imp_resp = {"success": True, "data": {"results": [
    {"index": 0, "status": "updated", "id": "sub_000184"},
    {"index": 1, "status": "created", "id": "sub_000185"},
    {"index": 2, "status": "failed", "error": {"code": "validation_error", "message": "email must be an e-mail address.", "field": "email", "details": [{"field": "email", "code": "format", "message": "email must be an e-mail address."}]}}],
    "summary": {"created": 1, "updated": 1, "unchanged": 0, "failed": 1}}, "meta": META}
imp = op("importSubscribers", SUB, "Import subscribers in bulk", "Creates or updates up to 1,000 subscribers in one call (more → 422 `validation_error` on `subscribers`; a body over 1 MiB → 413). Each row is validated exactly like createSubscriber and fails alone with the error createSubscriber would answer (same `code`, same `field`, not prefixed: the row is named by `index`). Rows are matched on `external_id`: a match in `create_only` mode is `unchanged`; in `upsert` mode the row's fields are applied like updateSubscriber (`status` applies only to new subscribers: use the lifecycle actions) and the row is `updated`, or `unchanged` when nothing differs. Rows without `external_id` are always created. Rows run in order (a later row sees the earlier ones). Answers 200 with one result per row and the totals, even when rows failed; idempotent with `X-Idempotency-Key` like every POST. Emits `subscriber.created` / `subscriber.updated` per created / updated row.",
    POSTP, "200", "SubscriberImportResponse", imp_resp,
    ("Onboard in bulk", "Migrations from another system and nightly CRM syncs: thousands of subscribers without thousands of requests."),
    ("Imports, integrations, migration", "Onboarding tools, CRM sync jobs, migration scripts."),
    ("Check every row's status", "A 200 does not mean every row worked: failed rows carry their error; fix and resend only those (by external_id, upsert is safe to repeat)."),
    ["createSubscriber", "updateSubscriber", "listSubscribers", "importSubscribers"], body=("ImportSubscribersRequest", True, imp_body), errors=("409", "422"),
    field_notes=["`subscribers[]`: each row is a CreateSubscriberRequest.", "`mode`: `create_only` never changes an existing subscriber; `upsert` does."],
    response_notes="`results[i].index` is the row's position; `error` is createSubscriber's error for that row.")
insert_paths_after("/api/v1/subscribers", {"/api/v1/subscribers/import": {"post": imp}})
for path, m in [("/api/v1/subscribers", "post"), ("/api/v1/subscribers", "get")]:
    rel = d["paths"][path][m]["x-related"]
    if "importSubscribers" not in rel: rel.append("importSubscribers")

walk = d["x-example-walk"]["operations"]
for o in ["createApiKey", "importSubscribers"]:
    if o not in walk: walk.append(o)
tags = {t["name"]: t for t in d["tags"]}
tags[GW]["description"] = "Health, the contract itself and the API reference pages (no authentication); who a token is (`/api/v1/me`) and its API keys."

PATH.write_text(json.dumps(d, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print("ok")
