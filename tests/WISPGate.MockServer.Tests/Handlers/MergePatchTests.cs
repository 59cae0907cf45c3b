namespace WISPGate.MockServer.Tests.Handlers;

/// <summary>
/// A PATCH is the contract's merge patch: a given property replaces the old value as a whole (an object too), null
/// clears it, an absent one keeps its value.
/// </summary>
public sealed class MergePatchTests
{
    [Fact]
    public async Task Given_fields_replace_null_clears_absent_keeps_and_the_change_is_stored()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var patched = await api.PatchAsync("/api/v1/subscribers/sub_000180", new
        {
            phone = (string?)null,
            full_name = "Acme Coffee Co.",
            address = new { line1 = "1 New Road", city = "Reno", country = "US" },
        });
        var read = await api.GetAsync("/api/v1/subscribers/sub_000180");

        patched.Status.Should().Be(HttpStatusCode.OK);
        foreach (var subscriber in new[] { patched.Data, read.Data })
        {
            subscriber.GetProperty("full_name").GetString().Should().Be("Acme Coffee Co.");
            KindOf(subscriber, "phone").Should().Be(JsonValueKind.Null, "null clears it");
            subscriber.GetProperty("email").GetString().Should().Be("billing@acme-coffee.example.com", "absent keeps it");
            subscriber.GetProperty("status").GetString().Should().Be("suspended");
            subscriber.GetProperty("metadata").GetProperty("segment").GetString().Should().Be("business");
            var address = subscriber.GetProperty("address");
            address.GetProperty("city").GetString().Should().Be("Reno");
            KindOf(address, "state").Should().Be(JsonValueKind.Null, "the address was replaced as a whole: its old state is gone");
            KindOf(address, "postal_code").Should().Be(JsonValueKind.Null, "the address was replaced as a whole");
        }
    }

    [Fact]
    public async Task An_empty_patch_changes_no_field()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var before = await api.GetAsync("/api/v1/subscribers/sub_000180");

        var patched = await api.PatchAsync("/api/v1/subscribers/sub_000180", new { });

        patched.Status.Should().Be(HttpStatusCode.OK);
        foreach (var field in new[] { "full_name", "email", "phone", "status", "billing_profile_id" })
        {
            patched.DataString(field).Should().Be(before.DataString(field), field);
        }

        patched.Data.GetProperty("address").GetRawText().Should().Be(before.Data.GetProperty("address").GetRawText());
    }

    // Absent and null read the same to a client.
    private static JsonValueKind KindOf(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.ValueKind : JsonValueKind.Null;
}
