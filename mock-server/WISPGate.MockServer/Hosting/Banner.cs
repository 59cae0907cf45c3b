using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Hosting;

/// <summary>
/// The start-up lines after the URLs: the public demo tokens the chosen seed really has, with what the seed lets them
/// do (a seed file's own tokens are secrets: only counted), and how open the admin API is.
/// </summary>
internal static class Banner
{
    /// <summary>The lines for a server started from a seed with <paramref name="seedTokens"/>.</summary>
    public static IEnumerable<string> Lines(IReadOnlyCollection<ApiToken> seedTokens, WispGateMockServerOptions options)
    {
        var demo = DemoTokens.Default;
        string[] publicDemoTokens = [demo.ReadWrite, demo.ReadOnly, demo.Partner];
        var printable = publicDemoTokens.Select(t => seedTokens.FirstOrDefault(s => s.Token == t)).OfType<ApiToken>().ToList();
        foreach (var token in printable)
        {
            var tenant = token.DefaultTenant is { } defaultTenant ? $"tenant {defaultTenant}" : $"tenants {string.Join(", ", token.Tenants)}: send X-Tenant-ID";
            yield return $"Demo token: {token.Token} ({string.Join(" + ", token.Scopes.Order(StringComparer.Ordinal))}; {tenant})";
        }

        if (seedTokens.Count > printable.Count)
        {
            yield return $"{seedTokens.Count - printable.Count} token(s) from the seed file (not printed).";
        }

        yield return options.AdminToken is null
            ? "Admin API (/__admin): OPEN to every local process (no --admin-token). On a shared machine, start with --admin-token <secret>."
            : "Admin API (/__admin): needs Authorization: Bearer <admin token>.";
    }
}
