namespace WISPGate.MockServer.Provisioning;

/// <summary>Body of nakProvisioningJob: the RFC 5176 Error-Cause and why.</summary>
internal sealed record NakProvisioningJobRequest(int ErrorCause, string? ErrorMessage);
