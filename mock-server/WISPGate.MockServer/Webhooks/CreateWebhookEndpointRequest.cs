namespace WISPGate.MockServer.Webhooks;

/// <summary>Body of createWebhookEndpoint.</summary>
internal sealed record CreateWebhookEndpointRequest(string Url, string? Description, IReadOnlyList<string> Events, bool? Enabled);
