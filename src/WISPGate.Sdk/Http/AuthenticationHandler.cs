namespace WISPGate.Sdk.Http;

/// <summary>
/// Sets <c>Authorization: Bearer …</c> on every attempt (inside the retry loop, so a rotating
/// token provider is asked again for each attempt). The token is never logged or put in a message.
/// </summary>
internal sealed class AuthenticationHandler : DelegatingHandler
{
    /// <summary>The header value of a fixed token, checked and built once; <see langword="null"/> when it is invalid or a provider is used.</summary>
    private readonly string? _fixedHeaderValue;
    private readonly bool _hasFixedToken;
    private readonly Func<CancellationToken, ValueTask<string>>? _tokenProvider;

    public AuthenticationHandler(WispGateClientOptions options)
    {
        _hasFixedToken = options.ApiToken is not null;
        _fixedHeaderValue = IsUsable(options.ApiToken) ? "Bearer " + options.ApiToken : null;
        _tokenProvider = options.ApiTokenProvider;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!_hasFixedToken)
        {
            return SendWithProvidedTokenAsync(request, cancellationToken);
        }

        if (_fixedHeaderValue is null)
        {
            return Task.FromException<HttpResponseMessage>(InvalidToken());
        }

        SetAuthorization(request, _fixedHeaderValue);
        return base.SendAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendWithProvidedTokenAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = _tokenProvider is null ? null : await _tokenProvider(cancellationToken).ConfigureAwait(false);
        if (!IsUsable(token))
        {
            throw InvalidToken();
        }

        SetAuthorization(request, "Bearer " + token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static void SetAuthorization(HttpRequestMessage request, string headerValue)
    {
        // The raw value (checked above) instead of a parsed AuthenticationHeaderValue per attempt.
        request.Headers.Remove(WispGateHeaders.Authorization);
        request.Headers.TryAddWithoutValidation(WispGateHeaders.Authorization, headerValue);
    }

    private static bool IsUsable([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return false;
        }

        foreach (var character in token)
        {
            if (char.IsControl(character) || character == ' ')
            {
                return false;
            }
        }

        return true;
    }

    private static InvalidOperationException InvalidToken() => new(
        "WispGateClientOptions.ApiTokenProvider returned no token, or one with spaces or control characters.");
}
