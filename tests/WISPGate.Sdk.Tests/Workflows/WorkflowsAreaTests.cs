using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock.RequestBuilders;
using WISPGate.Sdk.Paging;
using WISPGate.Sdk.Serialization;
using WISPGate.Sdk.Support;
using WISPGate.Sdk.Tests.Infrastructure;
using WISPGate.Sdk.Tests.Support;
using WISPGate.Sdk.Workflows;

namespace WISPGate.Sdk.Tests.Workflows;

/// <summary>
/// Every workflow operation (workflows, runs, templates) over WireMock stubs, and the action / condition / trigger
/// unions: each known type round-trips through its typed record; an unknown type reads as <c>Unknown…</c> and writes
/// back byte for byte.
/// </summary>
public sealed class WorkflowsAreaTests
{
    internal const string Workflow = """{ "id": "wf_1", "name": "Dunning", "description": "Remind, wait 15 days, suspend if still unpaid.", "status": "disabled", "trigger": { "type": "event", "event_type": "invoice.overdue", "conditions": [{ "type": "field", "field": "status", "operator": "eq", "value": "open" }] }, "actions": [{ "type": "send_notification", "channel": "email", "template": "dunning_reminder" }, { "type": "wait", "duration": "P15D" }, { "type": "check", "field": "status", "operator": "eq", "value": "open" }, { "type": "suspend_subscriber", "reason": "non_payment" }, { "type": "suspend_services", "reason": "non_payment" }], "template_id": "dunning", "created_at": "2026-04-14T09:00:00Z", "updated_at": "2026-04-14T09:00:00Z", "last_run_at": null }""";
    internal const string CreatedWorkflow = """{ "id": "wf_1", "name": "Dunning", "description": null, "status": "disabled", "trigger": { "type": "event", "event_type": "invoice.overdue" }, "actions": [{ "type": "wait", "duration": "P15D" }], "template_id": "dunning", "secret": "whsec_0123456789abcdef", "created_at": "2026-04-14T09:00:00Z", "updated_at": "2026-04-14T09:00:00Z", "last_run_at": null }""";
    internal const string Run = """{ "id": "wfr_1", "workflow_id": "wf_1", "event_id": "evt_950", "subject": { "type": "invoice", "id": "inv_4" }, "status": "waiting", "depth": 0, "resume_at": "2026-05-29T00:00:00Z", "steps": [{ "index": 0, "type": "send_notification", "status": "succeeded", "started_at": "2026-05-14T00:00:00Z", "finished_at": "2026-05-14T00:00:00Z", "result": { "type": "notification", "id": "ntf_31" }, "error": null }, { "index": 1, "type": "wait", "status": "running", "started_at": "2026-05-14T00:00:00Z", "finished_at": null, "result": null, "error": null }], "created_at": "2026-05-14T00:00:00Z", "updated_at": "2026-05-14T00:00:00Z", "finished_at": null }""";
    internal const string FailedRun = """{ "id": "wfr_2", "workflow_id": "wf_1", "event_id": "evt_951", "subject": { "type": "invoice", "id": "inv_4" }, "status": "failed", "depth": 5, "steps": [{ "index": 0, "type": "suspend_subscriber", "status": "failed", "started_at": "2026-05-14T00:00:00Z", "finished_at": "2026-05-14T00:00:00Z", "result": null, "error": { "code": "workflow_loop", "message": "The chain of workflow runs reached depth 5." } }], "created_at": "2026-05-14T00:00:00Z", "updated_at": "2026-05-14T00:00:00Z", "finished_at": "2026-05-14T00:00:00Z" }""";
    internal const string TestResult = """{ "workflow_id": "wf_1", "event_id": "evt_950", "event_type": "invoice.overdue", "trigger_matched": true, "subject": { "type": "invoice", "id": "inv_4" }, "conditions": [{ "index": 0, "field": "status", "operator": "eq", "value": "open", "actual": "open", "holds": true }], "would_start": true, "steps": [{ "index": 0, "type": "check", "would_run": true, "check": { "index": 0, "field": "amount_due", "operator": "gt", "value": 0, "actual": 4900, "holds": true } }] }""";
    internal const string Template = """{ "id": "dunning", "name": "Dunning", "description": "Remind, wait 15 days, suspend if still unpaid.", "trigger": { "type": "event", "event_type": "invoice.overdue" }, "actions": [{ "type": "wait", "duration": "P15D" }] }""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<OperationCase> Operations => new()
    {
        new OperationCase("createWorkflow", "POST", "/api/v1/workflows", 201, CreatedWorkflow,
            async c => await c.Workflows.CreateAsync(new CreateWorkflowRequest { TemplateId = "dunning", Overrides = new WorkflowOverrides { Name = "Dunning" } }, cancellationToken: Ct),
            """{"template_id":"dunning","overrides":{"name":"Dunning"}}""",
            result => ((Workflow)result).Secret.Should().Be("whsec_0123456789abcdef", "the create response is the one that carries the secret")),
        new OperationCase("createWorkflow", "POST", "/api/v1/workflows", 201, CreatedWorkflow,
            async c => await c.Workflows.CreateAsync(new CreateWorkflowRequest
            {
                Name = "Late fee",
                Status = WorkflowStatus.Enabled,
                Trigger = new WorkflowEventTrigger { EventType = "invoice.overdue", Conditions = [new WorkflowFieldCondition { Field = "amount_due", Operator = WorkflowConditionOperator.Gt, Value = 0 }] },
                Actions = [new WorkflowAddInvoiceFeeAction { Description = "Late fee", Amount = 500 }, new WorkflowCallWebhookAction { Url = "https://crm.example/late" }],
            }, cancellationToken: Ct),
            """{"name":"Late fee","status":"enabled","trigger":{"type":"event","event_type":"invoice.overdue","conditions":[{"type":"field","field":"amount_due","operator":"gt","value":0}]},"actions":[{"type":"add_invoice_fee","description":"Late fee","amount":500},{"type":"call_webhook","url":"https://crm.example/late"}]}"""),
        new OperationCase("getWorkflow", "GET", "/api/v1/workflows/wf_1", 200, Workflow,
            async c => await c.Workflows.GetAsync("wf_1", cancellationToken: Ct), null,
            result => ((Workflow)result).Actions.Select(action => action.GetType()).Should().Equal(
                typeof(WorkflowSendNotificationAction), typeof(WorkflowWaitAction), typeof(WorkflowCheckAction), typeof(WorkflowSuspendSubscriberAction), typeof(WorkflowSuspendServicesAction))),
        new OperationCase("updateWorkflow", "PATCH", "/api/v1/workflows/wf_1", 200, Workflow,
            async c => await c.Workflows.UpdateAsync("wf_1", new UpdateWorkflowRequest { Description = null, Actions = [new WorkflowWaitAction { Duration = "P10D" }, new WorkflowReactivateSubscriberAction()] }, cancellationToken: Ct),
            """{"description":null,"actions":[{"type":"wait","duration":"P10D"},{"type":"reactivate_subscriber"}]}"""),
        new OperationCase("deleteWorkflow", "DELETE", "/api/v1/workflows/wf_1", 204, null,
            async c => await c.Workflows.DeleteAsync("wf_1", cancellationToken: Ct), null),
        new OperationCase("enableWorkflow", "POST", "/api/v1/workflows/wf_1/enable", 200, Workflow.Replace("\"disabled\"", "\"enabled\"", StringComparison.Ordinal),
            async c => await c.Workflows.EnableAsync("wf_1", cancellationToken: Ct), null,
            result => ((Workflow)result).Status.Should().Be(WorkflowStatus.Enabled)),
        new OperationCase("disableWorkflow", "POST", "/api/v1/workflows/wf_1/disable", 200, Workflow,
            async c => await c.Workflows.DisableAsync("wf_1", cancellationToken: Ct), null,
            result => ((Workflow)result).Status.Should().Be(WorkflowStatus.Disabled)),
        new OperationCase("testWorkflow", "POST", "/api/v1/workflows/wf_1/test", 200, TestResult,
            async c => await c.Workflows.TestAsync("wf_1", new TestWorkflowRequest { EventId = "evt_950" }, cancellationToken: Ct),
            """{"event_id":"evt_950"}""",
            result => ((WorkflowTestResult)result).Should().Match<WorkflowTestResult>(test => test.WouldStart && test.Steps.Single().Check!.Actual!.GetValue<int>() == 4900)),
        new OperationCase("testWorkflow", "POST", "/api/v1/workflows/wf_1/test", 200, TestResult,
            async c => await c.Workflows.TestAsync("wf_1", new TestWorkflowRequest { Event = new WorkflowTestEvent { Type = "invoice.overdue", Data = new EventData { RawObject = JsonDocument.Parse("""{"id":"inv_4","status":"open"}""").RootElement } } }, cancellationToken: Ct),
            """{"event":{"type":"invoice.overdue","data":{"object":{"id":"inv_4","status":"open"}}}}"""),
        new OperationCase("getWorkflowRun", "GET", "/api/v1/workflow-runs/wfr_1", 200, Run,
            async c => await c.WorkflowRuns.GetAsync("wfr_1", cancellationToken: Ct), null,
            result => ((WorkflowRun)result).Should().Match<WorkflowRun>(run => run.Status == WorkflowRunStatus.Waiting && run.Steps[0].Result!.Id == "ntf_31" && run.Steps[1].Status == WorkflowStepStatus.Running)),
        new OperationCase("getWorkflowRun", "GET", "/api/v1/workflow-runs/wfr_2", 200, FailedRun,
            async c => await c.WorkflowRuns.GetAsync("wfr_2", cancellationToken: Ct), null,
            result => ((WorkflowRun)result).Steps.Single().Error!.Code.Should().Be("workflow_loop", "a failed step records the API error it got")),
        new OperationCase("cancelWorkflowRun", "POST", "/api/v1/workflow-runs/wfr_1/cancel", 200, Run.Replace("\"waiting\"", "\"cancelled\"", StringComparison.Ordinal),
            async c => await c.WorkflowRuns.CancelAsync("wfr_1", cancellationToken: Ct), null,
            result => ((WorkflowRun)result).Status.Should().Be(WorkflowRunStatus.Cancelled)),
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public Task Each_operation_sends_its_method_path_and_body_and_reads_its_result(OperationCase operation) =>
        OperationCases.RunAsync(operation);

    [Fact]
    public async Task List_operations_send_their_filters_limit_and_cursor()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/v1/workflows").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Workflow], "cur_next", hasMore: true, limit: 10)));
        harness.Server.Given(Request.Create().WithPath("/api/v1/workflow-runs").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Run], null, hasMore: false)));
        harness.Server.Given(Request.Create().WithPath("/api/v1/workflow-templates").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Template], null, hasMore: false)));
        var client = harness.Client;
        var april = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

        var workflows = await client.Workflows.ListAsync(new WorkflowListOptions { Status = [WorkflowStatus.Enabled], EventType = "invoice.overdue", TemplateId = "dunning", CreatedAfter = april, Limit = 10, Cursor = "cur_1" }, cancellationToken: Ct);
        var runs = await client.WorkflowRuns.ListAsync(new WorkflowRunListOptions { WorkflowId = "wf_1", Status = [WorkflowRunStatus.Waiting, WorkflowRunStatus.Running], SubjectId = "inv_4", CreatedBefore = april }, cancellationToken: Ct);
        var templates = await client.WorkflowTemplates.ListAsync(new ListOptions { Limit = 4 }, cancellationToken: Ct);

        workflows.Should().Match<Page<Workflow>>(page => page.HasMore && page.NextCursor == "cur_next");
        runs.Items.Single().Subject.Id.Should().Be("inv_4");
        templates.Items.Single().Id.Should().Be("dunning");

        var requests = harness.Requests;
        string[] operationIds = ["listWorkflows", "listWorkflowRuns", "listWorkflowTemplates"];
        for (var i = 0; i < operationIds.Length; i++)
        {
            OperationCases.ShouldBeTheCatalogOperation(requests[i].Method, requests[i].Path, operationIds[i]);
        }

        Query(requests[0]).Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["status"] = "enabled",
            ["event_type"] = "invoice.overdue",
            ["template_id"] = "dunning",
            ["created_after"] = "2026-04-01T00:00:00Z",
            ["limit"] = "10",
            ["cursor"] = "cur_1",
        });
        Query(requests[1]).Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["workflow_id"] = "wf_1",
            ["status"] = "waiting,running",
            ["subject_id"] = "inv_4",
            ["created_before"] = "2026-04-01T00:00:00Z",
        });
        Query(requests[2]).Should().BeEquivalentTo(new Dictionary<string, string> { ["limit"] = "4" });
    }

    public static TheoryData<string, string, string, Func<IWispGateClient, IAsyncEnumerable<object>>> ListAllOperations => new()
    {
        { "/api/v1/workflows", Workflow, Workflow.Replace("wf_1", "wf_2", StringComparison.Ordinal), c => c.Workflows.ListAllAsync(new() { Limit = 1 }, cancellationToken: Ct) },
        { "/api/v1/workflow-runs", Run, Run.Replace("wfr_1", "wfr_2", StringComparison.Ordinal), c => c.WorkflowRuns.ListAllAsync(new() { Limit = 1 }, cancellationToken: Ct) },
        { "/api/v1/workflow-templates", Template, Template.Replace("dunning", "reactivation", StringComparison.Ordinal), c => c.WorkflowTemplates.ListAllAsync(new() { Limit = 1 }, cancellationToken: Ct) },
    };

    [Theory]
    [MemberData(nameof(ListAllOperations))]
    public Task ListAll_walks_every_page(string path, string first, string second, Func<IWispGateClient, IAsyncEnumerable<object>> listAll) =>
        OperationCases.ListAllWalksPagesAsync(path, first, second, listAll);

    /// <summary>One JSON object per known action type, with every property it has.</summary>
    private static readonly (string Json, Type Type)[] s_knownActions =
    [
        ("""{"type":"wait","duration":"P15D"}""", typeof(WorkflowWaitAction)),
        ("""{"type":"check","field":"status","operator":"in","value":["open","draft"]}""", typeof(WorkflowCheckAction)),
        ("""{"type":"suspend_subscriber","reason":"non_payment"}""", typeof(WorkflowSuspendSubscriberAction)),
        ("""{"type":"reactivate_subscriber"}""", typeof(WorkflowReactivateSubscriberAction)),
        ("""{"type":"suspend_services","reason":"non_payment"}""", typeof(WorkflowSuspendServicesAction)),
        ("""{"type":"resume_services","reason":"paid"}""", typeof(WorkflowResumeServicesAction)),
        ("""{"type":"send_notification","channel":"sms","template":"dunning_reminder","body":"Invoice {{number}} is overdue."}""", typeof(WorkflowSendNotificationAction)),
        ("""{"type":"create_ticket","subject":"Call about invoice","description":"Overdue 30 days.","priority":"high"}""", typeof(WorkflowCreateTicketAction)),
        ("""{"type":"add_invoice_fee","description":"Late fee","amount":500}""", typeof(WorkflowAddInvoiceFeeAction)),
        ("""{"type":"call_webhook","url":"https://crm.example/dunning"}""", typeof(WorkflowCallWebhookAction)),
    ];

    public static TheoryData<string, Type> KnownActions
    {
        get
        {
            var data = new TheoryData<string, Type>();
            foreach (var (json, type) in s_knownActions)
            {
                data.Add(json, type);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(KnownActions))]
    public void Every_known_action_type_reads_as_its_record_and_writes_back_unchanged(string json, Type expected)
    {
        var action = JsonSerializer.Deserialize(json, WispGateJsonContext.Default.WorkflowAction);

        action.Should().BeOfType(expected);
        action!.Type.Should().Be(JsonNode.Parse(json)!["type"]!.GetValue<string>());
        JsonSerializer.Serialize(action, WispGateJson.Options.GetTypeInfo(typeof(WorkflowAction))).Should().Be(json);
    }

    [Fact]
    public void Every_action_type_of_the_contract_has_its_record()
    {
        var contractTypes = WISPGate.Sdk.Tests.DriftGuard.OpenApiContract.Schemas["WorkflowAction"]!["discriminator"]!["mapping"]!.AsObject()
            .Select(pair => (pair.Key, Schema: pair.Value!.GetValue<string>().Split('/')[^1]));
        var tested = s_knownActions.Select(row => row.Type.Name);

        contractTypes.Select(pair => pair.Schema).Should().BeEquivalentTo(tested, "every action type of the contract is typed and round-trip tested");
    }

    [Fact]
    public void Known_conditions_and_triggers_read_as_their_records_and_write_back_unchanged()
    {
        const string trigger = """{"type":"event","event_type":"invoice.overdue","conditions":[{"type":"field","field":"amount_due","operator":"gte","value":100},{"type":"field","field":"subscriber_id","operator":"exists"}]}""";

        var read = JsonSerializer.Deserialize(trigger, WispGateJsonContext.Default.WorkflowTrigger);

        var eventTrigger = read.Should().BeOfType<WorkflowEventTrigger>().Subject;
        eventTrigger.KnownEventType.Should().Be(EventType.InvoiceOverdue);
        eventTrigger.Conditions.Should().AllBeOfType<WorkflowFieldCondition>();
        ((WorkflowFieldCondition)eventTrigger.Conditions![0]).Value!.GetValue<int>().Should().Be(100);
        JsonSerializer.Serialize(read, WispGateJsonContext.Default.WorkflowTrigger).Should().Be(trigger);
    }

    [Fact]
    public void An_unknown_action_condition_or_trigger_reads_as_Unknown_and_writes_back_byte_for_byte()
    {
        // Whitespace and property order as a newer server might send them: written back exactly as received.
        const string workflow = """{ "id": "wf_9", "name": "Future", "status": "enabled", "trigger": {"type": "schedule", "cron": "0 3 * * *", "conditions": [ {"type":"field"} ]}, "actions": [ { "type" : "wait", "duration": "P1D" }, {"amount": 3, "type": "send_postcard", "address": { "city": "Graz" } } ], "created_at": "2026-04-14T09:00:00Z", "updated_at": "2026-04-14T09:00:00Z" }""";

        var read = JsonSerializer.Deserialize(workflow, WispGateJsonContext.Default.Workflow)!;

        var trigger = read.Trigger.Should().BeOfType<UnknownWorkflowTrigger>().Subject;
        trigger.Type.Should().Be("schedule");
        trigger.RawJson.Should().Be("""{"type": "schedule", "cron": "0 3 * * *", "conditions": [ {"type":"field"} ]}""");
        read.Actions[0].Should().BeOfType<WorkflowWaitAction>();
        var postcard = read.Actions[1].Should().BeOfType<UnknownWorkflowAction>().Subject;
        postcard.Type.Should().Be("send_postcard");
        postcard.Raw.GetProperty("address").GetProperty("city").GetString().Should().Be("Graz");
        var condition = JsonSerializer.Deserialize("""{"type":"regex","field":"email","pattern":".*"}""", WispGateJsonContext.Default.WorkflowCondition);
        condition.Should().BeOfType<UnknownWorkflowCondition>().Which.Type.Should().Be("regex");

        JsonSerializer.Serialize(read.Actions[1], WispGateJsonContext.Default.WorkflowAction)
            .Should().Be("""{"amount": 3, "type": "send_postcard", "address": { "city": "Graz" } }""");
        JsonSerializer.Serialize(read.Trigger, WispGateJsonContext.Default.WorkflowTrigger).Should().Be(trigger.RawJson);
        JsonSerializer.Serialize(condition, WispGateJsonContext.Default.WorkflowCondition).Should().Be("""{"type":"regex","field":"email","pattern":".*"}""");

        // Changing a workflow read with an unknown action sends that action back untouched.
        var patch = new UpdateWorkflowRequest { Actions = [.. read.Actions, new WorkflowReactivateSubscriberAction()] };
        JsonSerializer.Serialize(patch, WispGateJson.Options.GetTypeInfo(typeof(UpdateWorkflowRequest))).Should().Be(
            """{"actions":[{"type":"wait","duration":"P1D"},{"amount": 3, "type": "send_postcard", "address": { "city": "Graz" } },{"type":"reactivate_subscriber"}]}""");
    }

    [Fact]
    public void A_known_action_type_in_a_shape_this_SDK_cannot_read_is_kept_as_Unknown_instead_of_failing()
    {
        const string json = """{"type":"wait","duration":{"days":15}}""";

        var action = JsonSerializer.Deserialize(json, WispGateJsonContext.Default.WorkflowAction);

        action.Should().BeOfType<UnknownWorkflowAction>().Which.Type.Should().Be("wait");
        JsonSerializer.Serialize(action, WispGateJsonContext.Default.WorkflowAction).Should().Be(json);
    }

    [Fact]
    public void An_action_that_is_not_an_object_is_malformed_json()
    {
        var read = () => JsonSerializer.Deserialize("\"wait\"", WispGateJsonContext.Default.WorkflowAction);

        read.Should().Throw<JsonException>();
    }

    [Fact]
    public void An_event_caused_by_a_workflow_run_names_it_and_a_workflow_run_event_reads_its_run()
    {
        var json = $$"""{ "id": "evt_1", "type": "workflow_run.skipped", "created_at": "2026-05-24T00:00:00Z", "tenant_id": "tenant_demo_001", "data": { "object": {{Run}} }, "caused_by": { "workflow_run_id": "wfr_0" } }""";

        var evt = JsonSerializer.Deserialize(json, WispGateJsonContext.Default.Event)!;

        evt.KnownType.Should().Be(EventType.WorkflowRunSkipped);
        evt.CausedBy!.WorkflowRunId.Should().Be("wfr_0");
        evt.Data.Object.Should().BeOfType<WorkflowRun>().Which.Id.Should().Be("wfr_1");
        JsonSerializer.Deserialize(SupportAreaTests.SubscriberEvent, WispGateJsonContext.Default.Event)!.CausedBy.Should().BeNull("an API call has no cause");
    }

    private static Dictionary<string, string> Query(WireMock.IRequestMessage request) =>
        request.Query!.ToDictionary(pair => pair.Key, pair => string.Join(",", pair.Value));
}
