namespace WISPGate.Sdk;

/// <summary>
/// Names the operation of the OpenAPI contract (<c>operationId</c>) an SDK method calls, so the
/// contract drift guard can check that every operation has a method and every method an operation.
/// Internal: only the SDK's own drift tests read it (<c>InternalsVisibleTo</c> WISPGate.Sdk.Tests).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
internal sealed class WispGateOperationAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="operationId">The contract's <c>operationId</c>, e.g. <c>createSubscriber</c>.</param>
    public WispGateOperationAttribute(string operationId)
    {
        OperationId = operationId;
    }

    /// <summary>The contract's <c>operationId</c>.</summary>
    public string OperationId { get; }
}
