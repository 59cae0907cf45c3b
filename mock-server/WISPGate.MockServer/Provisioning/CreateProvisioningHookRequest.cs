namespace WISPGate.MockServer.Provisioning;

/// <summary>Body of createProvisioningHook.</summary>
internal sealed record CreateProvisioningHookRequest(string Url, string? Description, IReadOnlyList<string> Actions, bool? Enabled);
