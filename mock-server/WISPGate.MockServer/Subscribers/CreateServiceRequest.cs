using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Subscribers;

/// <summary>Body of createService.</summary>
internal sealed record CreateServiceRequest(
    string SubscriberId,
    string ServicePackageId,
    Address? ServiceAddress,
    DateOnly? StartDate,
    Money? PriceOverride);
