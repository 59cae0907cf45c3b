using System.Text;
using WISPGate.MockServer.Tests.Billing;

namespace WISPGate.MockServer.Tests.Automation;

/// <summary>
/// The guarantees of the design page, each shown over HTTP: one run per (workflow, event) however often the event is
/// seen; runs of one subject in event order; the loop guard (a workflow never triggers itself again, a chain stops at
/// depth 5 with <c>workflow_loop</c>); a failing action fails the run with the API error it got; cancel stops a waiting
/// run; disable stops new runs while started ones finish; and the dry run changes nothing.
/// </summary>
public sealed class WorkflowGuaranteeTests
{
    private static readonly object[] TicketAction = [new { type = "create_ticket", subject = "Changed: {{full_name}}" }];

    [Fact]
    public async Task An_event_seen_again_or_a_replayed_request_starts_no_second_run()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var automation = new AutomationApi(api);
        var workflow = await automation.EnabledAsync("subscriber.created", TicketAction);
        var key = Keys.Idempotency("create-once");
        var body = new { full_name = "Jane Doe", status = "active", external_id = "crm-once" };

        var first = await api.PostAsync("/api/v1/subscribers", body, key);
        var replayed = await api.PostAsync("/api/v1/subscribers", body, key);
        var created = (await api.GetAsync("/api/v1/events?type=subscriber.created")).Data.EnumerateArray().Single().Text("id");
        for (var seen = 0; seen < 2; seen++)
        {
            using var replay = await api.Http.PostAsync(
                "/__admin/wispgate/events/replay",
                new StringContent($$"""{"event_id":"{{created}}"}""", Encoding.UTF8, "application/json"),
                TestContext.Current.CancellationToken);
            replay.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        first.Status.Should().Be(HttpStatusCode.Created);
        replayed.Header("X-Idempotent-Replayed").Should().Be("true");
        var run = await automation.SingleRunAsync(workflow);
        run.Text("event_id").Should().Be(created);
        run.Text("status").Should().Be("succeeded");
        (await api.GetAsync($"/api/v1/tickets?subscriber_id={first.DataString("id")}")).Ids.Should().ContainSingle("the action ran once");
    }

    [Fact]
    public async Task Runs_of_one_workflow_for_one_subject_run_in_event_order()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var automation = new AutomationApi(api);
        var workflow = await automation.EnabledAsync("subscriber.updated", [new { type = "wait", duration = "PT1H" }, .. TicketAction]);
        var subscriber = await automation.SubscriberAsync();

        await api.PatchAsync($"/api/v1/subscribers/{subscriber}", new { full_name = "First Name" });
        server.Clock.Advance(TimeSpan.FromMinutes(10));
        await api.PatchAsync($"/api/v1/subscribers/{subscriber}", new { full_name = "Second Name" });
        var before = (await automation.RunsAsync("workflow_id=" + workflow)).Reverse().ToList();
        server.Clock.Advance(TimeSpan.FromMinutes(50));   // the first run's wait is over; the second starts now
        var between = (await automation.RunsAsync("workflow_id=" + workflow)).Reverse().ToList();
        server.Clock.Advance(TimeSpan.FromHours(1));
        var after = (await automation.RunsAsync("workflow_id=" + workflow)).Reverse().ToList();

        before.Select(r => r.Text("status")).Should().Equal("waiting", "waiting");
        before[0].Text("resume_at").Should().Be("2026-04-13T11:21:00Z");
        before[1].TryGetProperty("resume_at", out _).Should().BeFalse("the second run waits behind the first, not at its own wait");
        before[1].Items("steps").Select(s => s.Text("status")).Should().Equal("pending", "pending");
        between.Select(r => r.Text("status")).Should().Equal("succeeded", "waiting");
        between[1].Text("resume_at").Should().Be("2026-04-13T12:21:00Z", "its wait started when the first run finished");
        after.Select(r => r.Text("status")).Should().Equal("succeeded", "succeeded");
        string.CompareOrdinal(after[1].Items("steps")[0].Text("started_at"), after[0].Text("finished_at")).Should().BeGreaterThanOrEqualTo(0);
        var tickets = (await api.GetAsync($"/api/v1/tickets?subscriber_id={subscriber}")).Data.EnumerateArray().Reverse().ToList();
        tickets.Select(t => t.Text("created_at")).Should().Equal("2026-04-13T11:21:00Z", "2026-04-13T12:21:00Z");
    }

    [Fact]
    public async Task A_workflow_whose_action_emits_its_own_trigger_event_runs_once()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var automation = new AutomationApi(api);
        var workflow = await automation.EnabledAsync("ticket.created", [new { type = "create_ticket", subject = "Echo of {{subject}}" }]);

        var ticket = await api.PostAsync("/api/v1/tickets", new { subject = "Outage", description = "Tower 3 is down." });

        var run = await automation.SingleRunAsync(workflow);
        run.Text("status").Should().Be("succeeded");
        run.Long("depth").Should().Be(0);
        var created = await automation.EventsAsync("type=ticket.created");
        created.Should().HaveCount(2);
        created[0].Should().Be(("ticket.created", ticket.DataString("id"), (string?)null));
        created[1].CausedBy.Should().Be(run.Text("id"), "the echo was made by the run, and started no run of the same workflow");
        (await automation.GetAsync($"/api/v1/tickets/{created[1].ObjectId}")).Text("subject").Should().Be("Echo of Outage");
    }

    [Fact]
    public async Task A_chain_of_workflows_stops_at_depth_5_with_a_failed_workflow_loop_step()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var automation = new AutomationApi(api);
        var chain = new List<string>();
        for (var level = 0; level <= 5; level++)
        {
            chain.Add(await automation.EnabledAsync(
                "ticket.created",
                [new { type = "create_ticket", subject = $"L{level + 1}" }],
                [new { type = "field", field = "subject", @operator = "eq", value = $"L{level}" }]));
        }

        await api.PostAsync("/api/v1/tickets", new { subject = "L0", description = "The first link." });

        var runs = new List<JsonElement>();
        foreach (var workflow in chain)
        {
            runs.Add(await automation.SingleRunAsync(workflow));
        }

        runs.Select(r => r.Long("depth")).Should().Equal(0, 1, 2, 3, 4, 5);
        runs.Take(5).Select(r => r.Text("status")).Should().AllBe("succeeded");
        runs[5].Text("status").Should().Be("failed");
        var stopped = runs[5].Items("steps").Single();
        stopped.Text("status").Should().Be("failed");
        stopped.GetProperty("error").Text("code").Should().Be("workflow_loop");
        stopped.TryGetProperty("result", out _).Should().BeFalse("the action never ran");
        var subjects = (await api.GetAsync("/api/v1/tickets?q=L&limit=100")).Data.EnumerateArray().Select(t => t.Text("subject")).ToList();
        subjects.Should().BeEquivalentTo(["L0", "L1", "L2", "L3", "L4", "L5"], "the sixth link's ticket is never made");
        (await automation.EventsAsync("type=workflow_run.failed")).Select(e => e.ObjectId).Should().Equal(runs[5].Text("id"));
    }

    [Fact]
    public async Task A_failing_action_fails_the_run_with_the_API_error_the_operation_gives()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var automation = new AutomationApi(api);
        var workflow = await automation.EnabledAsync("subscriber.updated", [new { type = "suspend_subscriber", reason = "non_payment" }, .. TicketAction]);
        var prospect = (await api.PostAsync("/api/v1/subscribers", new { full_name = "Pat Prospect", status = "prospect" })).DataString("id");

        await api.PatchAsync($"/api/v1/subscribers/{prospect}", new { phone = "+15550009999" });
        var run = await automation.SingleRunAsync(workflow);
        var direct = await api.PostAsync($"/api/v1/subscribers/{prospect}/suspend", new { reason = "non_payment" });

        run.Text("status").Should().Be("failed");
        var steps = run.Items("steps");
        steps.Select(s => s.Text("status")).Should().Equal("failed", "skipped");
        direct.Status.Should().Be(HttpStatusCode.Conflict);
        steps[0].GetProperty("error").Text("code").Should().Be(direct.ErrorCode).And.Be("invalid_state_transition");
        steps[0].GetProperty("error").Text("message").Should().Be(direct.Error.Text("message"));
        (await automation.EventsAsync("type=workflow_run.failed")).Select(e => e.ObjectId).Should().Equal(run.Text("id"));
        (await api.GetAsync($"/api/v1/tickets?subscriber_id={prospect}")).Ids.Should().BeEmpty("the steps after a failed one never run");
    }

    [Fact]
    public async Task Cancel_stops_a_waiting_run_and_a_finished_run_cannot_be_cancelled()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var automation = new AutomationApi(api);
        var workflow = await automation.EnabledAsync("subscriber.updated", [new { type = "wait", duration = "P1D" }, .. TicketAction]);
        var subscriber = await automation.SubscriberAsync();
        await api.PatchAsync($"/api/v1/subscribers/{subscriber}", new { full_name = "Jane Q. Doe" });
        var run = (await automation.SingleRunAsync(workflow)).Text("id");

        var cancelled = await api.PostAsync($"/api/v1/workflow-runs/{run}/cancel");
        server.Clock.Advance(TimeSpan.FromDays(2));
        var again = await api.PostAsync($"/api/v1/workflow-runs/{run}/cancel");

        cancelled.Status.Should().Be(HttpStatusCode.OK);
        cancelled.Data.Text("status").Should().Be("cancelled");
        cancelled.Data.TryGetProperty("resume_at", out _).Should().BeFalse();
        cancelled.Data.Items("steps").Select(s => s.Text("status")).Should().Equal("skipped", "skipped");
        (await automation.GetAsync($"/api/v1/workflow-runs/{run}")).Text("status").Should().Be("cancelled", "the clock passing resume_at does not wake it");
        (await api.GetAsync($"/api/v1/tickets?subscriber_id={subscriber}")).Ids.Should().BeEmpty();
        again.Status.Should().Be(HttpStatusCode.Conflict);
        again.ErrorCode.Should().Be("invalid_state_transition");
    }

    [Fact]
    public async Task Disabling_a_workflow_stops_new_runs_but_lets_a_started_run_finish()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var automation = new AutomationApi(api);
        var workflow = await automation.EnabledAsync("subscriber.updated", [new { type = "wait", duration = "PT1H" }, .. TicketAction]);
        var subscriber = await automation.SubscriberAsync();
        await api.PatchAsync($"/api/v1/subscribers/{subscriber}", new { full_name = "Jane Q. Doe" });

        var disabled = await api.PostAsync($"/api/v1/workflows/{workflow}/disable");
        await api.PatchAsync($"/api/v1/subscribers/{subscriber}", new { full_name = "Jane R. Doe" });
        server.Clock.Advance(TimeSpan.FromHours(2));

        disabled.Data.Text("status").Should().Be("disabled");
        var run = await automation.SingleRunAsync(workflow);
        run.Text("status").Should().Be("succeeded", "the run started before disabling finished");
        (await api.GetAsync($"/api/v1/tickets?subscriber_id={subscriber}")).Ids.Should().ContainSingle();
        (await automation.EventsAsync("type=subscriber.updated")).Should().HaveCount(2, "the second change happened, and started nothing");
    }

    [Fact]
    public async Task The_dry_run_reports_conditions_and_steps_and_changes_nothing()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var automation = new AutomationApi(api);
        var workflow = (await automation.CreateAsync(new
        {
            name = "Disabled rule",
            trigger = new { type = "event", event_type = "subscriber.updated", conditions = new object[] { new { type = "field", field = "status", @operator = "eq", value = "active" } } },
            actions = new object[]
            {
                new { type = "send_notification", channel = "email", template = "changed", body = "Hi {{full_name}}" },
                new { type = "check", field = "subscriber.status", @operator = "eq", value = "suspended" },
                new { type = "suspend_subscriber", reason = "never" },
            },
        })).Text("id");
        var subscriber = await automation.SubscriberAsync();
        await api.PatchAsync($"/api/v1/subscribers/{subscriber}", new { full_name = "Jane Q. Doe" });
        var eventId = EventId(await api.GetAsync("/api/v1/events?type=subscriber.updated"));
        var before = await SnapshotAsync(api, subscriber);

        var recorded = await api.PostAsync($"/api/v1/workflows/{workflow}/test", new { event_id = eventId });
        var inline = await api.PostAsync($"/api/v1/workflows/{workflow}/test", new
        {
            @event = new { type = "subscriber.updated", data = new { @object = new { id = subscriber, status = "prospect" } } },
        });
        var neither = await api.PostAsync($"/api/v1/workflows/{workflow}/test", new { });

        recorded.Status.Should().Be(HttpStatusCode.OK);
        var result = recorded.Data;
        result.Flag("trigger_matched").Should().BeTrue();
        result.Items("conditions").Single().Flag("holds").Should().BeTrue();
        result.Items("conditions").Single().Text("actual").Should().Be("active");
        result.Flag("would_start").Should().BeTrue();
        result.Items("steps").Select(s => s.Flag("would_run")).Should().Equal(true, true, false);
        result.Items("steps")[1].GetProperty("check").Flag("holds").Should().BeFalse("the subscriber is active now");
        inline.Data.Flag("would_start").Should().BeFalse();
        inline.Data.Items("conditions").Single().Flag("holds").Should().BeFalse();
        inline.Data.Items("steps").Select(s => s.Flag("would_run")).Should().Equal(false, false, false);
        neither.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await SnapshotAsync(api, subscriber)).Should().Be(before, "a dry run changes no state and records no event");
        (await automation.RunsAsync("workflow_id=" + workflow)).Should().BeEmpty();
    }

    private static string EventId(ApiResponse page) => page.Data.EnumerateArray().First().Text("id")!;

    // Everything a dry run could touch, as text: events, runs, notifications, tickets, the subscriber.
    private static async Task<string> SnapshotAsync(ApiClient api, string subscriber)
    {
        var parts = new List<string>();
        foreach (var path in new[] { "/api/v1/events?limit=100", "/api/v1/workflow-runs?limit=100", "/api/v1/notifications?limit=100", "/api/v1/tickets?limit=100", $"/api/v1/subscribers/{subscriber}", "/api/v1/workflows?limit=100" })
        {
            parts.Add((await api.GetAsync(path)).Data.GetRawText());
        }

        return string.Join("\n", parts);
    }
}
