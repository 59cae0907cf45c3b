namespace WISPGate.Sdk.Provisioning;

/// <summary>The optional body of the service actions (activate, suspend, resume, terminate).</summary>
public sealed record ServiceActionRequest
{
    /// <summary>Why (kept on the provisioning job and the event).</summary>
    public string? Reason { get; init; }
}
