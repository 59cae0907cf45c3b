namespace WISPGate.MockServer.Tests.Fuzz;

/// <summary>
/// One generated request: the operation it aims at, its path ids (a known id from the pool by index, or a raw encoded
/// segment), the raw query, the credentials, extra headers, the body bytes and its content type, and a label of the
/// mutations applied (for the failure report).
/// </summary>
public sealed record FuzzCase(
    FuzzOperation Operation,
    string Method,
    IReadOnlyList<PathChoice> PathIds,
    string Query,
    string Auth,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? ContentType,
    byte[]? Body,
    string Mutation)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var body = Body is null ? "no body" : Body.Length > 300 ? $"{Body.Length} bytes" : System.Text.Encoding.UTF8.GetString(Body);
        return $"{Operation} as {Method}; ids [{string.Join(", ", PathIds)}]; query '{Truncate(Query)}'; auth {Auth}; " +
            $"headers [{string.Join(", ", Headers.Select(h => $"{h.Key}: {Truncate(h.Value)}"))}]; {ContentType ?? "no content type"}; {Mutation}: {body}";
    }

    private static string Truncate(string text) => text.Length > 120 ? $"{text[..120]}…({text.Length})" : text;
}
