namespace WISPGate.MockServer.Handlers;

/// <summary>
/// A registered handler. A synchronous handler runs under its tenant's lock (business rules are atomic);
/// an asynchronous one runs without it and takes <c>Tenant.Gate</c> itself around any change.
/// </summary>
internal sealed record OperationHandler(
    Func<OperationContext, ApiResult>? Synchronous,
    Func<OperationContext, ValueTask<ApiResult>>? Asynchronous);
