using Microsoft.Extensions.Options;

namespace WISPGate.Sdk.AspNetCore;

/// <summary>Checks <see cref="WispGateWebhookOptions"/> at start-up; every message names the option and says what is expected.</summary>
internal sealed class WispGateWebhookOptionsValidator : IValidateOptions<WispGateWebhookOptions>
{
    private static readonly TimeSpan s_maximumTolerance = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, WispGateWebhookOptions options)
    {
        var failures = new List<string>();

        if (options.SigningSecrets.Count == 0 && !options.AllowNoSigningSecret)
        {
            failures.Add(
                "WispGateWebhookOptions.SigningSecrets is empty: add the webhook endpoint's signing secret (whsec_…, returned once when the "
                + "endpoint was created or its secret rotated), configuration key WispGateWebhooks:SigningSecrets:0. "
                + "A receiver that registers itself and learns its secret at run time sets WispGateWebhookOptions.AllowNoSigningSecret.");
        }

        for (var i = 0; i < options.SigningSecrets.Count; i++)
        {
            // The message names the position, never the value.
            if (string.IsNullOrWhiteSpace(options.SigningSecrets[i]))
            {
                failures.Add($"WispGateWebhookOptions.SigningSecrets[{i}] is blank (configuration key WispGateWebhooks:SigningSecrets:{i}).");
            }
        }

        if (options.Tolerance < TimeSpan.Zero || options.Tolerance > s_maximumTolerance)
        {
            failures.Add($"WispGateWebhookOptions.Tolerance must be between 0 and 1 day (was {options.Tolerance}).");
        }

        if (options.MaxRequestBodySize < 1)
        {
            failures.Add($"WispGateWebhookOptions.MaxRequestBodySize must be at least 1 byte (was {options.MaxRequestBodySize}).");
        }

        if (options.DeduplicationWindow <= TimeSpan.Zero)
        {
            failures.Add($"WispGateWebhookOptions.DeduplicationWindow must be positive (was {options.DeduplicationWindow}).");
        }

        if (options.DeduplicationCapacity < 1)
        {
            failures.Add($"WispGateWebhookOptions.DeduplicationCapacity must be at least 1 (was {options.DeduplicationCapacity}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
