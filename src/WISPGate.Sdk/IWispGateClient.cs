using WISPGate.Sdk.Subscribers;

namespace WISPGate.Sdk;

/// <summary>
/// The WISPGate v1 API, one interface per area (<c>client.Subscribers</c>, <c>client.Services</c>, …).
/// Immutable and safe to share; register it with <c>services.AddWispGate(…)</c> or build one with
/// <see cref="WispGateClient.Create"/>.
/// </summary>
public interface IWispGateClient
{
    /// <summary>Subscribers and their contacts, lifecycle and balance.</summary>
    ISubscribersClient Subscribers { get; }

    /// <summary>Subscribers' services (orders, address, price override).</summary>
    IServicesClient Services { get; }
}
