using WISPGate.MockServer.Pipeline;

namespace WISPGate.MockServer.Outbound;

/// <summary>
/// Which URLs the server may call (webhook endpoints): absolute http(s) URLs whose path is not an admin API in any
/// spelling (<see cref="CanonicalPath"/>) — a receiver never lives under <c>/__admin</c>, and refusing it for every
/// host means no address trick (another spelling of 127.0.0.1, a name that resolves to it) reaches this server's own
/// admin API. Checked when a URL is registered (422) and again before every call.
/// </summary>
internal static class OutboundUrl
{
    /// <summary>Why the server must not call <paramref name="url"/>, or null when it may.</summary>
    public static string? Problem(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
        {
            return "The url must be an absolute http or https URL.";
        }

        return CanonicalPath.IsAdmin(uri.AbsolutePath)
            ? "The url must not point at an admin API (a path under /__admin, in any spelling): the server never calls admin endpoints."
            : null;
    }
}
