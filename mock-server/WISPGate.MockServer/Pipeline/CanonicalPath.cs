using System.Net;

namespace WISPGate.MockServer.Pipeline;

/// <summary>
/// The path a request finally reaches, whatever its spelling. WireMock percent-decodes a path once more after Kestrel
/// did (so <c>%252F</c> ends up as <c>/</c>), and .NET's <see cref="Uri"/> folds <c>\</c> and dot segments; so what
/// guards a path (the admin token, outbound URLs) decides on this form: decoded until stable, backslashes as slashes,
/// empty and dot segments removed. The API itself routes the path as Kestrel decoded it, once.
/// </summary>
internal static class CanonicalPath
{
    /// <summary>The prefix of WireMock's admin API and the WISPGate admin endpoints.</summary>
    public const string AdminPrefix = "/__admin";

    // More layers of encoding than any client sends by accident; a path still changing after that is treated as admin.
    private const int MaxDecodings = 8;

    /// <summary>The canonical form of a path (no query), or null when it is still changing after many decodings.</summary>
    public static string? Of(string path)
    {
        var decoded = path;
        for (var round = 0; ; round++)
        {
            var next = WebUtility.UrlDecode(decoded);
            if (next == decoded)
            {
                break;
            }

            if (round == MaxDecodings)
            {
                return null;
            }

            decoded = next;
        }

        var segments = new List<string>();
        foreach (var segment in decoded.Replace('\\', '/').Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (segments.Count > 0)
                    {
                        segments.RemoveAt(segments.Count - 1);
                    }

                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }

        return "/" + string.Join('/', segments);
    }

    /// <summary>
    /// Whether a path reaches the admin API in any spelling (prefix compared case-insensitively; a path that does not
    /// settle counts as admin, so the guard fails closed).
    /// </summary>
    public static bool IsAdmin(string path) =>
        Of(path) is not { } canonical || canonical.StartsWith(AdminPrefix, StringComparison.OrdinalIgnoreCase);
}
