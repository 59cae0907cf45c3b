using System.Text.Json;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Modules;
using WISPGate.MockServer.Provisioning;
using WISPGate.MockServer.Store;
using WISPGate.MockServer.Subscribers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Automation;

/// <summary>
/// Runs workflows. Every recorded event (<see cref="OnEvent"/>, an event observer) starts one run per enabled workflow
/// whose trigger matches — at most one per (workflow, event), however often the event is seen — and the run's actions
/// execute at once, in order, under the tenant's lock, each through the API operation it mirrors (<see cref="ApiInvoker"/>).
/// A <c>wait</c> parks the run until <c>resume_at</c>; <see cref="Resume"/>, a clock hook, goes on when the server clock
/// passes it. Runs of one workflow for one subject run in event order (a later one waits until the earlier one finished).
/// Events caused by a run carry <c>caused_by</c>; a run never starts a workflow of its own chain again, and a chain stops
/// at depth <see cref="MaxDepth"/> with a <c>workflow_loop</c> step.
/// </summary>
internal sealed class WorkflowEngine
{
    /// <summary>The deepest chain of runs: a run at this depth fails before its first action.</summary>
    public const int MaxDepth = 5;

    private readonly DomainHost _host;
    private readonly ApiInvoker _api;

    /// <summary>Creates the engine of one server.</summary>
    public WorkflowEngine(DomainHost host, ApiInvoker api)
    {
        _host = host;
        _api = api;
        Calls = new WorkflowCalls(host, this);
    }

    /// <summary>The outbound calls of call_webhook actions.</summary>
    public WorkflowCalls Calls { get; }

    /// <summary>The invoker actions run operations with.</summary>
    public ApiInvoker Api => _api;

    /// <summary>Starts the runs an event triggers (an event observer: outside any tenant lock, after the change completed).</summary>
    public void OnEvent(DomainEvent recorded)
    {
        try
        {
            var state = _host.State;
            if (!state.Tenants.TryGetValue(recorded.TenantId, out var tenant))
            {
                return;
            }

            var scope = new TenantScope(state, tenant, _host.Clock);
            lock (tenant.Gate)
            {
                // An event of data a reset replaced starts nothing.
                if (tenant.Collection<DomainEvent>().Find(recorded.Id) is null)
                {
                    return;
                }

                Start(scope, recorded);
            }

            _host.Publish(scope.RecordedEvents);
        }
#pragma warning disable CA1031 // A workflow problem must never fail the API call that recorded the event.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>Goes on with the runs whose wait is over by <see cref="TenantScope.Now"/> (the clock hook).</summary>
    public void Resume(TenantScope scope)
    {
        var runs = scope.Collection<WorkflowRun>();
        var due = runs.Index(AutomationIndexes.RunsAtWait).Matching("yes", r => r.ResumeAt <= scope.Now);
        foreach (var candidate in due.OrderBy(r => r.ResumeAt).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            if (runs.Find(candidate.Id) is not { Status: WorkflowRunStatus.Waiting, ResumeAt: { } resumeAt } run || resumeAt > scope.Now)
            {
                continue;
            }

            var steps = run.Steps.Select(s => s.Status == WorkflowStepStatus.Running && s.Type == "wait"
                ? s with { Status = WorkflowStepStatus.Succeeded, FinishedAt = scope.Now }
                : s).ToList();
            Advance(scope, runs.Replace(run with { Status = WorkflowRunStatus.Running, ResumeAt = null, Steps = steps, UpdatedAt = scope.Now }));
        }
    }

    /// <summary>Cancels an unfinished run (cancelWorkflowRun, deleteWorkflow) and lets the next run of its subject start.</summary>
    public WorkflowRun Cancel(TenantScope scope, WorkflowRun run)
    {
        var cancelled = Close(scope, run, WorkflowRunStatus.Cancelled);
        StartNextOfSubject(scope, cancelled);
        return cancelled;
    }

    /// <summary>Records the answer of a call_webhook step and goes on (called by <see cref="WorkflowCalls"/>, under the tenant's lock).</summary>
    public void CallAnswered(TenantScope scope, string runId, int index, ApiError? error)
    {
        var runs = scope.Collection<WorkflowRun>();
        if (runs.Find(runId) is not { Status: WorkflowRunStatus.Running } run || run.Steps[index].Status != WorkflowStepStatus.Running)
        {
            return;
        }

        var step = run.Steps[index] with { Status = error is null ? WorkflowStepStatus.Succeeded : WorkflowStepStatus.Failed, FinishedAt = scope.Now, Error = error };
        run = runs.Replace(run with { Steps = Replace(run.Steps, step), UpdatedAt = scope.Now });
        if (error is null)
        {
            Advance(scope, run);
        }
        else
        {
            Finish(scope, run, WorkflowRunStatus.Failed);
        }
    }

    private void Start(TenantScope scope, DomainEvent recorded)
    {
        var workflows = scope.Collection<Workflow>().Index(AutomationIndexes.WorkflowsByEventType).OldestFirst(recorded.Type)
            .Where(w => w.Status == WorkflowStatus.Enabled)
            .ToList();
        if (workflows.Count == 0)
        {
            return;
        }

        var runs = scope.Collection<WorkflowRun>();
        var cause = recorded.CausedBy is { } causedBy ? runs.Find(causedBy.WorkflowRunId) : null;
        var depth = cause is null ? 0 : cause.Depth + 1;
        if (depth > MaxDepth)
        {
            return;
        }

        var item = WorkflowSubjects.Object(recorded);
        var subject = WorkflowSubjects.Of(item, recorded.Type);
        foreach (var workflow in workflows)
        {
            if (runs.Index(AutomationIndexes.RunsByWorkflowEvent).Any(workflow.Id + "|" + recorded.Id)
                || (cause is not null && cause.Chain.Contains(workflow.Id))
                || !ConditionsHold(scope, workflow.Trigger, item, subject))
            {
                continue;
            }

            var run = runs.Add(new WorkflowRun
            {
                Id = scope.NewId("wfr"),
                WorkflowId = workflow.Id,
                EventId = recorded.Id,
                Subject = subject,
                Status = WorkflowRunStatus.Running,
                Depth = depth,
                Steps = workflow.Actions.EnumerateArray().Select((a, i) => new WorkflowRunStep
                {
                    Index = i,
                    Type = WorkflowSubjects.Text(a, "type") ?? "unknown",
                    Status = WorkflowStepStatus.Pending,
                }).ToList(),
                Actions = workflow.Actions.Clone(),
                Chain = [.. cause?.Chain ?? [], workflow.Id],
                CreatedAt = scope.Now,
                UpdatedAt = scope.Now,
            });
            scope.Collection<Workflow>().Replace(workflow with { LastRunAt = scope.Now });
            RecordRunEvent(scope, run, "workflow_run.started");
            if (depth == MaxDepth)
            {
                var loop = new ApiError(ErrorCodes.WorkflowLoop, $"A chain of {MaxDepth} workflow runs caused the triggering event; the run stops here (loop guard).");
                var first = run.Steps.Count > 0 ? [run.Steps[0] with { Status = WorkflowStepStatus.Failed, StartedAt = scope.Now, FinishedAt = scope.Now, Error = loop }, .. run.Steps.Skip(1)] : run.Steps;
                Finish(scope, runs.Replace(run with { Steps = first }), WorkflowRunStatus.Failed);
            }
            else if (EarlierUnfinished(scope, run))
            {
                runs.Replace(run with { Status = WorkflowRunStatus.Waiting });
            }
            else
            {
                Advance(scope, run);
            }
        }
    }

    private bool ConditionsHold(TenantScope scope, JsonElement trigger, JsonElement item, WorkflowSubject subject)
    {
        if (!trigger.TryGetProperty("conditions", out var conditions) || conditions.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var resolve = WorkflowSubjects.Resolver(_api, scope, item, subject.Type);
        return conditions.EnumerateArray().All(c => WorkflowConditions.Evaluate(c, resolve).Holds);
    }

    // Whether an earlier run of the same workflow for the same subject is not finished yet.
    private static bool EarlierUnfinished(TenantScope scope, WorkflowRun run) =>
        scope.Collection<WorkflowRun>().Index(AutomationIndexes.RunsBySubject).OldestFirst(run.Subject.Id)
            .TakeWhile(r => r.Id != run.Id)
            .Any(r => r.WorkflowId == run.WorkflowId && !r.IsFinished);

    private void StartNextOfSubject(TenantScope scope, WorkflowRun finished)
    {
        var next = scope.Collection<WorkflowRun>().Index(AutomationIndexes.RunsBySubject).OldestFirst(finished.Subject.Id)
            .FirstOrDefault(r => r.WorkflowId == finished.WorkflowId && !r.IsFinished);
        if (next is { IsQueued: true })
        {
            Advance(scope, scope.Collection<WorkflowRun>().Replace(next with { Status = WorkflowRunStatus.Running, UpdatedAt = scope.Now }));
        }
    }

    // Executes the run's actions from its first unfinished step until it waits, calls out or finishes.
    private void Advance(TenantScope scope, WorkflowRun run)
    {
        var runs = scope.Collection<WorkflowRun>();
        while (true)
        {
            var step = run.Steps.FirstOrDefault(s => !s.IsFinal);
            if (step is null)
            {
                Finish(scope, run, WorkflowRunStatus.Succeeded);
                return;
            }

            if (run.Actions.ValueKind != JsonValueKind.Array || step.Index >= run.Actions.GetArrayLength())
            {
                // A run loaded from a seed file has no actions of its own to go on with.
                var missing = step with { Status = WorkflowStepStatus.Failed, StartedAt = scope.Now, FinishedAt = scope.Now, Error = new ApiError(ErrorCodes.InternalError, "The run has no actions to go on with.") };
                Finish(scope, runs.Replace(run with { Steps = Replace(run.Steps, missing) }), WorkflowRunStatus.Failed);
                return;
            }

            var action = run.Actions[step.Index];
            var started = step with { Status = WorkflowStepStatus.Running, StartedAt = step.StartedAt ?? scope.Now };
            switch (step.Type)
            {
                case "wait":
                    var duration = WorkflowConditions.Duration(WorkflowSubjects.Text(action, "duration")) ?? TimeSpan.Zero;
                    runs.Replace(run with { Status = WorkflowRunStatus.Waiting, ResumeAt = scope.Now + duration, Steps = Replace(run.Steps, started), UpdatedAt = scope.Now });
                    if (duration == TimeSpan.Zero)
                    {
                        Resume(scope);
                    }

                    return;
                case "call_webhook":
                    run = runs.Replace(run with { Steps = Replace(run.Steps, started), UpdatedAt = scope.Now });
                    Calls.Start(scope, run, step.Index, WorkflowSubjects.Text(action, "url") ?? string.Empty);
                    return;
            }

            var outcome = Execute(scope, run, action, step.Type);
            var done = started with
            {
                Status = outcome.Error is null ? WorkflowStepStatus.Succeeded : WorkflowStepStatus.Failed,
                FinishedAt = scope.Now,
                Result = outcome.Result,
                Error = outcome.Error,
            };
            run = runs.Find(run.Id)!;
            run = runs.Replace(run with { Steps = Replace(run.Steps, done), UpdatedAt = scope.Now });
            if (outcome.Error is not null)
            {
                Finish(scope, run, WorkflowRunStatus.Failed);
                return;
            }

            if (outcome.Skip)
            {
                Finish(scope, run, WorkflowRunStatus.Skipped);
                return;
            }
        }
    }

    private readonly record struct StepOutcome(WorkflowStepResult? Result, ApiError? Error, bool Skip);

    private StepOutcome Execute(TenantScope scope, WorkflowRun run, JsonElement action, string type)
    {
        var current = WorkflowSubjects.ReadNow(_api, scope, run.Subject) ?? EventObject(scope, run);
        var resolve = WorkflowSubjects.Resolver(_api, scope, current, run.Subject.Type);
        if (type == "check")
        {
            return new StepOutcome(null, null, !WorkflowConditions.Evaluate(action, resolve).Holds);
        }

        string Render(string name) => WorkflowSubjects.Text(action, name) is { } text ? WorkflowConditions.Render(text, resolve) : string.Empty;
        var subscriberId = WorkflowSubjects.SubscriberId(_api, scope, current);
        switch (type)
        {
            case "create_ticket":
                var ticket = new Dictionary<string, object?> { ["subject"] = Render("subject") };
                ticket["description"] = action.TryGetProperty("description", out _) ? Render("description") : ticket["subject"];
                if (WorkflowSubjects.Text(action, "priority") is { } priority)
                {
                    ticket["priority"] = priority;
                }

                if (subscriberId is not null)
                {
                    ticket["subscriber_id"] = subscriberId;
                    if (WorkflowSubjects.ServiceId(_api, scope, current) is { } serviceId)
                    {
                        ticket["service_id"] = serviceId;
                    }
                }

                return Outcome(_api.Invoke(scope, run.Id, "POST", "/api/v1/tickets", Compact(ticket)), "ticket");
        }

        if (subscriberId is null)
        {
            return new StepOutcome(null, new ApiError(ErrorCodes.ValidationError, $"The run's subject ({run.Subject.Type} {run.Subject.Id}) has no subscriber for a {type} action.", "subscriber_id"), false);
        }

        var path = $"/api/v1/subscribers/{Uri.EscapeDataString(subscriberId)}";
        switch (type)
        {
            case "suspend_subscriber":
                return Outcome(_api.Invoke(scope, run.Id, "POST", path + "/suspend", new Dictionary<string, object?> { ["reason"] = WorkflowSubjects.Text(action, "reason") }), "subscriber");
            case "reactivate_subscriber":
                return Outcome(_api.Invoke(scope, run.Id, "POST", path + "/reactivate"), "subscriber");
            case "suspend_services":
                return Services(scope, run, subscriberId, ServiceStatus.Active, "suspend", WorkflowSubjects.Text(action, "reason"));
            case "resume_services":
                return Services(scope, run, subscriberId, ServiceStatus.Suspended, "resume", WorkflowSubjects.Text(action, "reason"));
            case "send_notification":
                var notification = new Dictionary<string, object?>
                {
                    ["subscriber_id"] = subscriberId,
                    ["channel"] = WorkflowSubjects.Text(action, "channel"),
                    ["template"] = WorkflowSubjects.Text(action, "template"),
                };
                if (action.TryGetProperty("body", out _))
                {
                    notification["variables"] = new Dictionary<string, string> { ["body"] = Render("body") };
                }

                return Outcome(_api.Invoke(scope, run.Id, "POST", "/api/v1/notifications", Compact(notification)), "notification");
            case "add_invoice_fee":
                var amount = action.TryGetProperty("amount", out var value) && value.TryGetInt64(out var minor) ? minor : 0;
                var invoice = new Dictionary<string, object?>
                {
                    ["subscriber_id"] = subscriberId,
                    ["lines"] = new[] { new Dictionary<string, object?> { ["description"] = WorkflowSubjects.Text(action, "description"), ["quantity"] = 1, ["unit_amount"] = amount } },
                    ["finalize"] = true,
                };
                return Outcome(_api.Invoke(scope, run.Id, "POST", "/api/v1/invoices", invoice), "invoice");
            default:
                return new StepOutcome(null, new ApiError(ErrorCodes.ValidationError, $"This server cannot run an action of type '{type}'.", "type"), false);
        }
    }

    // suspend_services / resume_services: the service action on each service of the subscriber in the given status with no change in flight.
    private StepOutcome Services(TenantScope scope, WorkflowRun run, string subscriberId, ServiceStatus from, string verb, string? reason)
    {
        var services = scope.Collection<Service>().Index(SubscriberIndexes.ServicesBySubscriber).OldestFirst(subscriberId)
            .Where(s => s.Status == from && s.Transition is null)
            .Select(s => s.Id)
            .ToList();
        WorkflowStepResult? first = null;
        foreach (var serviceId in services)
        {
            var body = reason is null ? new Dictionary<string, object?>() : new Dictionary<string, object?> { ["reason"] = reason };
            var outcome = Outcome(_api.Invoke(scope, run.Id, "POST", $"/api/v1/services/{Uri.EscapeDataString(serviceId)}/{verb}", body), "provisioning_job");
            if (outcome.Error is not null)
            {
                return outcome with { Result = first };
            }

            first ??= outcome.Result;
        }

        return new StepOutcome(first, null, false);
    }

    private static StepOutcome Outcome(ApiResult result, string type)
    {
        if (!result.IsSuccess)
        {
            return new StepOutcome(null, result.Error ?? new ApiError(ErrorCodes.InternalError, "The action failed."), false);
        }

        return new StepOutcome(ApiInvoker.Data(result) is { } data && WorkflowSubjects.Text(data, "id") is { } id ? new WorkflowStepResult(type, id) : null, null, false);
    }

    private static Dictionary<string, object?> Compact(Dictionary<string, object?> body) =>
        body.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value);

    private static JsonElement EventObject(TenantScope scope, WorkflowRun run) =>
        scope.Collection<DomainEvent>().Find(run.EventId) is { } recorded ? WorkflowSubjects.Object(recorded) : WireJson.ToElement(new Dictionary<string, object> { ["id"] = run.Subject.Id });

    private void Finish(TenantScope scope, WorkflowRun run, WorkflowRunStatus status)
    {
        var finished = Close(scope, run, status);
        RecordRunEvent(scope, finished, $"workflow_run.{WireJson.Name(status)}");
        StartNextOfSubject(scope, finished);
    }

    // The run ends: unfinished steps are skipped (a running one too: a cancelled wait, an unanswered call).
    private static WorkflowRun Close(TenantScope scope, WorkflowRun run, WorkflowRunStatus status)
    {
        var steps = run.Steps.Select(s => s.IsFinal ? s : s with { Status = WorkflowStepStatus.Skipped, FinishedAt = s.StartedAt is null ? null : scope.Now }).ToList();
        return scope.Collection<WorkflowRun>().Replace(run with { Status = status, Steps = steps, ResumeAt = null, FinishedAt = scope.Now, UpdatedAt = scope.Now });
    }

    // workflow_run.* events are caused by the run itself: a workflow triggered by them is part of its chain.
    private static void RecordRunEvent(TenantScope scope, WorkflowRun run, string type)
    {
        var own = new TenantScope(scope.State, scope.Tenant, scope.Clock) { CausedBy = run.Id };
        own.RecordEvent(type, run);
        scope.Adopt(own.RecordedEvents);
    }

    private static List<WorkflowRunStep> Replace(IReadOnlyList<WorkflowRunStep> steps, WorkflowRunStep step) =>
        steps.Select(s => s.Index == step.Index ? step : s).ToList();
}
