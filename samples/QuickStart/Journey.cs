using WISPGate.Sdk;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.Samples.QuickStart;

/// <summary>The seed's developer journey, one printed line per call with its request id.</summary>
internal sealed class Journey(IWispGateClient client, TextWriter output)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        output.WriteLine();
        output.WriteLine($"{"step",-30} {"result",-52} request id");
        output.WriteLine(new string('-', 100));
        try
        {
            var subscriber = await CreateSeedSubscriberAsync(cancellationToken);

            var fetched = await client.Subscribers.GetAsync(subscriber.Id, cancellationToken: cancellationToken);
            Line("Fetch the subscriber", $"{fetched.Data.FullName}, status {fetched.Data.Status}", fetched.RequestId);

            var page = await client.Subscribers.ListAsync(new SubscriberListOptions { Limit = 5 }, cancellationToken: cancellationToken);
            Line("List subscribers", $"{page.Items.Count} on the first page, more: {page.HasMore}", page.RequestId);

            output.WriteLine();
            output.WriteLine("Done.");
            return 0;
        }
        catch (WispGateApiException exception)
        {
            output.WriteLine($"The API answered {(int)exception.StatusCode} {exception.Code}: {exception.Message} (request {exception.RequestId})");
            return 1;
        }
    }

    private async Task<Subscriber> CreateSeedSubscriberAsync(CancellationToken cancellationToken)
    {
        var request = new CreateSubscriberRequest
        {
            ExternalId = "crm-23991",
            FullName = "Jane Doe",
            Email = "jane@example.com",
            Phone = "+15550001234",
            Status = SubscriberStatus.Prospect,
            BillingProfileId = "bp_001",
            Address = new Address { Line1 = "101 Fiber Street", City = "Austin", State = "TX", PostalCode = "78701" },
            Metadata = new Dictionary<string, string> { ["source"] = "website_signup", ["campaign"] = "spring_launch" },
        };
        try
        {
            var created = await client.Subscribers.CreateAsync(request, cancellationToken: cancellationToken);
            Line("Create the seed's subscriber", $"{created.Data.Id} {created.Data.FullName} ({created.Data.ExternalId})", created.RequestId);
            return created.Data;
        }
        catch (WispGateConflictException conflict) when (conflict.Code == "duplicate_subscriber")
        {
            // Re-running against a real server: the subscriber exists already; find it by external_id.
            var existing = await client.Subscribers.ListAsync(new SubscriberListOptions { ExternalId = "crm-23991" }, cancellationToken: cancellationToken);
            Line("Create the seed's subscriber", $"exists already: {existing.Items[0].Id}", existing.RequestId);
            return existing.Items[0];
        }
    }

    private void Line(string step, string result, string? requestId) =>
        output.WriteLine($"{step,-30} {Fit(result, 52),-52} {requestId}");

    private static string Fit(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
