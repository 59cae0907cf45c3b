namespace WISPGate.MockServer.Contract;

/// <summary>
/// The outcome of looking a request up in the route table: an operation with its path parameters,
/// or no such path (404), or a path that exists with other methods (405, <see cref="AllowedMethods"/>).
/// </summary>
internal sealed record RouteMatch(
    OperationDescriptor? Operation,
    IReadOnlyDictionary<string, string> PathParameters,
    IReadOnlyList<string> AllowedMethods)
{
    /// <summary>Whether no template matches the path.</summary>
    public bool IsUnknownPath => Operation is null && AllowedMethods.Count == 0;

    /// <summary>Whether the path exists but not with this method.</summary>
    public bool IsWrongMethod => Operation is null && AllowedMethods.Count > 0;
}
