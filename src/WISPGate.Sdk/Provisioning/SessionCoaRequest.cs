namespace WISPGate.Sdk.Provisioning;

/// <summary>The optional body of <c>POST /api/v1/sessions/{id}/coa</c>.</summary>
public sealed record SessionCoaRequest
{
    /// <summary>The attributes to change (name → value); when unset, the reply attributes of the service's current package.</summary>
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}
