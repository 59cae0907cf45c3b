using System.Text.Json.Nodes;

namespace WISPGate.Contract.Tests;

/// <summary>The gate can fail: a deliberately broken copy of the released contract is caught, break by break.</summary>
public sealed class BreakingChangeGateTests
{
    [Fact(Timeout = 600_000)]
    public async Task Gate_names_every_break_of_a_broken_copy_and_allows_additions()
    {
        var optic = ReleasedContractGateTests.RequireOptic();
        var releasedPath = Path.Combine(AppContext.BaseDirectory, BreakingChangeGate.ReleasedFileName);
        var broken = JsonNode.Parse(File.ReadAllText(releasedPath))!.AsObject();
        var schemas = broken["components"]!["schemas"]!;

        // Breaks: an operation, a response property, a new required request field, an enum value, a narrowed parameter.
        broken["paths"]!["/api/v1/tickets/{id}"]!.AsObject().Remove("patch");
        schemas["Subscriber"]!["properties"]!.AsObject().Remove("phone");
        schemas["CreateTicketRequest"]!["required"]!.AsArray().Add("assignee");
        RemoveValue(schemas["InvoiceStatus"]!["enum"]!.AsArray(), "uncollectible");
        var limit = broken["paths"]!["/api/v1/subscribers"]!["get"]!["parameters"]!.AsArray()
            .First(parameter => (string?)parameter!["name"] == "limit" || ((string?)parameter!["$ref"])?.EndsWith("Limit", StringComparison.Ordinal) == true)!;
        limit.AsObject()["schema"] = new JsonObject { ["type"] = "string" };
        limit.AsObject().Remove("$ref");
        limit.AsObject()["name"] = "limit";
        limit.AsObject()["in"] = "query";

        // Allowed: a new operation and a new response enum value (readers tolerate unknown values).
        schemas["SubscriberStatus"]!["enum"]!.AsArray().Add("archived");
        broken["paths"]!["/api/v1/subscribers/{id}/archive"] = JsonNode.Parse(broken["paths"]!["/api/v1/subscribers/{id}/activate"]!.ToJsonString());
        broken["paths"]!["/api/v1/subscribers/{id}/archive"]!["post"]!["operationId"] = "archiveSubscriber";

        var brokenPath = Path.Combine(Path.GetTempPath(), $"wispgate-broken-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(brokenPath, broken.ToJsonString(), TestContext.Current.CancellationToken);
        try
        {
            var findings = await BreakingChangeGate.FindAsync(optic, releasedPath, brokenPath, TestContext.Current.CancellationToken);
            var report = string.Join("\n", findings);

            findings.Should().Contain(change => change.Where == "PATCH /api/v1/tickets/{id}" && change.Rule == "prevent operation removal", report);
            findings.Should().Contain(change => change.Rule == "prevent removing response property" && change.Message.Contains("'phone'"), report);
            findings.Should().Contain(change => change.Where == "POST /api/v1/tickets" && change.Rule == "prevent changing request property to required", report);
            findings.Should().Contain(change => change.Where == "#/components/schemas/InvoiceStatus" && change.Message.Contains("\"uncollectible\""), report);
            findings.Should().Contain(change => change.Where == "GET /api/v1/subscribers" && change.Rule.Contains("query parameters type"), report);
            findings.Should().NotContain(change => change.Message.Contains("archived") || change.Where.Contains("/archive"), report);
        }
        finally
        {
            File.Delete(brokenPath);
        }
    }

    private static void RemoveValue(JsonArray values, string value) =>
        values.Remove(values.First(node => (string?)node == value));
}
