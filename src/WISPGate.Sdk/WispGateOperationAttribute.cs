namespace WISPGate.Sdk;

/// <summary>
/// Declares the contract operation an area method calls: <c>[WispGateOperation("createSubscriber", "POST", "/api/v1/subscribers")]</c>
/// (the <c>operationId</c>, HTTP method and route template of the OpenAPI document, path parameters as <c>{id}</c>). It is the
/// method's only declaration: the SDK's source generator (<c>src/WISPGate.Sdk.Generators</c>, which finds it by name) writes the
/// implementation from it, and the contract drift guard (which reads it by reflection) checks id, method and route against
/// the contract. Internal: nothing outside the SDK and its tests needs it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
internal sealed class WispGateOperationAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="operationId">The contract's <c>operationId</c>, e.g. <c>createSubscriber</c>.</param>
    /// <param name="method">The HTTP method in upper case, e.g. <c>POST</c>.</param>
    /// <param name="route">The contract's path template, e.g. <c>/api/v1/subscribers/{id}/contacts/{contact_id}</c>.</param>
    public WispGateOperationAttribute(string operationId, string method, string route)
    {
        OperationId = operationId;
        Method = method;
        Route = route;
    }

    /// <summary>The contract's <c>operationId</c>.</summary>
    public string OperationId { get; }

    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; }

    /// <summary>The contract's path template.</summary>
    public string Route { get; }
}
