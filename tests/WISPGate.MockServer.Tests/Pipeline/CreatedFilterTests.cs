namespace WISPGate.MockServer.Tests.Pipeline;

/// <summary>
/// <c>created_after</c> (inclusive) and <c>created_before</c> (exclusive) filter every list of timestamped items, the
/// ones that gained them in the contract included, on the items' <c>created_at</c>.
/// </summary>
public sealed class CreatedFilterTests
{
    [Theory]
    [InlineData("/api/v1/devices", null)]
    [InlineData("/api/v1/service-packages", null)]
    [InlineData("/api/v1/billing-profiles", """{"name":"Business quarterly","currency":"USD","billing_day":15,"payment_terms_days":30}""")]
    [InlineData("/api/v1/subscribers/sub_000178/contacts", """{"name":"Second Contact","email":"second@example.com","roles":["technical"]}""")]
    public async Task Created_after_and_created_before_select_items_by_their_created_at(string list, string? createOneMore)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        if (createOneMore is not null)
        {
            (await api.PostAsync(list, createOneMore)).Status.Should().Be(HttpStatusCode.Created, "the seed has one of these; a second makes the split meaningful");
        }

        var all = (await api.GetAsync(list + "?limit=100")).Data.EnumerateArray().ToList();
        all.Should().HaveCountGreaterThan(1, "the demo seed has several of them");
        var times = all.Select(i => DateTimeOffset.Parse(i.GetProperty("created_at").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        var pivot = times[times.Count / 2];
        var stamp = Uri.EscapeDataString(pivot.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));

        var after = (await api.GetAsync($"{list}?limit=100&created_after={stamp}")).Data.GetArrayLength();
        var before = (await api.GetAsync($"{list}?limit=100&created_before={stamp}")).Data.GetArrayLength();

        after.Should().Be(times.Count(t => t >= pivot));
        before.Should().Be(times.Count(t => t < pivot));
        (after + before).Should().Be(all.Count);
    }
}
