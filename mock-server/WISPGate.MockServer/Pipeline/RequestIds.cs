namespace WISPGate.MockServer.Pipeline;

/// <summary>
/// The one owner of request ids: which client ids (<c>X-Request-ID</c>) are safe to echo (1–64 of
/// <c>A-Z a-z 0-9 . _ : -</c>; a malformed one still gets 400 <c>invalid_parameter</c> from the validation step, as the
/// contract declares the header) and fresh ids (<c>req_</c> + 16 random hex digits). Every request gets its id when it
/// is read (<see cref="ApiRequest.RequestId"/>); every answer carries it in <c>X-Request-ID</c> and
/// <c>meta.request_id</c>, written where answers are rendered.
/// </summary>
internal static class RequestIds
{
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
