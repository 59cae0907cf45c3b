using System.Text.Json.Nodes;

namespace WISPGate.Contract.Tests;

/// <summary>
/// Every list whose items carry <c>created_at</c> takes <c>created_after</c> and <c>created_before</c> (the shared
/// parameters), so an integrator can page through "what is new since" on every timestamped resource the same way.
/// </summary>
public sealed class ListFilterConventionTests
{
    /// <summary>The list operations (enveloped pages) whose item schema has <c>created_at</c>.</summary>
    public static TheoryData<string> TimestampedLists()
    {
        var data = new TheoryData<string>();
        foreach (var (method, path, operation) in ContractDocument.Operations())
        {
            var raw = ContractDocument.Raw["paths"]![path]![method.ToLowerInvariant()]!;
            var envelope = raw["responses"]?["200"]?["content"]?["application/json"]?["schema"]?["$ref"]?.GetValue<string>();
            var items = envelope is null ? null : ContractDocument.Resolve(envelope)?["properties"]?["data"]?["items"]?["$ref"]?.GetValue<string>();
            if (method == "GET" && items is not null && ContractDocument.Resolve(items)?["properties"]?["created_at"] is not null)
            {
                data.Add(operation.OperationId!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TimestampedLists))]
    public void A_list_of_timestamped_items_takes_created_after_and_created_before(string operationId)
    {
        var parameters = (ContractDocument.RawOperation(operationId)["parameters"] as JsonArray ?? [])
            .Select(p => p?["$ref"]?.GetValue<string>())
            .ToList();

        parameters.Should().Contain("#/components/parameters/CreatedAfter").And.Contain("#/components/parameters/CreatedBefore");
    }

    [Fact]
    public void The_convention_covers_the_lists_it_is_about()
    {
        TimestampedLists().Select(row => row.Data).Should().Contain(["listSubscribers", "listSubscriberContacts", "listDevices", "listWebhookDeliveries", "listTicketComments"]);
    }
}
