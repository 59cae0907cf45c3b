namespace WISPGate.Sdk.Http;

/// <summary>The <c>meta</c> object of a single-object envelope.</summary>
internal sealed class ResponseMeta
{
    public string? RequestId { get; init; }

    public string? ApiVersion { get; init; }
}
