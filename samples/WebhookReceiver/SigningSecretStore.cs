using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using WISPGate.Sdk.AspNetCore;

namespace WISPGate.Samples.WebhookReceiver;

/// <summary>
/// The signing secret the webhook endpoint verifies with: the configured one, or the one this process obtained when it
/// registered itself (held in memory only: a secret is never logged or written to disk). It configures
/// <see cref="WispGateWebhookOptions.SigningSecrets"/> and signals each change, so the endpoint (which reads the options
/// per delivery through <c>IOptionsMonitor</c>) uses a new secret from the next delivery on.
/// </summary>
public sealed class SigningSecretStore : IConfigureOptions<WispGateWebhookOptions>, IOptionsChangeTokenSource<WispGateWebhookOptions>
{
    private volatile string _secret;
    private CancellationTokenSource _changed = new();

    /// <summary>Starts with the configured secret (may be empty).</summary>
    /// <param name="configured">The configured secret.</param>
    public SigningSecretStore(string configured) => _secret = configured;

    /// <summary>The current secret; empty until one is configured or obtained.</summary>
    public string Current => _secret;

    /// <inheritdoc />
    public string Name => Options.DefaultName;

    /// <summary>Replaces the secret (after a create or a rotation).</summary>
    /// <param name="secret">The new secret.</param>
    public void Set(string secret)
    {
        _secret = secret;
        var previous = Interlocked.Exchange(ref _changed, new CancellationTokenSource());
        previous.Cancel();
    }

    /// <inheritdoc />
    public void Configure(WispGateWebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrEmpty(_secret))
        {
            options.SigningSecrets.Add(_secret);
        }
    }

    /// <inheritdoc />
    public IChangeToken GetChangeToken() => new CancellationChangeToken(_changed.Token);
}
