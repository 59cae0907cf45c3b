namespace WISPGate.MockServer.Pipeline;

/// <summary>Limits on request bodies.</summary>
internal static class BodyLimits
{
    /// <summary>The largest accepted body: 1 MiB. Larger → 413 <c>payload_too_large</c>.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>
    /// The largest state snapshot <c>PUT /__admin/wispgate/state</c> accepts: 24 MiB (under Kestrel's own 30 MB limit).
    /// Larger → 413 <c>payload_too_large</c>.
    /// </summary>
    public const int MaxStateBytes = 24 * 1024 * 1024;

    /// <summary>The deepest accepted JSON nesting. Deeper → 400 <c>malformed_json</c>.</summary>
    public const int MaxJsonDepth = 64;
}
