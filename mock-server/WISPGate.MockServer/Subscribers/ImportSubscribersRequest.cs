using System.Text.Json;

namespace WISPGate.MockServer.Subscribers;

/// <summary>Body of importSubscribers; each row is checked on its own against createSubscriber's schema.</summary>
internal sealed record ImportSubscribersRequest(ImportMode Mode, IReadOnlyList<JsonElement> Subscribers);
