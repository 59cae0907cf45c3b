#!/usr/bin/env python3
"""Adds the Automation workflows (issue #18) to src/openapi/wispgate-v1.openapi.json: the Workflow, WorkflowRun and
WorkflowTemplate schemas with their discriminated unions, the eleven operations, the workflow_run.* event types,
Event.caused_by, the error codes and the example walk entry. Re-runnable: it replaces what it added before.

    python3 src/openapi/tools/add-workflows.py && python3 src/openapi/tools/add-shared-error-responses.py
"""
import json
import copy
from pathlib import Path

PATH = Path(__file__).resolve().parents[1] / "wispgate-v1.openapi.json"
TAG = "Automation & Support"
COMMON = ["X-Request-ID", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"]


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def idprop(prefix, what, nullable=False):
    p = {"type": ["string", "null"] if nullable else "string", "description": f"{what} id (opaque, prefix `{prefix}_`).",
         "pattern": f"^{prefix}_[A-Za-z0-9]+$", "minLength": len(prefix) + 2, "maxLength": 64}
    return p


def ts(desc, nullable=False):
    return {"type": ["string", "null"] if nullable else "string", "description": desc, "format": "date-time"}


META = {"request_id": "req_92aa7d", "api_version": "v1"}
LIST_META = {"request_id": "req_7c01f3", "api_version": "v1", "pagination": {"limit": 25, "next_cursor": None, "has_more": False}}

TOLERANT = ("New {kind} types may be added in later versions without a new API version: a client must read an item "
            "whose `type` it does not know without failing (keep it as raw JSON, show it as unknown, and never drop it "
            "when writing the workflow back).")

# ---------------------------------------------------------------- schemas
DURATION_PATTERN = r"^P(?!$)([0-9]{1,3}D)?(T(?=[0-9])([0-9]{1,4}H)?([0-9]{1,5}M)?([0-9]{1,6}S)?)?$"
FIELD_PATH = {"type": "string", "description": "A dot path into the subject (`status`, `amount_due`, `subscriber.balance.outstanding`): "
              "the event's `data.object`; a first segment `subscriber` that the object does not have reads the subject's subscriber "
              "(itself for a subscriber, else its `subscriber_id`).", "pattern": r"^[a-z0-9_]+(\.[a-z0-9_]+)*$", "minLength": 1, "maxLength": 200}
VALUE = {"description": "The value to compare with: a string, number or boolean (`in`: an array of them; `exists`: none). "
         "Numbers compare as numbers, everything else as its JSON text.",
         "type": ["string", "number", "boolean", "array", "null"], "maxItems": 50,
         "items": {"type": ["string", "number", "boolean"]}}

schemas = {}

schemas["WorkflowStatus"] = {"type": "string", "description": "Whether a workflow starts runs: `enabled` starts a run for every matching event; `disabled` starts none (runs already started finish).", "enum": ["enabled", "disabled"]}
schemas["WorkflowRunStatus"] = {"type": "string", "description": "Where a run is: `running` (executing actions, or waiting for an outbound call); `waiting` (paused at a `wait` action until `resume_at`, or — without `resume_at` — behind an earlier run of the same subject); finished: `succeeded`, `failed` (a step failed: see its `error`), `skipped` (a condition or `check` did not hold), `cancelled` (cancelWorkflowRun, or the workflow was deleted). New values may be added: treat unknown ones as not finished.", "enum": ["running", "waiting", "succeeded", "failed", "skipped", "cancelled"]}
schemas["WorkflowStepStatus"] = {"type": "string", "description": "Status of one step of a run. `skipped`: never ran because the run ended before it (a `check` that did not hold, a failed step, a cancel).", "enum": ["pending", "running", "succeeded", "failed", "skipped"]}
schemas["WorkflowConditionOperator"] = {"type": "string", "description": "How a condition compares the field with `value`: `eq`, `neq`, `gt`, `gte`, `lt`, `lte` (numbers, or ISO 8601 text), `in` (`value` is an array holding the field's value), `exists` (the field is present and not null; no `value`).", "enum": ["eq", "neq", "gt", "gte", "lt", "lte", "in", "exists"]}

schemas["WorkflowFieldCondition"] = {
    "type": "object",
    "description": "Holds when the field of the subject compares to `value` as `operator` says. As a trigger condition it reads the event's `data.object`; a missing field makes every operator but `neq` false.",
    "required": ["type", "field", "operator"],
    "properties": {"type": {"type": "string", "const": "field", "description": "Condition type."}, "field": FIELD_PATH, "operator": ref("WorkflowConditionOperator"), "value": VALUE},
}
schemas["WorkflowCondition"] = {
    "description": "A condition of a trigger, a discriminated union on `type` (today only `field`). " + TOLERANT.format(kind="condition")
    + " The server refuses an unknown type in a request with 422 `validation_error`.",
    "oneOf": [ref("WorkflowFieldCondition")],
    "discriminator": {"propertyName": "type", "mapping": {"field": "#/components/schemas/WorkflowFieldCondition"}},
}
schemas["WorkflowEventTrigger"] = {
    "type": "object",
    "description": "Starts a run for every event of `event_type` whose `data.object` meets all `conditions` (none: every such event).",
    "required": ["type", "event_type"],
    "properties": {"type": {"type": "string", "const": "event", "description": "Trigger type."}, "event_type": ref("EventType"),
                   "conditions": {"type": "array", "description": "All must hold (an empty list always holds).", "items": ref("WorkflowCondition"), "maxItems": 20}},
}
schemas["WorkflowTrigger"] = {
    "description": "What starts a workflow, a discriminated union on `type` (today only `event`). " + TOLERANT.format(kind="trigger"),
    "oneOf": [ref("WorkflowEventTrigger")],
    "discriminator": {"propertyName": "type", "mapping": {"event": "#/components/schemas/WorkflowEventTrigger"}},
}


def action(name, type_, desc, props=None, required=()):
    schemas[name] = {"type": "object", "description": desc, "required": ["type", *required],
                     "properties": {"type": {"type": "string", "const": type_, "description": "Action type."}, **(props or {})}}


TEMPLATE_TEXT = {"type": "string", "minLength": 1, "maxLength": 1000}
action("WorkflowWaitAction", "wait", "Pauses the run for `duration` on the server clock (the mock server's test clock moves it): the run is `waiting` with `resume_at` until then.",
       {"duration": {"type": "string", "description": "ISO 8601 duration of days and time (`P15D`, `PT12H`, `P1DT6H`), at most 366 days; weeks, months and years are not accepted (their length varies).", "pattern": DURATION_PATTERN, "examples": ["P15D"]}}, ["duration"])
action("WorkflowCheckAction", "check", "Re-reads the subject now (and its subscriber, for `subscriber.` paths) and compares like a condition; when it does not hold the run ends `skipped` (\"only if the invoice is still open\").",
       {"field": FIELD_PATH, "operator": ref("WorkflowConditionOperator"), "value": VALUE}, ["field", "operator"])
action("WorkflowSuspendSubscriberAction", "suspend_subscriber", "suspendSubscriber on the subject's subscriber, with its rules: only an `active` subscriber (else the step fails with 409 `invalid_state_transition`); emits `subscriber.suspended`.",
       {"reason": {"type": "string", "minLength": 1, "maxLength": 200, "description": "The suspension reason, e.g. `non_payment`."}}, ["reason"])
action("WorkflowReactivateSubscriberAction", "reactivate_subscriber", "reactivateSubscriber on the subject's subscriber: only a `suspended` one (else 409 `invalid_state_transition`); emits `subscriber.reactivated`.")
action("WorkflowSuspendServicesAction", "suspend_services", "suspendService on each `active` service of the subject's subscriber (others are left alone): one provisioning job each, which disables the RADIUS account and disconnects the sessions; the step's `result` is the first job.",
       {"reason": {"type": "string", "minLength": 1, "maxLength": 200, "description": "Passed to each provisioning job."}})
action("WorkflowResumeServicesAction", "resume_services", "resumeService on each `suspended` service of the subject's subscriber: one provisioning job each; the step's `result` is the first job.",
       {"reason": {"type": "string", "minLength": 1, "maxLength": 200, "description": "Passed to each provisioning job."}})
action("WorkflowSendNotificationAction", "send_notification", "createNotification to the subject's subscriber, with its rules (an e-mail address for `email`, a phone for `sms`, else the step fails with 422). `body` is rendered and sent as the template variable `body`.",
       {"channel": ref("NotificationChannel"), "template": {"type": "string", "minLength": 1, "maxLength": 100, "description": "Template key, e.g. `dunning_reminder`."},
        "body": {**TEMPLATE_TEXT, "description": "Text with `{{path}}` placeholders read from the subject at run time (`{{subscriber.full_name}}`, `{{number}}`, `{{invoice.amount_due}}`); an unknown path renders empty."}},
       ["channel", "template"])
action("WorkflowCreateTicketAction", "create_ticket", "createTicket for the subject's subscriber (and its service, when the subject is a service or a service's provisioning job).",
       {"subject": {"type": "string", "minLength": 1, "maxLength": 200, "description": "Ticket subject; `{{path}}` placeholders as in send_notification."},
        "description": {"type": "string", "minLength": 1, "maxLength": 10000, "description": "Ticket description with placeholders; default: the subject."},
        "priority": ref("TicketPriority")}, ["subject"])
action("WorkflowAddInvoiceFeeAction", "add_invoice_fee", "createInvoice for the subject's subscriber with one line (`description`, `amount`) in the billing profile's currency, finalized at once (a late fee): emits `invoice.created` and `invoice.finalized`.",
       {"description": {"type": "string", "minLength": 1, "maxLength": 500, "description": "The invoice line's description."},
        "amount": {"type": "integer", "format": "int64", "minimum": 1, "maximum": 100000000, "description": "The fee in minor units."}}, ["description", "amount"])
action("WorkflowCallWebhookAction", "call_webhook", "POSTs the triggering event (the webhook delivery body) to `url`, signed like a webhook delivery (`X-WISPGate-Signature` with the workflow's `secret`) and with header `X-WISPGate-Workflow-Run` naming the run. Any 2xx within 10 seconds succeeds; another answer, a timeout or a URL the server may not call fails the step.",
       {"url": {"type": "string", "format": "uri", "maxLength": 2048, "description": "Absolute http(s) URL; never an admin API path (422)."}}, ["url"])

ACTIONS = [("wait", "WorkflowWaitAction"), ("check", "WorkflowCheckAction"), ("suspend_subscriber", "WorkflowSuspendSubscriberAction"),
           ("reactivate_subscriber", "WorkflowReactivateSubscriberAction"), ("suspend_services", "WorkflowSuspendServicesAction"),
           ("resume_services", "WorkflowResumeServicesAction"), ("send_notification", "WorkflowSendNotificationAction"),
           ("create_ticket", "WorkflowCreateTicketAction"), ("add_invoice_fee", "WorkflowAddInvoiceFeeAction"), ("call_webhook", "WorkflowCallWebhookAction")]
schemas["WorkflowAction"] = {
    "description": "One action of a workflow, a discriminated union on `type`. Actions run in order, each exactly like the API operation it mirrors (validation, state rules, events, idempotency); events they cause carry `caused_by`. "
    + TOLERANT.format(kind="action") + " The server refuses an unknown type in a request with 422 `validation_error`.",
    "oneOf": [ref(n) for _, n in ACTIONS],
    "discriminator": {"propertyName": "type", "mapping": {t: f"#/components/schemas/{n}" for t, n in ACTIONS}},
}

DUNNING_TRIGGER = {"type": "event", "event_type": "invoice.overdue", "conditions": [{"type": "field", "field": "status", "operator": "eq", "value": "open"}]}
DUNNING_ACTIONS = [
    {"type": "send_notification", "channel": "email", "template": "dunning_reminder", "body": "Dear {{subscriber.full_name}}, invoice {{number}} is overdue."},
    {"type": "wait", "duration": "P15D"},
    {"type": "check", "field": "status", "operator": "eq", "value": "open"},
    {"type": "suspend_subscriber", "reason": "non_payment"},
    {"type": "suspend_services", "reason": "non_payment"},
]
WF = {
    "id": "wf_000001", "name": "Dunning", "description": "Remind, wait 15 days, suspend if still unpaid.", "status": "enabled",
    "trigger": DUNNING_TRIGGER, "actions": DUNNING_ACTIONS, "template_id": "dunning",
    "created_at": "2026-04-14T09:00:00Z", "updated_at": "2026-04-14T09:00:00Z", "last_run_at": None,
}

schemas["Workflow"] = {
    "type": "object",
    "description": "A rule WISPGate runs itself when an event happens (dunning, welcome, escalation): a trigger and actions run in order on the server clock. Runs are WorkflowRun resources.",
    "required": ["id", "name", "status", "trigger", "actions", "created_at", "updated_at"],
    "properties": {
        "id": idprop("wf", "Workflow"),
        "name": {"type": "string", "minLength": 1, "maxLength": 200},
        "description": {"type": ["string", "null"], "maxLength": 1000},
        "status": ref("WorkflowStatus"),
        "trigger": ref("WorkflowTrigger"),
        "actions": {"type": "array", "items": ref("WorkflowAction"), "minItems": 1, "maxItems": 20},
        "template_id": {"type": ["string", "null"], "description": "The WorkflowTemplate it was made from.", "maxLength": 64},
        "secret": {"type": "string", "description": "Signing secret of its `call_webhook` calls (`whsec_…`). Only in the createWorkflow response; never returned again.", "minLength": 16},
        "created_at": ts("When it was created."),
        "updated_at": ts("When it last changed."),
        "last_run_at": ts("When it last started a run.", True),
    },
}
schemas["WorkflowSubject"] = {
    "type": "object", "description": "The resource a run is about: the triggering event's `data.object`.",
    "required": ["type", "id"],
    "properties": {"type": {"type": "string", "description": "Resource type (`invoice`, `payment`, `subscriber`, `service`, `provisioning_job`, …; new types may appear).", "minLength": 1, "maxLength": 64},
                   "id": {"type": "string", "minLength": 1, "maxLength": 64}},
}
schemas["WorkflowStepResult"] = {
    "type": "object", "description": "What a step made or changed (a notification, ticket, invoice, provisioning job, subscriber).",
    "required": ["type", "id"],
    "properties": {"type": {"type": "string", "minLength": 1, "maxLength": 64, "description": "Resource type."}, "id": {"type": "string", "minLength": 1, "maxLength": 64}},
}
schemas["WorkflowRunStep"] = {
    "type": "object", "description": "One action of the run.",
    "required": ["index", "type", "status"],
    "properties": {
        "index": {"type": "integer", "minimum": 0, "description": "Position in the workflow's `actions` (0-based)."},
        "type": {"type": "string", "minLength": 1, "maxLength": 64, "description": "The action's `type` (any string: new action types may appear)."},
        "status": ref("WorkflowStepStatus"),
        "started_at": ts("When it started.", True),
        "finished_at": ts("When it finished.", True),
        "result": {"anyOf": [ref("WorkflowStepResult"), {"type": "null"}], "description": "What it made or changed."},
        "error": {"anyOf": [ref("ApiError"), {"type": "null"}], "description": "Why it failed: the API error the mirrored operation gave (e.g. 409 `invalid_state_transition`), or `workflow_loop`."},
    },
}
RUN = {
    "id": "wfr_000001", "workflow_id": "wf_000001", "event_id": "evt_000950", "subject": {"type": "invoice", "id": "inv_000004"},
    "status": "waiting", "depth": 0, "resume_at": "2026-05-29T00:00:00Z",
    "steps": [
        {"index": 0, "type": "send_notification", "status": "succeeded", "started_at": "2026-05-14T00:00:00Z", "finished_at": "2026-05-14T00:00:00Z", "result": {"type": "notification", "id": "ntf_000031"}, "error": None},
        {"index": 1, "type": "wait", "status": "running", "started_at": "2026-05-14T00:00:00Z", "finished_at": None, "result": None, "error": None},
        {"index": 2, "type": "check", "status": "pending", "started_at": None, "finished_at": None, "result": None, "error": None},
        {"index": 3, "type": "suspend_subscriber", "status": "pending", "started_at": None, "finished_at": None, "result": None, "error": None},
        {"index": 4, "type": "suspend_services", "status": "pending", "started_at": None, "finished_at": None, "result": None, "error": None},
    ],
    "created_at": "2026-05-14T00:00:00Z", "updated_at": "2026-05-14T00:00:00Z", "finished_at": None,
}
schemas["WorkflowRun"] = {
    "type": "object",
    "description": "One execution of a workflow for one event. There is at most one run per (workflow, event), however often the event is seen; runs of one subject run in event order.",
    "required": ["id", "workflow_id", "event_id", "subject", "status", "depth", "steps", "created_at", "updated_at"],
    "properties": {
        "id": idprop("wfr", "Workflow run"),
        "workflow_id": idprop("wf", "Workflow"),
        "event_id": idprop("evt", "Event"),
        "subject": ref("WorkflowSubject"),
        "status": ref("WorkflowRunStatus"),
        "depth": {"type": "integer", "minimum": 0, "maximum": 5, "description": "How many runs caused the triggering event (0: not caused by a run). A run at depth 5 does not execute: its first step fails with `workflow_loop`."},
        "steps": {"type": "array", "items": ref("WorkflowRunStep"), "description": "One per action, in order."},
        "resume_at": ts("While `waiting` at a `wait` action: when the run goes on (server clock).", True),
        "created_at": ts("When it started."),
        "updated_at": ts("When it last changed."),
        "finished_at": ts("When it finished.", True),
    },
}
TEMPLATES = [
    {"id": "dunning", "name": "Dunning", "description": "On `invoice.overdue`: e-mail the subscriber, wait 15 days, and if the invoice is still open suspend the subscriber and their services.",
     "trigger": DUNNING_TRIGGER, "actions": DUNNING_ACTIONS},
    {"id": "reactivate_on_payment", "name": "Reactivate on payment", "description": "On `payment.received`: when the subscriber is suspended and owes nothing any more, reactivate them and resume their services.",
     "trigger": {"type": "event", "event_type": "payment.received", "conditions": [{"type": "field", "field": "subscriber_id", "operator": "exists"}]},
     "actions": [{"type": "check", "field": "subscriber.status", "operator": "eq", "value": "suspended"},
                 {"type": "check", "field": "subscriber.balance.outstanding", "operator": "lte", "value": 0},
                 {"type": "reactivate_subscriber"}, {"type": "resume_services", "reason": "payment_received"}]},
    {"id": "welcome", "name": "Welcome", "description": "On `service.activated`: e-mail the subscriber a welcome message.",
     "trigger": {"type": "event", "event_type": "service.activated", "conditions": []},
     "actions": [{"type": "send_notification", "channel": "email", "template": "welcome", "body": "Welcome aboard, {{subscriber.full_name}}!"}]},
    {"id": "escalate_provisioning_failures", "name": "Escalate provisioning failures", "description": "On `provisioning_job.failed`: open an urgent ticket for the NOC.",
     "trigger": {"type": "event", "event_type": "provisioning_job.failed", "conditions": []},
     "actions": [{"type": "create_ticket", "subject": "Provisioning failed: {{action}} on {{target_id}}", "description": "Job {{id}} ended {{status}}: {{error_message}}", "priority": "urgent"}]},
]
schemas["WorkflowTemplate"] = {
    "type": "object", "description": "A built-in system-triggered action: a ready-made trigger and actions, instantiated with createWorkflow `{template_id, overrides}`.",
    "required": ["id", "name", "description", "trigger", "actions"],
    "properties": {"id": {"type": "string", "description": "Template id (`dunning`, `reactivate_on_payment`, `welcome`, `escalate_provisioning_failures`; more may be added).", "minLength": 1, "maxLength": 64},
                   "name": {"type": "string", "minLength": 1, "maxLength": 200}, "description": {"type": "string", "maxLength": 1000},
                   "trigger": ref("WorkflowTrigger"), "actions": {"type": "array", "items": ref("WorkflowAction"), "minItems": 1, "maxItems": 20}},
}
schemas["WorkflowOverrides"] = {
    "type": "object", "description": "What to change of a template when instantiating it: each given field replaces the template's value as a whole.",
    "properties": {"name": {"type": "string", "minLength": 1, "maxLength": 200}, "description": {"type": ["string", "null"], "maxLength": 1000},
                   "trigger": ref("WorkflowTrigger"), "actions": {"type": "array", "items": ref("WorkflowAction"), "minItems": 1, "maxItems": 20}},
}
schemas["CreateWorkflowRequest"] = {
    "type": "object",
    "description": "Body of createWorkflow: either `template_id` (and optional `overrides`), or `name`, `trigger` and `actions` (each missing one → 400 `missing_required_field`). A new workflow is `disabled` unless `status` says `enabled`: test it first.",
    "properties": {
        "template_id": {"type": "string", "description": "A WorkflowTemplate id (unknown → 422).", "minLength": 1, "maxLength": 64},
        "overrides": ref("WorkflowOverrides"),
        "name": {"type": "string", "minLength": 1, "maxLength": 200},
        "description": {"type": "string", "maxLength": 1000},
        "status": ref("WorkflowStatus"),
        "trigger": ref("WorkflowTrigger"),
        "actions": {"type": "array", "items": ref("WorkflowAction"), "minItems": 1, "maxItems": 20},
    },
}
schemas["UpdateWorkflowRequest"] = {
    "type": "object", "description": "Body of updateWorkflow (merge patch). Runs already started keep the actions they started with. The status changes with enableWorkflow/disableWorkflow.",
    "properties": {"name": {"type": "string", "minLength": 1, "maxLength": 200}, "description": {"type": ["string", "null"], "maxLength": 1000},
                   "trigger": ref("WorkflowTrigger"), "actions": {"type": "array", "items": ref("WorkflowAction"), "minItems": 1, "maxItems": 20}},
}
schemas["WorkflowTestEvent"] = {
    "type": "object", "description": "An inline event for a dry run: its type and `data.object` (nothing is stored).",
    "required": ["type", "data"],
    "properties": {"type": ref("EventType"), "data": {"type": "object", "required": ["object"], "properties": {"object": {"type": "object", "description": "The resource as an event would carry it."}}}},
}
schemas["TestWorkflowRequest"] = {
    "type": "object", "description": "Body of testWorkflow: `event_id` of a recorded event, or an inline `event` (exactly one, else 422).",
    "properties": {"event_id": {"type": "string", "minLength": 1, "maxLength": 64, "description": "A recorded event (unknown → 422)."}, "event": ref("WorkflowTestEvent")},
}
schemas["WorkflowConditionResult"] = {
    "type": "object", "description": "How one trigger condition (or `check`) came out.",
    "required": ["index", "field", "operator", "holds"],
    "properties": {"index": {"type": "integer", "minimum": 0}, "field": {"type": "string"}, "operator": ref("WorkflowConditionOperator"),
                   "value": {"description": "The value compared with (as given)."}, "actual": {"description": "The field's value in the subject (absent when missing)."},
                   "holds": {"type": "boolean"}},
}
schemas["WorkflowTestStep"] = {
    "type": "object", "description": "Whether one action would run.",
    "required": ["index", "type", "would_run"],
    "properties": {"index": {"type": "integer", "minimum": 0}, "type": {"type": "string", "minLength": 1, "maxLength": 64},
                   "would_run": {"type": "boolean", "description": "False after a `check` that does not hold now."},
                   "check": {"anyOf": [ref("WorkflowConditionResult"), {"type": "null"}], "description": "For a `check`: how it comes out against the subject now (a later run may differ)."}},
}
schemas["WorkflowTestResult"] = {
    "type": "object", "description": "The dry run of a workflow against one event: nothing was changed, stored or sent.",
    "required": ["workflow_id", "event_type", "trigger_matched", "conditions", "would_start", "steps"],
    "properties": {"workflow_id": idprop("wf", "Workflow"), "event_id": {"type": ["string", "null"], "description": "The recorded event tested (null for an inline event)."},
                   "event_type": {"type": "string"}, "trigger_matched": {"type": "boolean", "description": "Whether the event's type is the trigger's."},
                   "subject": {"anyOf": [ref("WorkflowSubject"), {"type": "null"}]},
                   "conditions": {"type": "array", "items": ref("WorkflowConditionResult")},
                   "would_start": {"type": "boolean", "description": "Whether an enabled workflow would start a run for this event (type matches and all conditions hold)."},
                   "steps": {"type": "array", "items": ref("WorkflowTestStep")}},
}


def envelope(name):
    schemas[f"{name}Response"] = {"type": "object", "description": f"Success envelope holding one {name}.", "required": ["success", "data", "meta"],
                                  "properties": {"success": {"type": "boolean", "const": True}, "data": ref(name), "meta": ref("ResponseMeta")}}


def list_envelope(name):
    schemas[f"{name}ListResponse"] = {"type": "object", "description": f"Success envelope holding one page of {name} objects, newest first.", "required": ["success", "data", "meta"],
                                      "properties": {"success": {"type": "boolean", "const": True}, "data": {"type": "array", "items": ref(name)}, "meta": ref("ListMeta")}}


for n in ["Workflow", "WorkflowRun", "WorkflowTestResult"]:
    envelope(n)
for n in ["Workflow", "WorkflowRun", "WorkflowTemplate"]:
    list_envelope(n)
schemas["WorkflowTemplateListResponse"]["description"] = "Success envelope holding one page of WorkflowTemplate objects, in a fixed order."

# ---------------------------------------------------------------- operations
ID_PARAM = {"name": "id", "in": "path", "required": True, "description": "The resource id.", "schema": {"type": "string", "minLength": 1, "maxLength": 64}}
P = lambda n: {"$ref": f"#/components/parameters/{n}"}
WF_OPS = ["listWorkflows", "createWorkflow", "getWorkflow", "updateWorkflow", "deleteWorkflow", "enableWorkflow", "disableWorkflow", "testWorkflow"]
RUN_OPS = ["listWorkflowRuns", "getWorkflowRun", "cancelWorkflowRun"]
ALL = WF_OPS + RUN_OPS + ["listWorkflowTemplates"]


def headers(extra=()):
    return {h: {"$ref": f"#/components/headers/{h}"} for h in [*COMMON, *extra]}


def ok(status, schema, summary, value, extra=(), description=None):
    return {status: {"description": description or {"200": "OK", "201": "Created", "204": "No Content"}[status], "headers": headers(extra),
                     "content": {"application/json": {"schema": ref(schema), "examples": {"example": {"summary": summary, "value": value}}}}}}


def op(op_id, summary, description, params, responses, purpose, used_by, note, related, body=None, field_notes=None, response_notes=None):
    o = {"operationId": op_id, "tags": [TAG], "summary": summary, "description": description, "security": [{"bearerAuth": []}], "parameters": params}
    if body:
        schema, example_summary, value = body
        o["requestBody"] = {"required": True, "description": f"`{schema}`.", "content": {"application/json": {"schema": ref(schema), "examples": {"example": {"summary": example_summary, "value": value}}}}}
    o["responses"] = dict(responses)
    o["responses"].update(err("401", "Unauthorized"))
    o["responses"].update(err("403", "Forbidden"))
    if any(x is ID_PARAM for x in params):
        o["responses"].update(err("404", "NotFound"))
    if "IdempotencyKey" in json.dumps(params):
        o["responses"].update(err("409", "Conflict"))
        o["responses"].update(err("422", "UnprocessableEntity"))
    if body:
        o["responses"].update(err("422", "UnprocessableEntity"))
    o["x-purpose"] = {"title": purpose[0], "text": purpose[1]}
    o["x-used-by"] = {"title": used_by[0], "text": used_by[1]}
    o["x-critical-note"] = {"title": note[0], "text": note[1]}
    o["x-related"] = related
    if field_notes:
        o["x-field-notes"] = field_notes
    if response_notes:
        o["x-response-notes"] = response_notes
    return o


def env(data):
    return {"success": True, "data": data, "meta": META}


def lenv(items):
    return {"success": True, "data": items, "meta": LIST_META}


def err(status, name):
    return {status: {"$ref": f"#/components/responses/{name}"}}


LIST_PARAMS = [P("TenantId"), P("RequestId")]
PAGING = [P("CreatedAfter"), P("CreatedBefore"), P("Limit"), P("Cursor")]
WRITE = [P("TenantId"), P("RequestId"), P("IdempotencyKey")]
WF_RELATED = ["listWorkflows", "createWorkflow", "getWorkflow", "updateWorkflow", "deleteWorkflow", "enableWorkflow", "disableWorkflow", "testWorkflow", "listWorkflowRuns", "listWorkflowTemplates"]
RUN_RELATED = ["listWorkflowRuns", "getWorkflowRun", "cancelWorkflowRun", "getWorkflow", "listEvents"]
CREATED_WF = {**WF, "status": "disabled", "secret": "whsec_0a1b2c3d4e5f60718293a4b5c6d7e8f9"}
CREATED_WF["created_at"] = CREATED_WF["updated_at"] = "2026-04-14T09:00:00Z"

paths = {}
paths["/api/v1/workflows"] = {
    "get": op("listWorkflows", "List workflows", "Returns the tenant's workflows, newest first (without their signing secrets).",
              LIST_PARAMS + [
                  {"name": "status", "in": "query", "required": False, "description": "Comma-separated WorkflowStatus values, e.g. `status=a,b`; an item matches any of them. An unknown value → 400 `invalid_parameter`.",
                   "schema": {"type": "array", "items": ref("WorkflowStatus"), "minItems": 1}, "style": "form", "explode": False},
                  {"name": "event_type", "in": "query", "required": False, "description": "Only workflows triggered by this event type.", "schema": {"type": "string", "minLength": 1, "maxLength": 100}},
                  {"name": "template_id", "in": "query", "required": False, "description": "Only workflows made from this template.", "schema": {"type": "string", "minLength": 1, "maxLength": 64}},
              ] + PAGING,
              {**ok("200", "WorkflowListResponse", "List workflows", lenv([WF]))},
              ("See the automation", "Which rules run, and which are off."), ("Ops consoles", "Automation settings pages."),
              ("Disabled is the default", "A created workflow does nothing until enabled."), WF_RELATED),
    "post": op("createWorkflow", "Create a workflow",
               "Creates a workflow from a template (`template_id`, optional `overrides`) or from scratch (`name`, `trigger`, `actions`). It starts `disabled` unless `status` is `enabled`. Rules beyond the schema answer 422 `validation_error`: an unknown `template_id`, a `wait` longer than 366 days, a `call_webhook` URL the server may not call, `in` without an array, a comparison without `value`. The response — and only it — contains the `secret` that signs the workflow's `call_webhook` calls.",
               WRITE, {**ok("201", "WorkflowResponse", "Instantiate the dunning template", env(CREATED_WF), ["X-Idempotent-Replayed", "Location"])},
               ("Automate a policy", "Dunning, welcome and escalation without a server of your own."), ("Billing and ops admins", "Collections and NOC policies."),
               ("Test, then enable", "Dry-run it with testWorkflow against a real event before enableWorkflow."), WF_RELATED,
               body=("CreateWorkflowRequest", "Instantiate the dunning template", {"template_id": "dunning", "overrides": {"name": "Dunning"}}),
               field_notes="`template_id` + `overrides` or `name` + `trigger` + `actions`; `status` defaults to `disabled`."),
}
paths["/api/v1/workflows/{id}"] = {
    "get": op("getWorkflow", "Get a workflow", "Returns one workflow (without its signing secret).", [ID_PARAM] + LIST_PARAMS,
              ok("200", "WorkflowResponse", "Get a workflow", env(WF)), ("Inspect a rule", "Trigger, conditions and actions."), ("Ops consoles", "Automation settings."),
              ("Unknown action types", "Keep action items whose type you do not know as they are."), WF_RELATED),
    "patch": op("updateWorkflow", "Update a workflow", "Merge patch of name, description, trigger and actions (validated like createWorkflow). Runs already started keep their actions. Answers the workflow.",
                [ID_PARAM] + LIST_PARAMS, ok("200", "WorkflowResponse", "Rename a workflow", env({**WF, "name": "Dunning (15 days)", "updated_at": "2026-04-15T09:00:00Z"})),
                ("Tune a policy", "Change the wait, the message or the conditions."), ("Billing admins", "Collections policy changes."),
                ("Replace whole lists", "`actions` and `trigger` are replaced as a whole, not merged item by item."), WF_RELATED,
                body=("UpdateWorkflowRequest", "Rename a workflow", {"name": "Dunning (15 days)"})),
    "delete": op("deleteWorkflow", "Delete a workflow", "Deletes the workflow; its unfinished runs are cancelled. Finished runs stay listed.", [ID_PARAM] + LIST_PARAMS,
                 {"204": {"description": "No Content", "headers": headers()}}, ("Retire a rule", "Stop it for good."), ("Ops consoles", "Automation settings."),
                 ("Waiting runs end", "A dunning run waiting its 15 days is cancelled; disable instead to let it finish."), WF_RELATED),
}
for action_name, verb, text, note in [
    ("enable", "Enable", "From now on every matching event starts a run (events recorded before are not replayed). Enabling an enabled workflow changes nothing.", ("Not retroactive", "Only events after enabling start runs.")),
    ("disable", "Disable", "No new runs start; runs already started (a dunning run waiting its 15 days) finish. Disabling a disabled workflow changes nothing.", ("Running runs finish", "Cancel them with cancelWorkflowRun if they must stop.")),
]:
    paths[f"/api/v1/workflows/{{id}}/{action_name}"] = {"post": op(
        f"{action_name}Workflow", f"{verb} a workflow", text, [ID_PARAM] + WRITE,
        ok("200", "WorkflowResponse", f"{verb} a workflow", env({**WF, "status": "enabled" if action_name == "enable" else "disabled"}), ["X-Idempotent-Replayed"]),
        (f"{verb} automation", "Switch a rule on or off without losing it."), ("Ops consoles", "Automation toggles."), note, WF_RELATED)}
TEST_RESULT = {
    "workflow_id": "wf_000001", "event_id": "evt_000950", "event_type": "invoice.overdue", "trigger_matched": True,
    "subject": {"type": "invoice", "id": "inv_000004"},
    "conditions": [{"index": 0, "field": "status", "operator": "eq", "value": "open", "actual": "open", "holds": True}],
    "would_start": True,
    "steps": [{"index": 0, "type": "send_notification", "would_run": True, "check": None}, {"index": 1, "type": "wait", "would_run": True, "check": None},
              {"index": 2, "type": "check", "would_run": True, "check": {"index": 2, "field": "status", "operator": "eq", "value": "open", "actual": "open", "holds": True}},
              {"index": 3, "type": "suspend_subscriber", "would_run": True, "check": None}, {"index": 4, "type": "suspend_services", "would_run": True, "check": None}],
}
paths["/api/v1/workflows/{id}/test"] = {"post": op(
    "testWorkflow", "Dry-run a workflow",
    "Evaluates the workflow against a recorded event (`event_id`) or an inline `event`, whether the workflow is enabled or not: whether the trigger matches, how each condition comes out, and which steps would run (a `check` is evaluated against the subject as it is now). Changes nothing: no run, no event, no notification.",
    [ID_PARAM] + WRITE, ok("200", "WorkflowTestResultResponse", "Dry-run against an event", env(TEST_RESULT), ["X-Idempotent-Replayed"]),
    ("Try before enabling", "See what a real event would do."), ("Ops consoles", "A \"test\" button next to a rule."),
    ("Checks are evaluated now", "A `check` after a `wait` may come out differently when the run really gets there."), WF_RELATED,
    body=("TestWorkflowRequest", "Dry-run against a recorded event", {"event_id": "evt_000950"}))}
paths["/api/v1/workflow-runs"] = {"get": op(
    "listWorkflowRuns", "List workflow runs", "Returns the tenant's workflow runs, newest first.",
    LIST_PARAMS + [
        {"name": "workflow_id", "in": "query", "required": False, "description": "Only runs of this workflow (`wf_…`).", "schema": {"type": "string", "minLength": 1, "maxLength": 64}},
        {"name": "status", "in": "query", "required": False, "description": "Comma-separated WorkflowRunStatus values, e.g. `status=a,b`; an item matches any of them. An unknown value → 400 `invalid_parameter`.",
         "schema": {"type": "array", "items": ref("WorkflowRunStatus"), "minItems": 1}, "style": "form", "explode": False},
        {"name": "subject_id", "in": "query", "required": False, "description": "Only runs about this resource (`inv_…`, `sub_…`, …).", "schema": {"type": "string", "minLength": 1, "maxLength": 64}},
    ] + PAGING,
    ok("200", "WorkflowRunListResponse", "List workflow runs", lenv([RUN])),
    ("Audit automation", "What ran, for whom, and how it ended."), ("Ops and support", "\"Why was this subscriber suspended?\""),
    ("Per subject", "Filter by subject_id to see every run about one invoice or subscriber."), RUN_RELATED)}
paths["/api/v1/workflow-runs/{id}"] = {"get": op(
    "getWorkflowRun", "Get a workflow run", "Returns one run with its steps: status, times, what each made (`result`) and the API error of a failed one.",
    [ID_PARAM] + LIST_PARAMS, ok("200", "WorkflowRunResponse", "Get a workflow run", env(RUN)),
    ("Follow a run", "Where it waits and what it did."), ("Support", "Explain an automatic suspension."),
    ("Poll, or listen", "Runs end with `workflow_run.succeeded|failed|skipped` events."), RUN_RELATED)}
paths["/api/v1/workflow-runs/{id}/cancel"] = {"post": op(
    "cancelWorkflowRun", "Cancel a workflow run", "Stops a `running` or `waiting` run: its remaining steps are `skipped` and it ends `cancelled` (no event). A finished run → 409 `invalid_state_transition`.",
    [ID_PARAM] + WRITE, ok("200", "WorkflowRunResponse", "Cancel a workflow run", env({**RUN, "status": "cancelled", "resume_at": None, "finished_at": "2026-05-20T10:00:00Z", "updated_at": "2026-05-20T10:00:00Z",
                                                                                       "steps": [RUN["steps"][0], {**RUN["steps"][1], "status": "skipped", "finished_at": "2026-05-20T10:00:00Z"}] + [{**s, "status": "skipped"} for s in RUN["steps"][2:]]}), ["X-Idempotent-Replayed"]),
    ("Stop one case", "A promised payment: do not suspend this one."), ("Billing agents", "Collections exceptions."),
    ("Done is done", "What earlier steps did stays done; cancel does not undo it."), RUN_RELATED)}
paths["/api/v1/workflow-templates"] = {"get": op(
    "listWorkflowTemplates", "List workflow templates",
    "Returns the built-in system-triggered actions, in a fixed order: `dunning`, `reactivate_on_payment`, `welcome`, `escalate_provisioning_failures`. Instantiate one with createWorkflow `{template_id, overrides}`.",
    LIST_PARAMS + [P("Limit"), P("Cursor")], ok("200", "WorkflowTemplateListResponse", "List workflow templates", lenv(TEMPLATES)),
    ("Start from a policy", "Ready-made dunning, reactivation, welcome and escalation."), ("Ops consoles", "A template gallery."),
    ("Templates are read-only", "Change a copy: createWorkflow with overrides, then updateWorkflow."), ["listWorkflowTemplates", "createWorkflow", "listWorkflows"])}

# ---------------------------------------------------------------- apply
d = json.loads(PATH.read_text(encoding="utf-8"))
# paths: after the notifications paths (the Automation & Support domain)
new_paths = {}
for k, v in d["paths"].items():
    if k in paths:
        continue
    new_paths[k] = v
    if k == "/api/v1/notifications/{id}":
        new_paths.update(paths)
d["paths"] = new_paths

s = d["components"]["schemas"]
s.update(schemas)
# Event: caused_by, new event types
s["Event"]["properties"]["caused_by"] = {
    "type": "object", "description": "Present when a workflow run caused the change (its action did it): the run. Absent otherwise.",
    "required": ["workflow_run_id"], "properties": {"workflow_run_id": idprop("wfr", "Workflow run")}}
types = s["EventType"]["enum"]
for t in ["workflow_run.started", "workflow_run.succeeded", "workflow_run.failed", "workflow_run.skipped"]:
    if t not in types:
        types.insert(types.index("ping"), t)
desc = s["EventType"]["description"]
if "workflow_run." not in desc:
    s["EventType"]["description"] = desc + " `workflow_run.started|succeeded|failed|skipped` carry the WorkflowRun; events caused by a run's actions carry `caused_by`."
codes = s["ErrorCode"]["enum"]
if "workflow_loop" not in codes:
    codes.append("workflow_loop")
    codes.append("webhook_call_failed")
    s["ErrorCode"]["description"] += (
        "\n- `workflow_loop` (a workflow run step, never an HTTP answer): The run was started by an event that a chain of 5 runs caused; it stops before its first action."
        "\n- `webhook_call_failed` (a workflow run step, never an HTTP answer): A `call_webhook` action got no 2xx answer in time (or the URL may not be called).")
d["components"]["schemas"] = dict(sorted(s.items()))

# webhooks: an example of a workflow_run event and of a caused event
examples = d["webhooks"]["event"]["post"]["requestBody"]["content"]["application/json"]["examples"]
examples["workflow_run_succeeded"] = {"summary": "workflow_run.succeeded", "value": {
    "id": "evt_000990", "type": "workflow_run.succeeded", "created_at": "2026-05-29T00:00:00Z", "tenant_id": "tenant_demo_001",
    "data": {"object": {**RUN, "status": "succeeded", "resume_at": None, "finished_at": "2026-05-29T00:00:00Z", "updated_at": "2026-05-29T00:00:00Z",
                        "steps": [{**st, "status": "succeeded", "started_at": st["started_at"] or "2026-05-29T00:00:00Z", "finished_at": "2026-05-29T00:00:00Z"} for st in RUN["steps"]]}}}}
examples["caused_by_workflow"] = {"summary": "subscriber.suspended by a workflow run", "value": {
    "id": "evt_000987", "type": "subscriber.suspended", "created_at": "2026-05-29T00:00:00Z", "tenant_id": "tenant_demo_001",
    "data": {"object": {"id": "sub_000184", "external_id": "crm-23991", "full_name": "Jane Doe", "status": "suspended", "billing_profile_id": "bp_001", "created_at": "2026-04-13T10:21:00Z"}},
    "caused_by": {"workflow_run_id": "wfr_000001"}}}
hook = d["webhooks"]["event"]["post"]
if "call_webhook" not in hook["description"]:
    hook["description"] += ("\n\nA workflow's `call_webhook` action sends the same body, signed the same way with the workflow's `secret`, "
                            "plus the header `X-WISPGate-Workflow-Run: wfr_…`; it is not retried (the run's step fails instead).")

# tag text: workflows exist now
for t in d["tags"]:
    if t["name"] == TAG:
        t["description"] = "Tickets, events, webhooks, notifications, workflows, and system-triggered actions (workflow templates)."

walk = d["x-example-walk"]["operations"]
if "createWorkflow" not in walk:
    walk.append("createWorkflow")

PATH.write_text(json.dumps(d, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
