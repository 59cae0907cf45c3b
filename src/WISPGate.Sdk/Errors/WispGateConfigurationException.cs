namespace WISPGate.Sdk.Errors;

/// <summary>
/// The client's configuration does not allow this call, found only when the call is made: a token from
/// <see cref="WispGateClientOptions.ApiTokenProvider"/> that is blank or malformed, or a live key (<c>wgk_live_…</c>)
/// about to be sent over plain <c>http</c> to a host that is not loopback. Nothing was sent. Options that can be checked
/// up front fail at start-up instead (<see cref="Microsoft.Extensions.Options.OptionsValidationException"/>).
/// It is an <see cref="InvalidOperationException"/>, as the provider's checks have always thrown.
/// </summary>
public sealed class WispGateConfigurationException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it (never the token).</param>
    /// <param name="optionName">The option to fix, e.g. <c>WispGateClientOptions.ApiTokenProvider</c>.</param>
    public WispGateConfigurationException(string message, string optionName)
        : base(message)
    {
        OptionName = optionName;
    }

    /// <summary>The option to fix, e.g. <c>WispGateClientOptions.ApiTokenProvider</c>.</summary>
    public string OptionName { get; }
}
