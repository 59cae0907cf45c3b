namespace WISPGate.Sdk.Http;

/// <summary>The <c>meta</c> object of a list envelope: the request id and where the next page starts.</summary>
internal sealed class ListMeta
{
    public string? RequestId { get; init; }

    public string? ApiVersion { get; init; }

    public Pagination? Pagination { get; init; }
}
