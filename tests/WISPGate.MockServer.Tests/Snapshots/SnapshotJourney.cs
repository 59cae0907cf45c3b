using CsCheck;

namespace WISPGate.MockServer.Tests.Snapshots;

/// <summary>
/// A random journey of API calls that builds up state: subscribers, services, subscriptions, invoices, payments and
/// refunds, tickets and comments, contacts, webhook endpoints, service suspensions (provisioning jobs), idempotent POSTs
/// and clock advances. Steps are (kind, number) pairs; <see cref="RunAsync"/> plays them against a server.
/// </summary>
public sealed class SnapshotJourney
{
    private const int Kinds = 12;

    private readonly List<string> _subscribers = ["sub_000178", "sub_000179"];
    private readonly List<(string Id, string Subscriber)> _services = [];
    private readonly List<string> _payments = [];
    private readonly List<string> _tickets = [];

    private SnapshotJourney(IReadOnlyList<(int Kind, int N)> steps) => Steps = steps;

    /// <summary>Journeys of 4 to 30 steps.</summary>
    public static Gen<SnapshotJourney> Gen { get; } =
        CsCheck.Gen.Select(CsCheck.Gen.Int[0, Kinds - 1], CsCheck.Gen.Int[0, 999]).Array[4, 30].Select(steps => new SnapshotJourney(steps));

    /// <summary>The steps.</summary>
    public IReadOnlyList<(int Kind, int N)> Steps { get; }

    /// <summary>The idempotent POSTs made (path, body, key) with their answers and the server time they were made at.</summary>
    public List<(string Path, object Body, string Key, ApiResponse Response, DateTimeOffset At)> IdempotentCalls { get; } = [];

    /// <summary>The subscribers that exist (seeded and created).</summary>
    public IReadOnlyList<string> Subscribers => _subscribers;

    /// <summary>Plays the journey (each step's answer may be a refusal: the state is whatever the server made of it).</summary>
    public async Task RunAsync(WispGateMockServer server, ApiClient api)
    {
        foreach (var (kind, n) in Steps)
        {
            var subscriber = _subscribers[n % _subscribers.Count];
            switch (kind)
            {
                case 0:
                    var created = await PostAsync(server, api, "/api/v1/subscribers", new { full_name = $"Journey {n}", status = "active", billing_profile_id = "bp_001", metadata = new Dictionary<string, string> { ["n"] = $"{n}", ["a"] = "z" } }, n % 3 == 0 ? $"s-{n}" : null);
                    Add(_subscribers, created);
                    break;
                case 1:
                    var service = await api.PostAsync("/api/v1/services", new { subscriber_id = subscriber, service_package_id = "pkg_000002" });
                    if (service.Code == 201)
                    {
                        _services.Add((service.DataString("id")!, subscriber));
                    }

                    break;
                case 2 when _services.Count > 0:
                    var (serviceId, owner) = _services[n % _services.Count];
                    await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = owner, service_id = serviceId });
                    break;
                case 3:
                    await PostAsync(server, api, "/api/v1/invoices", new { subscriber_id = subscriber, lines = new[] { new { description = "Line", quantity = 1 + (n % 3), unit_amount = 1000 + n } }, finalize = n % 4 != 0 }, n % 2 == 0 ? $"i-{n}" : null);
                    break;
                case 4:
                    var payment = await PostAsync(server, api, "/api/v1/payments", new { subscriber_id = subscriber, amount = 500 + n, currency = "USD", method = "cash" }, $"p-{n}");
                    Add(_payments, payment);
                    break;
                case 5 when _payments.Count > 0:
                    await api.PostAsync($"/api/v1/payments/{_payments[n % _payments.Count]}/refund", new { amount = 1 + (n % 5), reason = "journey" });
                    break;
                case 6:
                    var ticket = await PostAsync(server, api, "/api/v1/tickets", new { subject = $"Ticket {n}", description = "Signal drops at night.", subscriber_id = subscriber }, n % 2 == 0 ? $"t-{n}" : null);
                    Add(_tickets, ticket);
                    break;
                case 7 when _tickets.Count > 0:
                    await api.PostAsync($"/api/v1/tickets/{_tickets[n % _tickets.Count]}/comments", new { author = "agent", body = $"Comment {n}", @public = n % 2 == 0 });
                    break;
                case 8:
                    // Nothing listens there: each delivery is a quick failed attempt, recorded.
                    await PostAsync(server, api, "/api/v1/webhook-endpoints", new { url = $"http://127.0.0.1:9/hooks/{n}", events = new[] { "*" } }, n % 2 == 0 ? $"w-{n}" : null);
                    break;
                case 9:
                    server.Clock.Advance(TimeSpan.FromHours(1 + (n % 96)));
                    break;
                case 10:
                    await api.PostAsync($"/api/v1/subscribers/{subscriber}/contacts", new { name = $"Contact {n}", roles = new[] { "billing" } });
                    break;
                case 11 when _services.Count > 0:
                    await api.PostAsync($"/api/v1/services/{_services[n % _services.Count].Id}/suspend", new { reason = "journey" });
                    break;
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(" ", Steps.Select(s => $"{s.Kind}:{s.N}"));

    private static void Add(List<string> ids, ApiResponse response)
    {
        if (response.Code == 201 && response.DataString("id") is { } id && !ids.Contains(id))
        {
            ids.Add(id);
        }
    }

    private async Task<ApiResponse> PostAsync(WispGateMockServer server, ApiClient api, string path, object body, string? key)
    {
        var at = server.Clock.GetUtcNow();
        var response = await api.PostAsync(path, body, key is null ? null : Keys.Idempotency(key));
        if (key is not null && response.Header("X-Idempotent-Replayed") is null && response.Code is >= 200 and < 500)
        {
            IdempotentCalls.Add((path, body, key, response, at));
        }

        return response;
    }
}
