using WISPGate.MockServer.Tests.Support;

namespace WISPGate.MockServer.Tests.Provisioning;

/// <summary>Registering provisioning hooks and waiting for jobs in the tests.</summary>
public static class HookApi
{
    /// <summary>Quick retries (three attempts), a generous timeout.</summary>
    public static readonly WispGateMockServerOptions QuickRetries = new()
    {
        ProvisioningHooks = new ProvisioningHookOptions { RetryDelays = [TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(20)], Timeout = TimeSpan.FromSeconds(30) },
    };

    /// <summary>One attempt per job: a call without a usable answer fails the job at once.</summary>
    public static readonly WispGateMockServerOptions SingleAttempt = new()
    {
        ProvisioningHooks = new ProvisioningHookOptions { RetryDelays = [], Timeout = TimeSpan.FromSeconds(30) },
    };

    /// <summary>Registers a hook for the actions; answers its id and the secret of the create response.</summary>
    public static async Task<(string Id, string Secret)> RegisterAsync(ApiClient api, string url, params string[] actions)
    {
        var created = await api.PostAsync("/api/v1/provisioning-hooks", new { url, actions, description = "test NOC" });
        created.Status.Should().Be(HttpStatusCode.Created, created.Body);
        return (created.DataString("id")!, created.DataString("secret")!);
    }

    /// <summary>Waits until the job reaches one of the statuses; answers it.</summary>
    public static async Task<JsonElement> JobAsync(ApiClient api, string jobId, params string[] statuses) =>
        (await EventLog.EventuallyAsync(
            () => api.GetAsync($"/api/v1/provisioning-jobs/{jobId}"),
            job => statuses.Contains(job.DataString("status")),
            $"job {jobId} to be {string.Join(" or ", statuses)}")).Data;
}
