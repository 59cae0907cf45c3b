namespace WISPGate.Tests.Support.Waiting;

/// <summary>Polling with a generous deadline, for work that finishes in the background; never a fixed sleep asserted on.</summary>
public static class Poll
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, CancellationToken ct, TimeSpan? deadline = null)
    {
        var until = DateTime.UtcNow + (deadline ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Still not done after the deadline; last value: {value}");
            }

            await Task.Delay(25, ct);
        }
    }
}
