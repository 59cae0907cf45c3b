using WISPGate.Sdk.Errors;

namespace WISPGate.Sdk.Http;

/// <summary>
/// Sets <c>Authorization: Bearer …</c> on every attempt (inside the retry loop, so a rotating
/// token provider is asked again for each attempt). The token is never logged or put in a message. A provider's token is
/// checked before each send: a malformed one, or a live key for a plain-http host that is not loopback, is a
/// <see cref="WispGateConfigurationException"/> naming the option, and nothing is sent.
/// </summary>
internal sealed class AuthenticationHandler : DelegatingHandler
{
    private const string ProviderOption = "WispGateClientOptions.ApiTokenProvider";

    /// <summary>The header value of a fixed token, built once (the options validator has checked it); <see langword="null"/> when a provider is used.</summary>
    private readonly string? _fixedHeaderValue;

    /// <summary>The token provider; <see langword="null"/> when a fixed token is used (validated options have exactly one of the two).</summary>
    private readonly Func<CancellationToken, ValueTask<string>>? _tokenProvider;

    public AuthenticationHandler(WispGateClientOptions options)
    {
        if (options.ApiToken is { } token)
        {
            _fixedHeaderValue = "Bearer " + token;
        }
        else
        {
            _tokenProvider = options.ApiTokenProvider
                ?? throw new InvalidOperationException("WispGateClientOptions were not validated: neither ApiToken nor ApiTokenProvider is set.");
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_tokenProvider is not null)
        {
            return SendWithProvidedTokenAsync(_tokenProvider, request, cancellationToken);
        }

        SetAuthorization(request, _fixedHeaderValue!);
        return base.SendAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendWithProvidedTokenAsync(
        Func<CancellationToken, ValueTask<string>> tokenProvider, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokenProvider(cancellationToken).ConfigureAwait(false);
        if (!WispGateHeaders.IsValidToken(token))
        {
            throw new WispGateConfigurationException(
                "WispGateClientOptions.ApiTokenProvider returned no token, or one with spaces or control characters.", ProviderOption);
        }

        // The start-up rule for a fixed ApiToken, here per request: a provider's token is known only now.
        if (WispGateHeaders.WouldSendLiveKeyInClear(token, request.RequestUri))
        {
            throw new WispGateConfigurationException(
                $"WispGateClientOptions.ApiTokenProvider returned a live key ({WispGateHeaders.LiveKeyPrefix}…) but WispGateClientOptions.BaseUrl "
                + $"({request.RequestUri!.GetLeftPart(UriPartial.Authority)}) is plain http and not loopback: the key would cross the network unencrypted, so the "
                + "request was not sent. Use an https BaseUrl, or a wgk_test_… key for a test environment.",
                ProviderOption);
        }

        SetAuthorization(request, "Bearer " + token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static void SetAuthorization(HttpRequestMessage request, string headerValue)
    {
        // The raw value (checked above or by the validator) instead of a parsed AuthenticationHeaderValue per attempt.
        request.Headers.Remove(WispGateHeaders.Authorization);
        request.Headers.TryAddWithoutValidation(WispGateHeaders.Authorization, headerValue);
    }
}
