using WISPGate.MockServer.Tests.Support;

namespace WISPGate.MockServer.Tests.Subscribers;

/// <summary>
/// importSubscribers over HTTP: 1,000 rows in one call, each validated exactly like createSubscriber (same code and
/// field), matched on external_id (create_only → unchanged, upsert → updated or unchanged), one bad row failing alone,
/// the 1,000-row limit, idempotency with X-Idempotency-Key, and one event per created or updated subscriber.
/// </summary>
public sealed class SubscriberImportTests
{
    [Fact]
    public async Task A_thousand_rows_are_created_in_one_call_with_one_event_each()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var rows = Enumerable.Range(0, 1000).Select(i => new { external_id = $"mig-{i:D4}", full_name = $"Migrated {i}", email = $"m{i}@example.com", status = "active", billing_profile_id = "bp_001" }).ToArray();

        var import = await api.PostAsync("/api/v1/subscribers/import", new { mode = "create_only", subscribers = rows });

        import.Code.Should().Be(200);
        var results = import.Data.GetProperty("results").EnumerateArray().ToList();
        results.Select(r => r.GetProperty("index").GetInt32()).Should().Equal(Enumerable.Range(0, 1000), "one result per row, in request order");
        results.Should().OnlyContain(r => r.GetProperty("status").GetString() == "created");
        results.Select(r => r.GetProperty("id").GetString()).Should().OnlyHaveUniqueItems();
        Summary(import).Should().Equal(1000, 0, 0, 0);
        var third = await api.GetAsync($"/api/v1/subscribers?external_id=mig-0003");
        third.Ids.Should().Equal(results[3].GetProperty("id").GetString());
        var created = await AllEventSubjectsAsync(api, "subscriber.created");
        created.Should().BeEquivalentTo(results.Select(r => r.GetProperty("id").GetString()), "every created subscriber has exactly one subscriber.created event");
    }

    [Theory]
    [InlineData("""{ "full_name": "No status" }""")]
    [InlineData("""{ "full_name": "Bad mail", "status": "prospect", "email": "not-an-email" }""")]
    [InlineData("""{ "full_name": "Bad status", "status": "suspended" }""")]
    [InlineData("""{ "full_name": "Bad profile", "status": "prospect", "billing_profile_id": "bp_does_not_exist" }""")]
    [InlineData("""{ "full_name": "", "status": "prospect", "phone": "12" }""")]
    public async Task A_bad_row_fails_alone_with_the_error_a_single_create_gives(string badRow)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var single = await api.PostAsync("/api/v1/subscribers", badRow);
        single.Code.Should().BeOneOf(400, 422);

        var body = $$"""{ "mode": "create_only", "subscribers": [ { "full_name": "Good before", "status": "prospect" }, {{badRow}}, { "full_name": "Good after", "status": "prospect" } ] }""";
        var import = await api.PostAsync("/api/v1/subscribers/import", body);

        import.Code.Should().Be(200);
        var results = import.Data.GetProperty("results").EnumerateArray().ToList();
        results.Select(r => r.GetProperty("status").GetString()).Should().Equal("created", "failed", "created");
        var error = results[1].GetProperty("error");
        error.GetProperty("code").GetString().Should().Be(single.ErrorCode, "the row fails with the code a single create gives");
        error.GetProperty("field").GetString().Should().Be(single.ErrorField, "and with the same field, not prefixed");
        error.GetProperty("details").GetRawText().Should().Be(single.Error.GetProperty("details").GetRawText());
        results[1].TryGetProperty("id", out _).Should().BeFalse();
        Summary(import).Should().Equal(2, 0, 0, 1);
    }

    [Fact]
    public async Task Rows_are_matched_on_external_id_create_only_leaves_them_and_upsert_updates_only_what_changed()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var first = await api.PostAsync("/api/v1/subscribers/import", new
        {
            mode = "create_only",
            subscribers = new object[]
            {
                new { external_id = "crm-1", full_name = "Ann One", email = "ann@example.com", status = "prospect" },
                new { external_id = "crm-2", full_name = "Bob Two", status = "active" },
            },
        });
        var ids = first.Data.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();

        var again = await api.PostAsync("/api/v1/subscribers/import", new
        {
            mode = "create_only",
            subscribers = new object[] { new { external_id = "crm-1", full_name = "Ann Changed", status = "prospect" } },
        });
        var upsert = await api.PostAsync("/api/v1/subscribers/import", new
        {
            mode = "upsert",
            subscribers = new object[]
            {
                new { external_id = "crm-1", full_name = "Ann One", email = "ann.one@example.com", status = "prospect" },
                new { external_id = "crm-2", full_name = "Bob Two", status = "active" },
                new { external_id = "crm-3", full_name = "Cy Three", status = "prospect" },
            },
        });

        var againRow = again.Data.GetProperty("results")[0];
        againRow.GetProperty("status").GetString().Should().Be("unchanged");
        againRow.GetProperty("id").GetString().Should().Be(ids[0]);
        (await api.GetAsync($"/api/v1/subscribers/{ids[0]}")).DataString("full_name").Should().Be("Ann One", "create_only never changes an existing subscriber");
        var statuses = upsert.Data.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("status").GetString()).ToList();
        statuses.Should().Equal("updated", "unchanged", "created");
        Summary(upsert).Should().Equal(1, 1, 1, 0);
        (await api.GetAsync($"/api/v1/subscribers/{ids[0]}")).DataString("email").Should().Be("ann.one@example.com");
        var updatedEvents = await EventLog.EventsAsync(api, "type=subscriber.updated");
        updatedEvents.Select(e => e.GetProperty("data").GetProperty("object").GetProperty("id").GetString()).Should().Equal(ids[0]);
    }

    [Fact]
    public async Task More_than_a_thousand_rows_are_refused_as_a_whole()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var rows = Enumerable.Range(0, 1001).Select(i => new { full_name = $"Row {i}", status = "prospect" }).ToArray();

        var import = await api.PostAsync("/api/v1/subscribers/import", new { mode = "create_only", subscribers = rows });

        import.Code.Should().Be(422);
        import.ErrorCode.Should().Be("validation_error");
        import.ErrorField.Should().Be("subscribers");
        (await api.GetAsync("/api/v1/subscribers?q=Row%201000")).Ids.Should().BeEmpty("nothing was imported");
    }

    [Fact]
    public async Task The_call_is_idempotent_with_an_idempotency_key()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var body = new { mode = "create_only", subscribers = new object[] { new { full_name = "Once only", status = "prospect" } } };

        var first = await api.PostAsync("/api/v1/subscribers/import", body, Keys.Idempotency("import-2026-04-13"));
        var replay = await api.PostAsync("/api/v1/subscribers/import", body, Keys.Idempotency("import-2026-04-13"));

        first.Code.Should().Be(200);
        replay.Body.Should().Be(first.Body, "the first answer is replayed byte for byte");
        replay.Header("X-Idempotent-Replayed").Should().Be("true");
        (await api.GetAsync("/api/v1/subscribers?q=Once%20only")).Ids.Should().ContainSingle("the rows were imported once");
    }

    [Fact]
    public async Task Rows_without_external_id_are_always_created_and_a_later_row_sees_an_earlier_one()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var import = await api.PostAsync("/api/v1/subscribers/import", new
        {
            mode = "upsert",
            subscribers = new object[]
            {
                new { full_name = "No id", status = "prospect" },
                new { full_name = "No id", status = "prospect" },
                new { external_id = "dup-1", full_name = "First", status = "prospect" },
                new { external_id = "dup-1", full_name = "Second", status = "prospect" },
            },
        });

        import.Data.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("status").GetString())
            .Should().Equal("created", "created", "created", "updated");
    }

    // The subject ids of every event of a type, across all pages.
    [Fact]
    public async Task Rows_past_the_tenant_record_limit_fail_with_storage_limit_reached_and_earlier_rows_are_kept()
    {
        await using var server = await MockServers.StartAsync(new WispGateMockServerOptions { Seed = "empty", MaxRecordsPerTenant = 2 });
        using var api = new ApiClient(server);
        (await api.PostAsync("/api/v1/subscribers", new { full_name = "Already Here", status = "prospect" })).Code.Should().Be(201);

        var import = await api.PostAsync("/api/v1/subscribers/import", new
        {
            mode = "create_only",
            subscribers = new[] { new { full_name = "Fits", status = "prospect" }, new { full_name = "Does Not Fit", status = "prospect" } },
        });
        var listed = await api.GetAsync("/api/v1/subscribers");

        import.Code.Should().Be(200);
        Summary(import).Should().Equal(1, 0, 0, 1);
        var refused = import.Data.GetProperty("results")[1];
        refused.GetProperty("status").GetString().Should().Be("failed");
        refused.GetProperty("error").GetProperty("code").GetString().Should().Be("storage_limit_reached");
        refused.GetProperty("error").GetProperty("message").GetString().Should().StartWith("The tenant holds 2 records,");
        listed.Data.EnumerateArray().Select(s => s.GetProperty("full_name").GetString()).Should().Equal("Fits", "Already Here");
    }

    private static async Task<List<string?>> AllEventSubjectsAsync(ApiClient api, string type)
    {
        var subjects = new List<string?>();
        string? cursor = null;
        do
        {
            var page = await api.GetAsync($"/api/v1/events?limit=100&type={type}" + (cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor)));
            page.Code.Should().Be(200);
            subjects.AddRange(page.Data.EnumerateArray().Select(e => e.GetProperty("data").GetProperty("object").GetProperty("id").GetString()));
            cursor = page.Meta.GetProperty("pagination").GetProperty("next_cursor").GetString();
        }
        while (cursor is not null);
        return subjects;
    }

    private static int[] Summary(ApiResponse import)
    {
        var summary = import.Data.GetProperty("summary");
        return [summary.GetProperty("created").GetInt32(), summary.GetProperty("updated").GetInt32(), summary.GetProperty("unchanged").GetInt32(), summary.GetProperty("failed").GetInt32()];
    }
}
