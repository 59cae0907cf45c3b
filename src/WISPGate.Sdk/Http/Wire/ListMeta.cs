namespace WISPGate.Sdk.Http;

// Settable, like every wire envelope type here: see ApiEnvelope<T>.
/// <summary>The <c>meta</c> object of a list envelope: the request id and where the next page starts.</summary>
internal sealed class ListMeta
{
    public string? RequestId { get; set; }

    public string? ApiVersion { get; set; }

    public Pagination? Pagination { get; set; }
}
