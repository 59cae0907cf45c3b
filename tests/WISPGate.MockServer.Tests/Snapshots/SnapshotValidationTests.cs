using System.Text;
using System.Text.Json.Nodes;

namespace WISPGate.MockServer.Tests.Snapshots;

/// <summary>
/// An invalid snapshot — not JSON, another format or version, a duplicate id, a dangling reference, bad money, an unknown
/// collection, a key with its token — is refused with 400/422 naming the bad entry, and nothing changes (each server runs
/// on a frozen clock, so that exports before and after compare byte for byte).
/// </summary>
public sealed class SnapshotValidationTests
{
    [Fact]
    public async Task A_snapshot_that_is_not_json_is_400_malformed_json_and_changes_nothing()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var __ = server;
        var before = await StateAdmin.ExportAsync(server);

        var (status, body) = await StateAdmin.ImportAsync(server, "{\"format\": \"wispgate-mock-state\","u8.ToArray());

        status.Should().Be(HttpStatusCode.BadRequest);
        body.GetProperty("error").GetProperty("code").GetString().Should().Be("malformed_json");
        (await StateAdmin.ExportAsync(server)).Should().Equal(before);
    }

    [Fact]
    public async Task A_wrong_version_is_422_naming_version()
    {
        await RefusedAsync(root => root["version"] = 2, "version", "Version 2 is not supported");
    }

    [Fact]
    public async Task Another_format_is_422_naming_format()
    {
        await RefusedAsync(root => root["format"] = "something-else", "format", "wispgate-mock-state");
    }

    [Fact]
    public async Task A_duplicate_id_is_422_naming_the_entry()
    {
        await RefusedAsync(
            root =>
            {
                var subscribers = Tenant(root)["subscribers"]!.AsArray();
                subscribers[3]!["id"] = subscribers[1]!["id"]!.GetValue<string>();
            },
            "tenants[0].subscribers[3].id",
            "Duplicate id 'sub_000179' (also tenants[0].subscribers[1])");
    }

    [Fact]
    public async Task A_dangling_reference_is_422_naming_the_entry()
    {
        await RefusedAsync(
            root => Tenant(root)["invoices"]![0]!["subscriber_id"] = "sub_999999",
            "tenants[0].invoices[0].subscriber_id",
            "'sub_999999' is not in this tenant's subscribers");
    }

    [Fact]
    public async Task Money_that_is_not_integer_minor_units_is_422_naming_the_entry()
    {
        await RefusedAsync(
            root => Tenant(root)["service_packages"]![1]!["price"]!["amount"] = 79.99,
            "tenants[0].service_packages[1].price.amount",
            "integer minor units");
    }

    [Fact]
    public async Task A_currency_that_is_not_an_iso_code_is_422_naming_the_entry()
    {
        await RefusedAsync(
            root => Tenant(root)["invoices"]![0]!["currency"] = "usd",
            "tenants[0].invoices[0].currency",
            "ISO 4217");
    }

    [Fact]
    public async Task An_unknown_collection_is_422_naming_it()
    {
        await RefusedAsync(root => Tenant(root)["subscribres"] = new JsonArray(), "tenants[0].subscribres", "Unknown collection");
    }

    [Fact]
    public async Task An_entity_field_of_the_wrong_type_is_422_naming_the_field()
    {
        await RefusedAsync(root => Tenant(root)["subscribers"]![0]!["status"] = "happy", "tenants[0].subscribers[0].status", "could not be converted");
    }

    [Fact]
    public async Task An_api_key_with_its_token_is_422_a_snapshot_keeps_only_hashes()
    {
        await RefusedAsync(root => root["api_keys"]![0]!["token"] = "wgk_test_demo", "api_keys[0].token", "token_hash");
    }

    [Fact]
    public async Task Every_problem_is_listed_in_the_details()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var __ = server;
        var root = JsonNode.Parse(await StateAdmin.ExportAsync(server))!;
        Tenant(root)["invoices"]![0]!["subscriber_id"] = "sub_999999";
        Tenant(root)["invoices"]![1]!["currency"] = "usd";

        var (status, body) = await StateAdmin.ImportAsync(server, Encoding.UTF8.GetBytes(root.ToJsonString()));

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body.GetProperty("error").GetProperty("details").EnumerateArray().Select(d => d.GetProperty("field").GetString())
            .Should().Contain(["tenants[0].invoices[0].subscriber_id", "tenants[0].invoices[1].currency"]);
    }

    [Fact]
    public async Task The_library_refuses_an_invalid_snapshot_with_the_entry_in_the_message_and_changes_nothing()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var __ = server;
        var before = await server.ExportStateAsync(cancellationToken: TestContext.Current.CancellationToken);
        var root = JsonNode.Parse(before)!;
        Tenant(root)["invoices"]![0]!["subscriber_id"] = "sub_999999";

        var import = () => server.ImportStateAsync(root.ToJsonString(), TestContext.Current.CancellationToken);

        (await import.Should().ThrowAsync<InvalidDataException>()).WithMessage("*tenants[0].invoices[0].subscriber_id*");
        (await server.ExportStateAsync(cancellationToken: TestContext.Current.CancellationToken)).Should().Be(before);
    }

    private static JsonNode Tenant(JsonNode root) => root["tenants"]![0]!;

    // Mutates the server's own export, PUTs it, expects 422 naming the entry, and checks nothing changed.
    private static async Task RefusedAsync(Action<JsonNode> mutate, string field, string message)
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var __ = server;
        var before = await StateAdmin.ExportAsync(server);
        var root = JsonNode.Parse(before)!;
        mutate(root);

        var (status, body) = await StateAdmin.ImportAsync(server, Encoding.UTF8.GetBytes(root.ToJsonString()));

        status.Should().Be(HttpStatusCode.UnprocessableEntity, body.ToString());
        var error = body.GetProperty("error");
        error.GetProperty("code").GetString().Should().Be("validation_error");
        error.GetProperty("field").GetString().Should().Be(field, error.ToString());
        error.GetProperty("message").GetString().Should().Contain(message);
        (await StateAdmin.ExportAsync(server)).Should().Equal(before, "an invalid snapshot changes nothing");
    }
}
