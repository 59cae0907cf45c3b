using System.Net.Http.Headers;

namespace WISPGate.Sdk.Http;

/// <summary>
/// Sets <c>Authorization: Bearer …</c> on every attempt (inside the retry loop, so a rotating
/// token provider is asked again for each attempt). The token is never logged or put in a message.
/// </summary>
internal sealed class AuthenticationHandler : DelegatingHandler
{
    private readonly string? _token;
    private readonly Func<CancellationToken, ValueTask<string>>? _tokenProvider;

    public AuthenticationHandler(WispGateClientOptions options)
    {
        _token = options.ApiToken;
        _tokenProvider = options.ApiTokenProvider;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = _token ?? (_tokenProvider is null ? null : await _tokenProvider(cancellationToken).ConfigureAwait(false));
        if (string.IsNullOrWhiteSpace(token) || token.Any(char.IsControl) || token.Contains(' ', StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                "WispGateClientOptions.ApiTokenProvider returned no token, or one with spaces or control characters.");
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
