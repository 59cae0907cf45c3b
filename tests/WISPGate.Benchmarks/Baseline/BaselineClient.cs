using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace WISPGate.Benchmarks.Baseline;

/// <summary>
/// What a careful hand-written client does per call, and nothing more: a plain <see cref="HttpClient"/>,
/// the bearer token, an idempotency key and a JSON body on create, the response streamed into
/// source-generated models. The SDK's figures are divided by this one's.
/// </summary>
internal sealed class BaselineClient(HttpClient http, string token)
{
    public async Task<BaselineSubscriber> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/subscribers/" + Uri.EscapeDataString(id));
        var envelope = await SendAsync(request, BaselineJsonContext.Default.BaselineEnvelope, cancellationToken);
        return envelope.Data!;
    }

    public async Task<BaselineSubscriber> CreateAsync(BaselineCreateSubscriber body, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/subscribers")
        {
            Content = JsonContent.Create(body, BaselineJsonContext.Default.BaselineCreateSubscriber),
        };
        request.Headers.TryAddWithoutValidation("X-Idempotency-Key", Guid.NewGuid().ToString());
        var envelope = await SendAsync(request, BaselineJsonContext.Default.BaselineEnvelope, cancellationToken);
        return envelope.Data!;
    }

    public async Task<BaselineListEnvelope> ListAsync(int limit, string? cursor, CancellationToken cancellationToken = default)
    {
        var uri = "api/v1/subscribers?limit=" + limit.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        return await SendAsync(request, BaselineJsonContext.Default.BaselineListEnvelope, cancellationToken);
    }

    private async Task<T> SendAsync<T>(
        HttpRequestMessage request, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(typeInfo, cancellationToken)
            ?? throw new InvalidOperationException("empty body");
    }
}
