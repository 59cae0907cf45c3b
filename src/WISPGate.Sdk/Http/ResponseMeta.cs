namespace WISPGate.Sdk.Http;

/// <summary>The <c>meta</c> object of an envelope; lists add <c>pagination</c>.</summary>
internal sealed class ResponseMeta
{
    public string? RequestId { get; init; }

    public string? ApiVersion { get; init; }

    public Pagination? Pagination { get; init; }
}
