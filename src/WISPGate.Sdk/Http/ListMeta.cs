namespace WISPGate.Sdk.Http;

// Settable (internal, read once): the JSON source generator fills setters directly; init-only
// properties would take its slower constructor-argument path on every response.
/// <summary>The <c>meta</c> object of a list envelope: the request id and where the next page starts.</summary>
internal sealed class ListMeta
{
    public string? RequestId { get; set; }

    public string? ApiVersion { get; set; }

    public Pagination? Pagination { get; set; }
}
