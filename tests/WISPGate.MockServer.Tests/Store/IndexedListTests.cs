using WISPGate.MockServer.Tests.Billing;

namespace WISPGate.MockServer.Tests.Store;

/// <summary>
/// Lists filtered on an indexed field (a subscriber's documents, a service's devices, events by type…) walk only what
/// the index selects. Whatever the route, the answer must be the whole list filtered by hand: same items, same order,
/// after creates, updates that move an item between keys, deletes, cursor paging and a reset.
/// </summary>
public sealed class IndexedListTests
{
    // Each filter with a value no item has (valid for the parameter's schema).
    private static readonly (string List, string Field, string Missing)[] s_filters =
    [
        ("/api/v1/invoices", "subscriber_id", "sub_999999"),
        ("/api/v1/payments", "subscriber_id", "sub_999999"),
        ("/api/v1/transactions", "subscriber_id", "sub_999999"),
        ("/api/v1/services", "subscriber_id", "sub_999999"),
        ("/api/v1/devices", "service_id", "svc_999999"),
        ("/api/v1/sessions", "service_id", "svc_999999"),
        ("/api/v1/provisioning-jobs", "target_id", "svc_999999"),
        ("/api/v1/events", "type", "ping"),
    ];

    [Fact]
    public async Task Filtered_lists_equal_the_whole_list_filtered_after_creates_updates_deletes_and_reset()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        await ShouldMatchTheWholeListAsync(api, "seed");

        var subscriber = await billing.NewSubscriberAsync();
        var service = await billing.NewServiceAsync(subscriber);
        var invoice = (await billing.InvoiceAsync(subscriber, 5000)).GetProperty("id").GetString();
        await billing.InvoiceAsync("sub_000178", 700);
        await billing.PayAsync(new { subscriber_id = subscriber, amount = 2000, currency = "USD", method = "cash", auto_apply = true });
        await api.PostAsync($"/api/v1/services/{service}/devices", new { device_id = "dev_000004" });
        await ShouldMatchTheWholeListAsync(api, "after creates");

        // Moves between keys: the device leaves the service; an unassigned payment gets its subscriber.
        await api.DeleteAsync($"/api/v1/services/{service}/devices/dev_000004");
        await api.PostAsync($"/api/v1/services/svc_000002/devices", new { device_id = "dev_000004" });
        var unassigned = await billing.PayAsync(new { amount = 300, currency = "USD", method = "cash" });
        var applied = await api.PostAsync($"/api/v1/payments/{unassigned.GetProperty("id").GetString()}/apply", new { allocations = new[] { new { invoice_id = invoice, amount = 300 } } });
        applied.Status.Should().Be(HttpStatusCode.OK, applied.Body);
        await ShouldMatchTheWholeListAsync(api, "after updates");

        var prospect = (await api.PostAsync("/api/v1/subscribers", new { full_name = "Short-lived", status = "prospect" })).DataString("id");
        await api.DeleteAsync($"/api/v1/subscribers/{prospect}");
        await ShouldMatchTheWholeListAsync(api, "after deletes");

        await server.ResetAsync(TestContext.Current.CancellationToken);
        await ShouldMatchTheWholeListAsync(api, "after reset");
        (await api.GetAsync($"/api/v1/invoices?subscriber_id={subscriber}")).Ids.Should().BeEmpty("a reset forgets the index with the data");
    }

    [Fact]
    public async Task A_filtered_list_pages_by_cursor_without_duplicates_or_gaps_and_merges_several_values_newest_first()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        for (var i = 0; i < 3; i++)
        {
            var id = (await api.PostAsync("/api/v1/subscribers", new { full_name = $"Paged {i}", status = "prospect" })).DataString("id");
            await api.PatchAsync($"/api/v1/subscribers/{id}", new { phone = "+15550001111" });
        }

        var whole = await api.GetAsync("/api/v1/events?type=subscriber.updated,subscriber.created&limit=100");
        var paged = new List<string>();
        string? cursor = null;
        do
        {
            var page = await api.GetAsync($"/api/v1/events?type=subscriber.updated,subscriber.created&limit=2{(cursor is null ? string.Empty : $"&cursor={cursor}")}");
            paged.AddRange(page.Ids);
            cursor = page.Meta.GetProperty("pagination").GetProperty("next_cursor").GetString();
        }
        while (cursor is not null);

        whole.Ids.Should().HaveCount(6);
        paged.Should().Equal(whole.Ids);
        whole.Ids.Should().Equal(await WholeListFilteredAsync(api, "/api/v1/events", "type", ["subscriber.updated", "subscriber.created"]));
    }

    [Fact]
    public async Task A_subscribers_contacts_and_a_tickets_comments_are_its_own_after_deletes()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var kept = (await api.PostAsync("/api/v1/subscribers/sub_000179/contacts", new { name = "Kept", roles = new[] { "billing" }, email = "kept@example.com" })).DataString("id");
        var dropped = (await api.PostAsync("/api/v1/subscribers/sub_000179/contacts", new { name = "Dropped", roles = new[] { "technical" }, email = "dropped@example.com" })).DataString("id");
        var before = (await api.GetAsync("/api/v1/subscribers/sub_000179/contacts?limit=100")).Ids;

        await api.DeleteAsync($"/api/v1/subscribers/sub_000179/contacts/{dropped}");
        var after = (await api.GetAsync("/api/v1/subscribers/sub_000179/contacts?limit=100")).Ids;

        before.Should().StartWith([dropped!, kept!]);
        after.Should().Equal(before.Where(id => id != dropped));
        (await api.GetAsync("/api/v1/subscribers/sub_000178/contacts?limit=100")).Ids.Should().NotContain([kept!, dropped!]);
    }

    private static async Task ShouldMatchTheWholeListAsync(ApiClient api, string when)
    {
        foreach (var (list, field, missing) in s_filters)
        {
            var values = (await api.GetAsync($"{list}?limit=100")).Data.EnumerateArray()
                .Select(item => item.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null)
                .OfType<string>().Distinct().ToList();
            foreach (var value in values.Append(missing))
            {
                var filtered = await api.GetAsync($"{list}?{field}={Uri.EscapeDataString(value)}&limit=100");
                filtered.Status.Should().Be(HttpStatusCode.OK, filtered.Body);
                filtered.Ids.Should().Equal(await WholeListFilteredAsync(api, list, field, [value]), $"{list}?{field}={value} {when}");
            }
        }
    }

    private static async Task<IReadOnlyList<string>> WholeListFilteredAsync(ApiClient api, string list, string field, IReadOnlyCollection<string> values) =>
        (await api.GetAsync($"{list}?limit=100")).Data.EnumerateArray()
            .Where(item => item.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String && values.Contains(value.GetString()!))
            .Select(item => item.GetProperty("id").GetString()!)
            .ToList();
}
