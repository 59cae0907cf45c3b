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

    /// <summary>
    /// The data, so that a call can be assigned to its data type directly (as Azure's <c>Response&lt;T&gt;</c>):
    /// <c>Subscriber jane = await client.Subscribers.GetAsync(id);</c>. Keep the response (<c>var</c>) when you need
    /// its <see cref="WispGateResponse.RequestId"/> or idempotency key.
    /// </summary>
    /// <param name="response">The response.</param>
    /// <returns><see cref="Data"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is <see langword="null"/>.</exception>
#pragma warning disable CA2225 // The named alternative is the Data property.
    public static implicit operator T(WispGateResponse<T> response)
#pragma warning restore CA2225
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Data;
    }
}
