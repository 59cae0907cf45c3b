using System.Net;
using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.Sdk.Support;
using WISPGate.Sdk.Workflows;

namespace WISPGate.IntegrationTests.Conformance;

/// <summary>Every workflow operation (templates, workflows, runs) through the SDK, with typed results.</summary>
public sealed class WorkflowsConformanceTests
{
    [Fact]
    public async Task Every_workflow_run_and_template_operation_answers_typed_results()
    {
        await using var harness = await SdkAgainstMock.StartAsync();
        await WalkAsync(harness, TestContext.Current.CancellationToken);
    }

    internal static async Task WalkAsync(SdkAgainstMock harness, CancellationToken ct)
    {
        var client = harness.Client;

        var templates = await client.WorkflowTemplates.ListAsync(cancellationToken: ct);
        var dunningTemplate = templates.Items.Should().Contain(t => t.Id == "dunning").Which;
        dunningTemplate.Trigger.Should().BeOfType<WorkflowEventTrigger>().Which.KnownEventType.Should().Be(EventType.InvoiceOverdue);
        dunningTemplate.Actions.Should().Contain(a => a is WorkflowWaitAction).And.NotContain(a => a is UnknownWorkflowAction, "this SDK knows every action of the built-in templates");
        var allTemplates = new List<WorkflowTemplate>();
        await foreach (var template in client.WorkflowTemplates.ListAllAsync(new() { Limit = 1 }, cancellationToken: ct))
        {
            allTemplates.Add(template);
        }

        allTemplates.Select(t => t.Id).Should().BeEquivalentTo(templates.Items.Select(t => t.Id));

        var name = Unique.Id("Dunning");
        var created = await client.Workflows.CreateAsync(new CreateWorkflowRequest { TemplateId = "dunning", Overrides = new WorkflowOverrides { Name = name } }, cancellationToken: ct);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var workflow = created.Data;
        workflow.Should().Match<Workflow>(w => w.Name == name && w.Status == WorkflowStatus.Disabled && w.TemplateId == "dunning" && w.Secret != null);
        workflow.Actions.Select(a => a.Type).Should().Equal(dunningTemplate.Actions.Select(a => a.Type));
        (await client.Workflows.GetAsync(workflow.Id, cancellationToken: ct)).Data.Secret.Should().BeNull("the secret is shown once");
        (await client.Workflows.ListAsync(new WorkflowListOptions { TemplateId = "dunning", EventType = "invoice.overdue" }, cancellationToken: ct)).Items.Should().Contain(w => w.Id == workflow.Id);
        (await client.Workflows.UpdateAsync(workflow.Id, new UpdateWorkflowRequest { Description = "Through the SDK." }, cancellationToken: ct)).Data.Description.Should().Be("Through the SDK.");
        (await client.Workflows.EnableAsync(workflow.Id, cancellationToken: ct)).Data.Status.Should().Be(WorkflowStatus.Enabled);
        (await client.Workflows.DisableAsync(workflow.Id, cancellationToken: ct)).Data.Status.Should().Be(WorkflowStatus.Disabled);
        var dryRun = await client.Workflows.TestAsync(workflow.Id, new TestWorkflowRequest
        {
            Event = new WorkflowTestEvent { Type = "invoice.overdue", Data = new EventData { RawObject = System.Text.Json.JsonDocument.Parse("""{"id":"inv_dry_run","status":"open"}""").RootElement } },
        }, cancellationToken: ct);
        dryRun.Data.Should().Match<WorkflowTestResult>(test => test.WorkflowId == workflow.Id && test.TriggerMatched && test.WouldStart);
        dryRun.Data.Conditions.Should().OnlyContain(condition => condition.Holds);

        // A run to read and cancel: an enabled workflow that waits a day after each ticket it sees.
        var waiter = (await client.Workflows.CreateAsync(new CreateWorkflowRequest
        {
            Name = Unique.Id("Ticket waiter"),
            Status = WorkflowStatus.Enabled,
            Trigger = new WorkflowEventTrigger { EventType = "ticket.created", Conditions = [new WorkflowFieldCondition { Field = "subject", Operator = WorkflowConditionOperator.Eq, Value = "Workflow walk" }] },
            Actions = [new WorkflowWaitAction { Duration = "P1D" }, new WorkflowCreateTicketAction { Subject = "Follow-up" }],
        }, cancellationToken: ct)).Data;
        var ticket = (await client.Tickets.CreateAsync(new CreateTicketRequest { Subject = "Workflow walk", Description = "Starts a run.", SubscriberId = "sub_000178" }, cancellationToken: ct)).Data;
        var runs = await Poll.UntilAsync(
            () => client.WorkflowRuns.ListAsync(new WorkflowRunListOptions { WorkflowId = waiter.Id, SubjectId = ticket.Id }, cancellationToken: ct),
            page => page.Items.Count == 1, ct);
        var run = runs.Items[0];
        run.Should().Match<WorkflowRun>(r => r.Status == WorkflowRunStatus.Waiting && r.ResumeAt != null && r.Subject.Type == "ticket");
        (await client.WorkflowRuns.GetAsync(run.Id, cancellationToken: ct)).Data.Steps.Select(s => s.Status).Should().Equal(WorkflowStepStatus.Running, WorkflowStepStatus.Pending);
        var runIds = new List<string>();
        await foreach (var listed in client.WorkflowRuns.ListAllAsync(new WorkflowRunListOptions { Status = [WorkflowRunStatus.Waiting], Limit = 1 }, cancellationToken: ct))
        {
            runIds.Add(listed.Id);
        }

        runIds.Should().Contain(run.Id);
        var cancelled = await client.WorkflowRuns.CancelAsync(run.Id, cancellationToken: ct);
        cancelled.Data.Should().Match<WorkflowRun>(r => r.Status == WorkflowRunStatus.Cancelled && r.FinishedAt != null);

        var allWorkflows = new List<string>();
        await foreach (var listed in client.Workflows.ListAllAsync(new WorkflowListOptions { Status = [WorkflowStatus.Enabled], Limit = 2 }, cancellationToken: ct))
        {
            allWorkflows.Add(listed.Id);
        }

        allWorkflows.Should().Contain(waiter.Id).And.NotContain(workflow.Id);
        (await client.Workflows.DeleteAsync(waiter.Id, cancellationToken: ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await client.Workflows.DeleteAsync(workflow.Id, cancellationToken: ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
    }
}
