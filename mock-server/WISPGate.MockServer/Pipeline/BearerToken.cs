namespace WISPGate.MockServer.Pipeline;

/// <summary>The one parser of <c>Authorization: Bearer &lt;token&gt;</c> (API tokens and the admin token).</summary>
internal static class BearerToken
{
    private const string Scheme = "Bearer ";

    /// <summary>The token of an <c>Authorization</c> header value (trimmed), or null when it is not a bearer token.</summary>
    public static string? Parse(string? header) =>
        header is not null && header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) && header.Length > Scheme.Length
            ? header[Scheme.Length..].Trim()
            : null;
}
