namespace WISPGate.Sdk.Http;

/// <summary>
/// One operation of the contract as a call sees it: its id, HTTP method and route template. The generated area clients
/// hold one per operation (<c>s_operationId</c>); logs, spans and transport errors name the call by its template
/// (low-cardinality, no ids).
/// </summary>
/// <param name="Id">The contract's <c>operationId</c>.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Route">The route template, e.g. <c>/api/v1/subscribers/{id}</c>.</param>
internal sealed record ApiOperation(string Id, HttpMethod Method, string Route);
