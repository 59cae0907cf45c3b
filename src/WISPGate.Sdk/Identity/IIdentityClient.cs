namespace WISPGate.Sdk.Identity;

/// <summary>
/// Who the configured token is: <see cref="GetMeAsync"/> answers its scopes, environment, tenants (with the default
/// one) and rate-limit window. Every method takes optional <see cref="RequestOptions"/> and a
/// <see cref="CancellationToken"/>; failures throw <see cref="Errors.WispGateException"/> subclasses.
/// </summary>
public interface IIdentityClient
{
    /// <summary>Tells the calling token what it is: its scopes and environment, the tenants it may act for and its rate-limit window.</summary>
    /// <param name="requestOptions">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token's identity.</returns>
    [WispGateOperation("getMe", "GET", "/api/v1/me")]
    Task<WispGateResponse<Me>> GetMeAsync(RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
