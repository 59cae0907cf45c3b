using System.Globalization;
using System.Text.Json;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Outbound;
using WISPGate.MockServer.Store;
using WISPGate.MockServer.Webhooks;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Automation;

/// <summary>
/// listWorkflows, createWorkflow, getWorkflow, updateWorkflow, deleteWorkflow, enableWorkflow, disableWorkflow,
/// testWorkflow, listWorkflowTemplates. The contract validates the shapes; these handlers keep the rules the schema
/// cannot express (a known template, a wait of at most 366 days, an outbound URL the server may call, a comparison with a
/// value, <c>in</c> with an array) and answer 422 <c>validation_error</c> with the field for each.
/// </summary>
internal sealed class WorkflowHandlers
{
    private const string Resource = "workflow";
    private readonly WorkflowEngine _engine;

    /// <summary>Creates the handlers over the engine (deleting a workflow cancels its runs; testing reads subjects).</summary>
    public WorkflowHandlers(WorkflowEngine engine) => _engine = engine;

    /// <summary>GET /api/v1/workflows: filters status, event_type, template_id.</summary>
    public ApiResult List(OperationContext context) =>
        context.Page(
            context.Collection<Workflow>(),
            w => context.Query.Matches("status", WireJson.Name(w.Status))
                && context.Query.Matches("event_type", w.EventType)
                && context.Query.Matches("template_id", w.TemplateId));

    /// <summary>POST /api/v1/workflows: from a template (with overrides) or from scratch; 201 with the signing secret, this once.</summary>
    public ApiResult Create(OperationContext context)
    {
        var body = context.Body;
        JsonElement? template = null;
        if (WorkflowSubjects.Text(body, "template_id") is { } templateId)
        {
            template = WorkflowTemplates.Find(templateId)
                ?? throw new ApiException(ApiResult.Invalid("template_id", "unknown_reference", $"No workflow template '{templateId}' exists; see listWorkflowTemplates."));
        }

        JsonElement? Field(string name)
        {
            if (body.TryGetProperty(name, out var own))
            {
                return own;
            }

            if (body.TryGetProperty("overrides", out var overrides) && overrides.ValueKind == JsonValueKind.Object && overrides.TryGetProperty(name, out var changed))
            {
                return changed;
            }

            return template is { } t && t.TryGetProperty(name, out var value) ? value : null;
        }

        foreach (var required in new[] { "name", "trigger", "actions" })
        {
            if (Field(required) is null or { ValueKind: JsonValueKind.Null })
            {
                return ApiResult.Failure(400, ErrorCodes.MissingRequiredField, $"{required} is required (or give a template_id).", required);
            }
        }

        var trigger = Field("trigger")!.Value;
        var actions = Field("actions")!.Value;
        if (Rules(trigger, actions) is { } problem)
        {
            return problem;
        }

        var secret = WebhookSignature.NewSecret();
        var workflow = context.Collection<Workflow>().Add(new Workflow
        {
            Id = context.NewId("wf"),
            Name = Field("name")!.Value.GetString()!,
            Description = Field("description") is { ValueKind: JsonValueKind.String } description ? description.GetString() : null,
            Status = WorkflowSubjects.Text(body, "status") == "enabled" ? WorkflowStatus.Enabled : WorkflowStatus.Disabled,
            Trigger = trigger.Clone(),
            Actions = actions.Clone(),
            TemplateId = template is { } made ? made.GetProperty("id").GetString() : null,
            SigningSecret = secret,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
        });
        return ApiResult.Created(workflow with { Secret = secret }, $"/api/v1/workflows/{workflow.Id}").ShowingSecret(secret);
    }

    /// <summary>GET /api/v1/workflows/{id}.</summary>
    public ApiResult Get(OperationContext context) => ApiResult.Ok(context.Require<Workflow>(context.Id, Resource));

    /// <summary>PATCH /api/v1/workflows/{id}: merge patch of name, description, trigger, actions (same rules as create).</summary>
    public ApiResult Update(OperationContext context)
    {
        var current = context.Require<Workflow>(context.Id, Resource);
        var updated = context.MergePatch(current) with { SigningSecret = current.SigningSecret, Secret = null, UpdatedAt = context.Now };
        if (Rules(updated.Trigger, updated.Actions) is { } problem)
        {
            return problem;
        }

        return ApiResult.Ok(context.Collection<Workflow>().Replace(updated with { Trigger = updated.Trigger.Clone(), Actions = updated.Actions.Clone() }));
    }

    /// <summary>DELETE /api/v1/workflows/{id}: its unfinished runs are cancelled; finished ones stay.</summary>
    public ApiResult Delete(OperationContext context)
    {
        var workflow = context.Require<Workflow>(context.Id, Resource);
        context.Collection<Workflow>().Remove(workflow.Id);
        var runs = context.Collection<WorkflowRun>();
        foreach (var run in runs.Index(AutomationIndexes.RunsByWorkflow).OldestFirst(workflow.Id).Where(r => !r.IsFinished).Select(r => r.Id).ToList())
        {
            if (runs.Find(run) is { IsFinished: false } unfinished)
            {
                _engine.Cancel(context, unfinished);
            }
        }

        return ApiResult.NoContent();
    }

    /// <summary>POST …/enable and …/disable: sets the status (no change when it already is).</summary>
    public static ApiResult SetStatus(OperationContext context, WorkflowStatus status)
    {
        var workflow = context.Require<Workflow>(context.Id, Resource);
        return ApiResult.Ok(workflow.Status == status ? workflow : context.Collection<Workflow>().Replace(workflow with { Status = status, UpdatedAt = context.Now }));
    }

    /// <summary>POST /api/v1/workflows/{id}/test: the dry run against a recorded or an inline event. Changes nothing.</summary>
    public ApiResult Test(OperationContext context)
    {
        var workflow = context.Require<Workflow>(context.Id, Resource);
        var body = context.Body;
        var hasId = body.TryGetProperty("event_id", out _);
        var hasEvent = body.TryGetProperty("event", out var inline);
        if (hasId == hasEvent)
        {
            return ApiResult.Invalid("event_id", "exactly_one", "Give exactly one of event_id and event.");
        }

        string? eventId = null;
        string eventType;
        JsonElement item;
        if (hasId)
        {
            var recorded = context.RequireReference<DomainEvent>("event_id", WorkflowSubjects.Text(body, "event_id")!, "event");
            (eventId, eventType, item) = (recorded.Id, recorded.Type, WorkflowSubjects.Object(recorded));
        }
        else
        {
            eventType = WorkflowSubjects.Text(inline, "type")!;
            item = inline.GetProperty("data").GetProperty("object");
        }

        var subject = WorkflowSubjects.Of(item, eventType);
        var resolve = WorkflowSubjects.Resolver(_engine.Api, context, item, subject.Type);
        var matched = workflow.EventType == eventType;
        var conditions = new List<Dictionary<string, object?>>();
        if (workflow.Trigger.TryGetProperty("conditions", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var condition in list.EnumerateArray())
            {
                conditions.Add(ConditionResult(index++, condition, WorkflowConditions.Evaluate(condition, resolve)));
            }
        }

        var wouldStart = matched && conditions.All(c => c["holds"] is true);
        var current = WorkflowSubjects.ReadNow(_engine.Api, context, subject) ?? item;
        var now = WorkflowSubjects.Resolver(_engine.Api, context, current, subject.Type);
        var going = wouldStart;
        var steps = new List<Dictionary<string, object?>>();
        var position = 0;
        foreach (var action in workflow.Actions.EnumerateArray())
        {
            var type = WorkflowSubjects.Text(action, "type") ?? "unknown";
            Dictionary<string, object?>? check = null;
            var runs = going;
            if (type == "check")
            {
                check = ConditionResult(position, action, WorkflowConditions.Evaluate(action, now));
                going = going && check["holds"] is true;
            }

            steps.Add(new Dictionary<string, object?> { ["index"] = position++, ["type"] = type, ["would_run"] = runs, ["check"] = check });
        }

        return ApiResult.Ok(new Dictionary<string, object?>
        {
            ["workflow_id"] = workflow.Id,
            ["event_id"] = eventId,
            ["event_type"] = eventType,
            ["trigger_matched"] = matched,
            ["subject"] = subject,
            ["conditions"] = conditions,
            ["would_start"] = wouldStart,
            ["steps"] = steps,
        });
    }

    /// <summary>GET /api/v1/workflow-templates: the built-in templates, in their fixed order, paged by limit/cursor.</summary>
    public static ApiResult ListTemplates(OperationContext context)
    {
        var limit = context.Query.Integer("limit") ?? 25;
        if (limit is < 1 or > 100)
        {
            return ApiResult.Failure(400, ErrorCodes.InvalidParameter, "limit must be between 1 and 100.", "limit");
        }

        var start = 0L;
        if (context.Query.Get("cursor") is { } cursor && (!Cursor.TryDecode(cursor, context.Operation.OperationId, out start) || start < 0 || start > WorkflowTemplates.All.Count))
        {
            return ApiResult.Failure(400, ErrorCodes.InvalidCursor, "The cursor is not one this list issued.", "cursor");
        }

        var items = WorkflowTemplates.All.Skip((int)start).Take((int)limit).Cast<object>().ToList();
        var next = start + items.Count;
        var hasMore = next < WorkflowTemplates.All.Count;
        return ApiResult.List(items, new PageInfo((int)limit, hasMore ? Cursor.Encode(context.Operation.OperationId, next) : null, hasMore));
    }

    private static Dictionary<string, object?> ConditionResult(int index, JsonElement condition, WorkflowConditions.Outcome outcome)
    {
        var result = new Dictionary<string, object?>
        {
            ["index"] = index,
            ["field"] = WorkflowSubjects.Text(condition, "field") ?? string.Empty,
            ["operator"] = WorkflowSubjects.Text(condition, "operator") ?? "eq",
        };
        if (condition.TryGetProperty("value", out var value))
        {
            result["value"] = value;
        }

        if (outcome.Actual is { } actual)
        {
            result["actual"] = actual;
        }

        result["holds"] = outcome.Holds;
        return result;
    }

    // The rules beyond the schema, for a trigger and actions of the types this server knows.
    private static ApiResult? Rules(JsonElement trigger, JsonElement actions)
    {
        if (trigger.TryGetProperty("conditions", out var conditions) && conditions.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var condition in conditions.EnumerateArray())
            {
                if (WorkflowConditions.Problem(condition) is { } problem)
                {
                    return ApiResult.Invalid(string.Create(CultureInfo.InvariantCulture, $"trigger.conditions[{index}].value"), "invalid_value", problem);
                }

                index++;
            }
        }

        var position = 0;
        foreach (var action in actions.EnumerateArray())
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"actions[{position++}]");
            switch (WorkflowSubjects.Text(action, "type"))
            {
                case "wait" when WorkflowConditions.Duration(WorkflowSubjects.Text(action, "duration")) is null:
                    return ApiResult.Invalid(field + ".duration", "invalid_duration", "A wait is an ISO 8601 duration of days and time (P15D, PT12H) of at most 366 days.");
                case "check" when WorkflowConditions.Problem(action) is { } problem:
                    return ApiResult.Invalid(field + ".value", "invalid_value", problem);
                case "call_webhook" when OutboundUrl.Problem(WorkflowSubjects.Text(action, "url")) is { } problem:
                    return ApiResult.Invalid(field + ".url", "unsupported_url", problem);
            }
        }

        return null;
    }
}
