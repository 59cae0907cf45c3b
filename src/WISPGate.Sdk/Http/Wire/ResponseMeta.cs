namespace WISPGate.Sdk.Http;

// Settable, like every wire envelope type here: see ApiEnvelope<T>.
/// <summary>The <c>meta</c> object of a single-object envelope.</summary>
internal sealed class ResponseMeta
{
    public string? RequestId { get; set; }

    public string? ApiVersion { get; set; }
}
