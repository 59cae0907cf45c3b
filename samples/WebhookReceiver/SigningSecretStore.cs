namespace WISPGate.Samples.WebhookReceiver;

/// <summary>
/// The signing secret the webhook route verifies with: the configured one, or the one this process obtained when it
/// registered itself (held in memory only: a secret is never logged or written to disk).
/// </summary>
public sealed class SigningSecretStore
{
    private volatile string _secret;

    /// <summary>Starts with the configured secret (may be empty).</summary>
    /// <param name="configured">The configured secret.</param>
    public SigningSecretStore(string configured) => _secret = configured;

    /// <summary>The current secret; empty until one is configured or obtained.</summary>
    public string Current => _secret;

    /// <summary>Replaces the secret (after a create or a rotation).</summary>
    /// <param name="secret">The new secret.</param>
    public void Set(string secret) => _secret = secret;
}
