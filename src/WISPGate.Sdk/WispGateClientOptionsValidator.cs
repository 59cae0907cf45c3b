using Microsoft.Extensions.Options;
using WISPGate.Sdk.Http;

namespace WISPGate.Sdk;

/// <summary>Checks <see cref="WispGateClientOptions"/> at start-up; every message names the option and says what is expected.</summary>
/// <remarks>
/// Code rather than data annotations with the options validation source generator: the generator's copy of
/// <c>[Range]</c> ignores <c>ErrorMessage</c> ("The field … must be between 2 and 2147483647", "between 00:00:00 and
/// 1.00:00:00"), and the TimeSpan form of <c>[Range]</c> is not trim-safe on the options type.
/// </remarks>
internal sealed class WispGateClientOptionsValidator : IValidateOptions<WispGateClientOptions>
{
    private static readonly TimeSpan s_minimumTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan s_minimumWindow = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan s_maximum = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, WispGateClientOptions options)
    {
        var failures = new List<string>();

        if (options.BaseUrl is null)
        {
            failures.Add("WispGateClientOptions.BaseUrl is required: the absolute http(s) URL of your WISPGate API (configuration key WispGate:BaseUrl).");
        }
        else if (!options.BaseUrl.IsAbsoluteUri || options.BaseUrl.Scheme is not ("http" or "https"))
        {
            failures.Add("WispGateClientOptions.BaseUrl must be an absolute http or https URL.");
        }
        else if (!string.IsNullOrEmpty(options.BaseUrl.Query) || !string.IsNullOrEmpty(options.BaseUrl.Fragment))
        {
            failures.Add("WispGateClientOptions.BaseUrl must not have a query or fragment.");
        }
        else if (options.BaseUrl.AbsolutePath.TrimEnd('/').EndsWith("/api/v1", StringComparison.OrdinalIgnoreCase))
        {
            var root = options.BaseUrl.GetLeftPart(UriPartial.Authority) + options.BaseUrl.AbsolutePath.TrimEnd('/')[..^"/api/v1".Length];
            failures.Add($"WispGateClientOptions.BaseUrl must be the root URL without /api/v1 (configuration key WispGate:BaseUrl): the SDK adds /api/v1/... itself. Use {root} instead of {options.BaseUrl}.");
        }

        if (options.ApiToken is null && options.ApiTokenProvider is null)
        {
            failures.Add("WispGateClientOptions.ApiToken or WispGateClientOptions.ApiTokenProvider is required (configuration key WispGate:ApiToken).");
        }
        else if (options.ApiToken is not null && options.ApiTokenProvider is not null)
        {
            failures.Add("Set only one of WispGateClientOptions.ApiToken and WispGateClientOptions.ApiTokenProvider.");
        }
        else if (options.ApiToken is not null && !WispGateHeaders.IsValidToken(options.ApiToken))
        {
            failures.Add("WispGateClientOptions.ApiToken must be a non-blank token without spaces or control characters.");
        }

        if (WispGateHeaders.WouldSendLiveKeyInClear(options.ApiToken, options.BaseUrl) && options.BaseUrl is { } baseUrl)
        {
            failures.Add(
                $"WispGateClientOptions.ApiToken is a live key ({WispGateHeaders.LiveKeyPrefix}…) but WispGateClientOptions.BaseUrl ({baseUrl.GetLeftPart(UriPartial.Authority)}) is plain http "
                + "and not loopback: the key would cross the network unencrypted. Use an https BaseUrl (configuration key WispGate:BaseUrl), "
                + "or a wgk_test_… key for a test environment.");
        }

        if (options.TenantId is not null && !WispGateHeaders.IsValidTenantId(options.TenantId))
        {
            failures.Add("WispGateClientOptions.TenantId must be a non-blank tenant id without control characters (or unset for the token's default tenant).");
        }

        CheckRange(failures, "Timeout", options.Timeout, s_minimumTimeout);
        CheckRange(failures, "AttemptTimeout", options.AttemptTimeout, s_minimumTimeout);
        if (options.AttemptTimeout > options.Timeout)
        {
            failures.Add("WispGateClientOptions.AttemptTimeout must not exceed WispGateClientOptions.Timeout (the limit of the whole call).");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add("WispGateClientOptions.MaxRetries must be between 0 and 10.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.RetryBaseDelay > s_maximum)
        {
            failures.Add("WispGateClientOptions.RetryBaseDelay must be between 0 and 1 day.");
        }

        if (options.UserAgentSuffix is not null && (string.IsNullOrWhiteSpace(options.UserAgentSuffix) || options.UserAgentSuffix.Any(char.IsControl) || options.UserAgentSuffix.Length > 200))
        {
            failures.Add("WispGateClientOptions.UserAgentSuffix must be printable, single-line text of at most 200 characters.");
        }

        var breaker = options.CircuitBreaker;
        if (breaker is null)
        {
            failures.Add("WispGateClientOptions.CircuitBreaker must not be null.");
        }
        else
        {
            if (double.IsNaN(breaker.FailureRatio) || breaker.FailureRatio is <= 0 or > 1)
            {
                failures.Add("WispGateClientOptions.CircuitBreaker.FailureRatio must be greater than 0 and at most 1.");
            }

            if (breaker.MinimumThroughput < 2)
            {
                failures.Add("WispGateClientOptions.CircuitBreaker.MinimumThroughput must be at least 2.");
            }

            CheckRange(failures, "CircuitBreaker.SamplingDuration", breaker.SamplingDuration, s_minimumWindow);
            CheckRange(failures, "CircuitBreaker.BreakDuration", breaker.BreakDuration, s_minimumWindow);
        }

        if (failures.Count == 0)
        {
            return ValidateOptionsResult.Success;
        }

        // A client registered by name (AddWispGate(name, …)) says which one is misconfigured.
        return ValidateOptionsResult.Fail(string.IsNullOrEmpty(name) ? failures : failures.Select(failure => $"WISPGate client '{name}': {failure}"));
    }

    private static void CheckRange(List<string> failures, string option, TimeSpan value, TimeSpan minimum)
    {
        if (value < minimum || value > s_maximum)
        {
            failures.Add($"WispGateClientOptions.{option} must be between {minimum.TotalMilliseconds:0} ms and 1 day (was {value}).");
        }
    }
}
