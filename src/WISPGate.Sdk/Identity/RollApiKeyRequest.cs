namespace WISPGate.Sdk.Identity;

/// <summary>The (optional) body of <c>POST /api/v1/api-keys/{id}/roll</c>.</summary>
public sealed record RollApiKeyRequest
{
    /// <summary>How long the rolled (old) key keeps working, in seconds (0 = at once, at most 30 days); the API's default is 86,400 (24 h).</summary>
    public int? ExpirePreviousInSeconds { get; init; }
}
