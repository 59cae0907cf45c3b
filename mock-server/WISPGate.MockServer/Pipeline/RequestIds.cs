namespace WISPGate.MockServer.Pipeline;

/// <summary>
/// The one owner of request ids: the <c>X-Request-ID</c> header, which client ids are safe to echo
/// (1–64 of <c>A-Z a-z 0-9 . _ : -</c>), and fresh ids (<c>req_</c> + 16 random hex digits).
/// </summary>
internal static class RequestIds
{
    /// <summary>The header name.</summary>
    public const string HeaderName = "X-Request-ID";

    /// <summary>A fresh request id.</summary>
    /// <remarks>An id only needs to be unique, not unguessable: the shared PRNG, not a system call per request.</remarks>
    public static string New()
    {
        Span<byte> bytes = stackalloc byte[8];
        Random.Shared.NextBytes(bytes);
        return "req_" + Convert.ToHexStringLower(bytes);
    }

    /// <summary>Whether a client-sent id may be echoed.</summary>
    public static bool IsSafe(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-');

    /// <summary>The client's id when it is safe, else a fresh one.</summary>
    public static string FromClient(string? sent) => IsSafe(sent) ? sent! : New();
}
