using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Hosting;

/// <summary>
/// The start-up lines after the URLs: the public demo tokens the chosen seed really has, with what the seed lets them
/// do (a seed file's own tokens are secrets: only counted), and how open the admin API is.
/// </summary>
internal static class Banner
{
    /// <summary>The lines for a server started from <paramref name="seed"/> (the state its seed builds).</summary>
    public static IEnumerable<string> Lines(MockState seed, WispGateMockServerOptions options)
    {
        var demo = DemoTokens.Default;
        string[] publicDemoTokens = [demo.ReadWrite, demo.ReadOnly, demo.Partner];
        var printable = publicDemoTokens.Where(seed.SeedTokens.Contains).Select(t => (Token: t, Key: seed.ApiKeys.FindByToken(t))).ToList();
        foreach (var (token, key) in printable)
        {
            if (key is null)
            {
                continue;
            }

            var tenant = key.DefaultTenant is { } defaultTenant ? $"tenant {defaultTenant}" : $"tenants {string.Join(", ", key.Tenants)}: send X-Tenant-ID";
            yield return $"Demo token: {token} ({string.Join(" + ", key.Scopes.Order(StringComparer.Ordinal))}; {tenant})";
        }

        var seedTokens = seed.SeedTokens.Distinct(StringComparer.Ordinal).Count();
        if (seedTokens > printable.Count)
        {
            yield return $"{seedTokens - printable.Count} token(s) from the seed file (not printed).";
        }

        if (options.ReplayDirectory is { } replay)
        {
            yield return $"Replaying the mappings of {Path.GetFullPath(replay)} in front of the contract behaviour.";
        }

        if (options.ProxyTo is { } proxyTo)
        {
            yield return options.RecordDirectory is { } record
                ? $"Proxy: forwarding API requests to {proxyTo}, recording into {Path.GetFullPath(record)} (secrets redacted)."
                : $"Proxy: forwarding API requests to {proxyTo}.";
        }

        yield return options.AdminToken is null
            ? "Admin API (/__admin): OPEN to every local process (no --admin-token). On a shared machine, start with --admin-token <secret>."
            : "Admin API (/__admin): needs Authorization: Bearer <admin token>.";
    }
}
