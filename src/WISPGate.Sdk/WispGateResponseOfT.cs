namespace WISPGate.Sdk;

/// <summary>The typed result of a call (the envelope's <c>data</c>) with the call's response information.</summary>
/// <typeparam name="T">The data type.</typeparam>
public class WispGateResponse<T> : WispGateResponse
{
    /// <summary>Creates a response (for tests and mocks; the SDK builds it from responses).</summary>
    /// <param name="data">The data.</param>
    /// <param name="info">Status and ids of the call; a plain 200 when omitted.</param>
    public WispGateResponse(T data, WispGateResponse? info = null)
        : base(info ?? new WispGateResponse(System.Net.HttpStatusCode.OK))
    {
        Data = data;
    }

    /// <summary>The data the API returned.</summary>
    public T Data { get; }
}
