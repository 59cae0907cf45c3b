using WISPGate.MockServer.Tests.Billing;

namespace WISPGate.MockServer.Tests.Automation;

/// <summary>
/// The workflow calls the automation tests repeat, over the contract-checking <see cref="ApiClient"/> (every answer is
/// validated against its operation's schema), and the setup of a connected subscriber.
/// </summary>
public sealed class AutomationApi
{
    /// <summary>Wraps a client.</summary>
    public AutomationApi(ApiClient api) => Api = api;

    /// <summary>The client.</summary>
    public ApiClient Api { get; }

    /// <summary>Creates a workflow (expects 201) and returns it as created (with its secret).</summary>
    public async Task<JsonElement> CreateAsync(object body)
    {
        var response = await Api.PostAsync("/api/v1/workflows", body);
        response.Status.Should().Be(HttpStatusCode.Created, response.Body);
        return response.Data;
    }

    /// <summary>Instantiates a template, enabled, and returns the workflow's id.</summary>
    public async Task<string> EnableTemplateAsync(string templateId) =>
        (await CreateAsync(new { template_id = templateId, status = "enabled" })).Text("id")!;

    /// <summary>Creates an enabled workflow from a trigger and actions and returns its id.</summary>
    public async Task<string> EnabledAsync(string eventType, object[] actions, object[]? conditions = null) =>
        (await CreateAsync(new
        {
            name = "Test workflow",
            status = "enabled",
            trigger = new { type = "event", event_type = eventType, conditions = conditions ?? [] },
            actions,
        })).Text("id")!;

    /// <summary>The runs matching a query (newest first, at most 100).</summary>
    public async Task<IReadOnlyList<JsonElement>> RunsAsync(string query)
    {
        var response = await Api.GetAsync("/api/v1/workflow-runs?limit=100&" + query);
        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        return response.Data.EnumerateArray().ToList();
    }

    /// <summary>The single run of a workflow.</summary>
    public async Task<JsonElement> SingleRunAsync(string workflowId)
    {
        var runs = await RunsAsync("workflow_id=" + workflowId);
        runs.Should().ContainSingle("workflow {0} ran once", workflowId);
        return runs[0];
    }

    /// <summary>A resource by path (expects 200).</summary>
    public async Task<JsonElement> GetAsync(string path)
    {
        var response = await Api.GetAsync(path);
        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        return response.Data;
    }

    /// <summary>An active subscriber with an e-mail address (notifications need one) on <c>bp_001</c>; returns its id.</summary>
    public async Task<string> SubscriberAsync(string fullName = "Jane Doe")
    {
        var response = await Api.PostAsync("/api/v1/subscribers", new { full_name = fullName, email = "jane@example.com", phone = "+15550001234", status = "active", billing_profile_id = "bp_001" });
        response.Status.Should().Be(HttpStatusCode.Created, response.Body);
        return response.DataString("id")!;
    }

    /// <summary>
    /// A connected subscriber: active, with an active service (its activation job acked after <paramref name="server"/>'s
    /// clock moved), a bound device (so it is a row of the shaper export) and a monthly subscription. Returns the ids.
    /// </summary>
    public async Task<(string Subscriber, string Service, string Subscription)> ConnectedSubscriberAsync(WispGateMockServer server, string fullName = "Jane Doe")
    {
        var subscriber = await SubscriberAsync(fullName);
        var service = await new BillingApi(Api).NewServiceAsync(subscriber);
        var device = await Api.PostAsync("/api/v1/devices", new { serial = "SN-" + subscriber, mac = MacOf(subscriber), model = "LiteBeam 5AC", vendor = "Ubiquiti" });
        device.Status.Should().Be(HttpStatusCode.Created, device.Body);
        (await Api.PostAsync($"/api/v1/services/{service}/devices", new { device_id = device.DataString("id") })).Status.Should().Be(HttpStatusCode.OK);
        (await Api.PostAsync($"/api/v1/services/{service}/activate")).Status.Should().Be(HttpStatusCode.Accepted);
        server.Clock.Advance(TimeSpan.FromSeconds(5));
        (await GetAsync($"/api/v1/services/{service}/aaa")).Flag("enabled").Should().BeTrue();
        var subscription = await Api.PostAsync("/api/v1/subscriptions", new { subscriber_id = subscriber, service_id = service });
        subscription.Status.Should().Be(HttpStatusCode.Created, subscription.Body);
        return (subscriber, service, subscription.DataString("id")!);
    }

    /// <summary>The service ids in the package-enforcement export.</summary>
    public async Task<IReadOnlyList<string>> ShapedCircuitsAsync()
    {
        var response = await Api.GetAsync("/api/v1/enforcement/shaped-devices?limit=100");
        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        return response.Data.EnumerateArray().Select(row => row.Text("circuit_id")!).ToList();
    }

    /// <summary>The tenant's events (oldest first, at most 100) as (type, data.object.id, caused_by run or null).</summary>
    public async Task<IReadOnlyList<(string Type, string? ObjectId, string? CausedBy)>> EventsAsync(string? query = null)
    {
        var response = await Api.GetAsync("/api/v1/events?limit=100" + (query is null ? string.Empty : "&" + query));
        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        return response.Data.EnumerateArray().Reverse().Select(e => (
            e.Text("type")!,
            e.GetProperty("data").GetProperty("object").TryGetProperty("id", out var id) ? id.GetString() : null,
            e.TryGetProperty("caused_by", out var cause) ? cause.Text("workflow_run_id") : null)).ToList();
    }

    private static string MacOf(string id)
    {
        var digits = new string(id.Where(char.IsAsciiDigit).ToArray()).PadLeft(6, '0')[^6..];
        return $"02:00:00:{digits[..2]}:{digits[2..4]}:{digits[4..]}";
    }
}
