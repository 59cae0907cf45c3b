namespace WISPGate.MockServer.Tests.Support;

/// <summary>Tickets: create, list with filters, get, update with the lifecycle enforced, comments.</summary>
public sealed class TicketTests
{
    [Fact]
    public async Task A_ticket_starts_new_with_normal_priority()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var created = await api.PostAsync("/api/v1/tickets", new { subject = "No connection since the storm", description = "CPE LED red.", subscriber_id = "sub_000178", service_id = "svc_000001" });

        created.Status.Should().Be(HttpStatusCode.Created);
        var id = created.DataString("id")!;
        id.Should().StartWith("tkt_");
        created.Header("Location").Should().Be($"/api/v1/tickets/{id}");
        created.DataString("status").Should().Be("new");
        created.DataString("priority").Should().Be("normal");
        created.Data.GetProperty("comment_count").GetInt32().Should().Be(0);
        created.Data.GetProperty("assignee").ValueKind.Should().Be(JsonValueKind.Null);
        (await api.GetAsync($"/api/v1/tickets/{id}")).DataString("service_id").Should().Be("svc_000001");
        (await EventLog.TypesAsync(api)).Should().Equal("ticket.created");
    }

    [Theory]
    [InlineData("sub_999999", null, "subscriber_id")]
    [InlineData(null, "svc_999999", "service_id")]
    [InlineData("sub_000179", "svc_000001", "service_id")]
    [InlineData("sub_000183", null, "subscriber_id")]
    public async Task Unknown_or_mismatched_references_are_422(string? subscriber, string? service, string field)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/tickets", new Dictionary<string, object?> { ["subject"] = "s", ["description"] = "d", ["subscriber_id"] = subscriber, ["service_id"] = service }
            .Where(p => p.Value is not null).ToDictionary());

        response.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.ErrorField.Should().Be(field);
    }

    [Fact]
    public async Task Tickets_are_listed_newest_first_with_filters()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var a = (await api.PostAsync("/api/v1/tickets", new { subject = "Slow evenings", description = "Speed drops after 7pm", subscriber_id = "sub_000178", priority = "high" })).DataString("id");
        var b = (await api.PostAsync("/api/v1/tickets", new { subject = "Invoice question", description = "Why two charges?", subscriber_id = "sub_000179", assignee = "billing@wisp.example" })).DataString("id");
        var c = (await api.PostAsync("/api/v1/tickets", new { subject = "Outage AP-Mesa-1", description = "Tower down", priority = "urgent" })).DataString("id");
        await api.PatchAsync($"/api/v1/tickets/{b}", new { status = "open" });

        (await api.GetAsync("/api/v1/tickets")).Ids.Should().Equal(c, b, a);
        (await api.GetAsync("/api/v1/tickets?status=open")).Ids.Should().Equal(b);
        (await api.GetAsync("/api/v1/tickets?priority=high,urgent")).Ids.Should().Equal(c, a);
        (await api.GetAsync("/api/v1/tickets?subscriber_id=sub_000178")).Ids.Should().Equal(a);
        (await api.GetAsync("/api/v1/tickets?assignee=billing@wisp.example")).Ids.Should().Equal(b);
        (await api.GetAsync("/api/v1/tickets?q=speed")).Ids.Should().Equal(a);
        (await api.GetAsync("/api/v1/tickets?priority=critical")).ErrorCode.Should().Be("invalid_parameter");
    }

    [Theory]
    [InlineData(new[] { "open", "pending", "open", "resolved", "closed" }, null)]
    [InlineData(new[] { "resolved", "open", "resolved", "closed" }, null)]
    [InlineData(new[] { "pending", "resolved" }, null)]
    [InlineData(new[] { "closed" }, "closed")]
    [InlineData(new[] { "open", "new" }, "new")]
    [InlineData(new[] { "open", "closed" }, "closed")]
    [InlineData(new[] { "resolved", "pending" }, "pending")]
    public async Task The_lifecycle_is_enforced(string[] steps, string? refused)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var id = (await api.PostAsync("/api/v1/tickets", new { subject = "s", description = "d" })).DataString("id");

        foreach (var status in steps)
        {
            var response = await api.PatchAsync($"/api/v1/tickets/{id}", new { status });
            if (status == refused)
            {
                response.Status.Should().Be(HttpStatusCode.Conflict, $"→ {status}");
                response.ErrorCode.Should().Be("invalid_state_transition");
                return;
            }

            response.Status.Should().Be(HttpStatusCode.OK, $"→ {status}");
            response.DataString("status").Should().Be(status);
        }

        refused.Should().BeNull();
    }

    [Fact]
    public async Task Resolution_and_closing_are_stamped_and_a_closed_ticket_is_final()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _s = server;
        using var api = new ApiClient(server);
        var id = (await api.PostAsync("/api/v1/tickets", new { subject = "s", description = "d" })).DataString("id");

        var resolved = await api.PatchAsync($"/api/v1/tickets/{id}", new { status = "resolved", assignee = "noc@wisp.example" });
        server.Clock.Advance(TimeSpan.FromHours(1));
        var closed = await api.PatchAsync($"/api/v1/tickets/{id}", new { status = "closed" });
        var change = await api.PatchAsync($"/api/v1/tickets/{id}", new { priority = "low" });
        var comment = await api.PostAsync($"/api/v1/tickets/{id}/comments", new { author = "a", body = "b" });

        resolved.DataString("resolved_at").Should().Be("2026-04-13T10:21:00Z");
        resolved.DataString("assignee").Should().Be("noc@wisp.example");
        closed.DataString("closed_at").Should().Be("2026-04-13T11:21:00Z");
        closed.DataString("resolved_at").Should().Be("2026-04-13T10:21:00Z");
        change.Status.Should().Be(HttpStatusCode.Conflict);
        change.ErrorCode.Should().Be("invalid_state_transition");
        comment.Status.Should().Be(HttpStatusCode.Conflict);
        comment.ErrorCode.Should().Be("invalid_state_transition");
        (await EventLog.TypesAsync(api)).Should().Equal("ticket.created", "ticket.updated", "ticket.updated");
    }

    [Fact]
    public async Task An_update_is_a_merge_patch_that_checks_the_service()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var id = (await api.PostAsync("/api/v1/tickets", new { subject = "s", description = "d", subscriber_id = "sub_000178", assignee = "x" })).DataString("id");

        var cleared = await api.PatchAsync($"/api/v1/tickets/{id}", """{"assignee": null, "service_id": "svc_000001", "priority": "urgent"}""");
        var wrong = await api.PatchAsync($"/api/v1/tickets/{id}", new { service_id = "svc_000002" });
        var badPriority = await api.PatchAsync($"/api/v1/tickets/{id}", new { priority = "asap" });

        cleared.Data.GetProperty("assignee").ValueKind.Should().Be(JsonValueKind.Null);
        cleared.DataString("service_id").Should().Be("svc_000001");
        cleared.DataString("priority").Should().Be("urgent");
        wrong.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        wrong.ErrorField.Should().Be("service_id");
        badPriority.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await api.PatchAsync("/api/v1/tickets/tkt_999999", new { priority = "low" })).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Comments_are_added_counted_and_listed_newest_first()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var id = (await api.PostAsync("/api/v1/tickets", new { subject = "s", description = "d" })).DataString("id");

        var note = await api.PostAsync($"/api/v1/tickets/{id}/comments", new { author = "noc@wisp.example", body = "Checked the AP." });
        var reply = await api.PostAsync($"/api/v1/tickets/{id}/comments", new { author = "noc@wisp.example", body = "Technician scheduled for tomorrow 9–12.", @public = true });

        note.Status.Should().Be(HttpStatusCode.Created);
        note.Data.GetProperty("public").GetBoolean().Should().BeFalse("a comment is an internal note unless public");
        note.DataString("ticket_id").Should().Be(id);
        reply.Data.GetProperty("public").GetBoolean().Should().BeTrue();
        reply.DataString("body").Should().Be("Technician scheduled for tomorrow 9–12.");
        (await api.GetAsync($"/api/v1/tickets/{id}/comments")).Ids.Should().Equal(reply.DataString("id"), note.DataString("id"));
        (await api.GetAsync($"/api/v1/tickets/{id}")).Data.GetProperty("comment_count").GetInt32().Should().Be(2);
        (await api.GetAsync("/api/v1/tickets/tkt_999999/comments")).Status.Should().Be(HttpStatusCode.NotFound);
        (await api.PostAsync($"/api/v1/tickets/{id}/comments", new { author = "a" })).ErrorCode.Should().Be("missing_required_field");
        var events = await EventLog.EventsAsync(api);
        events.Select(e => e.GetProperty("type").GetString()).Should().Equal("ticket.created", "ticket.commented", "ticket.commented");
        events[2].GetProperty("data").GetProperty("object").GetProperty("comment_count").GetInt32().Should().Be(2);
    }
}
