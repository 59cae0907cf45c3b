namespace WISPGate.MockServer.Tests.Support;

/// <summary>Reading the event log and waiting on the API in tests.</summary>
public static class EventLog
{
    /// <summary>The tenant's events, oldest first (at most 100), optionally filtered by a query such as <c>type=a,b</c>.</summary>
    public static async Task<IReadOnlyList<JsonElement>> EventsAsync(ApiClient api, string? query = null)
    {
        var page = await api.GetAsync("/api/v1/events?limit=100" + (query is null ? string.Empty : "&" + query));
        page.Status.Should().Be(HttpStatusCode.OK);
        return page.Data.EnumerateArray().Reverse().ToList();
    }

    /// <summary>The types of the tenant's events, oldest first.</summary>
    public static async Task<IReadOnlyList<string>> TypesAsync(ApiClient api, string? query = null) =>
        (await EventsAsync(api, query)).Select(e => e.GetProperty("type").GetString()!).ToList();

    /// <summary>
    /// Polls until <paramref name="done"/> holds, with a generous deadline (background work on a busy machine), and
    /// answers the last value. Fails the test when the deadline passes.
    /// </summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, int deadlineSeconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(deadlineSeconds);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"Timed out after {deadlineSeconds} s waiting for {what}.");
            }

            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }
}
