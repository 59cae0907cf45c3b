namespace WISPGate.Sdk.Tests.Infrastructure;

/// <summary>
/// Waits for something that happens on another thread (a request arriving, a retry being
/// scheduled). The generous limit only bounds a broken test; passing never depends on speed.
/// </summary>
internal static class Wait
{
    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting for {what}.");
            }

            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }
}
