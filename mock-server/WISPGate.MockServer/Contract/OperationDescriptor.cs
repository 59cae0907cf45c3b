namespace WISPGate.MockServer.Contract;

/// <summary>
/// One operation of the contract as the pipeline needs it: where it lives, who may call it, what it accepts, and
/// whether it creates a resource (a POST answering 201, or 202 with a job or run: refused when the tenant is full).
/// </summary>
internal sealed record OperationDescriptor(
    string OperationId,
    string Method,
    RouteTemplate Route,
    string? Tag,
    bool RequiresAuth,
    RequestBodyDescriptor? RequestBody,
    IReadOnlyList<ParameterDescriptor> Parameters,
    bool CreatesResource = false,
    IReadOnlyList<string>? RequiredScopes = null)
{
    /// <summary>
    /// The scope a token needs: what the operation's security requirement names (<c>bearerAuth: ["admin"]</c>), else
    /// <c>write</c> for a change and <c>read</c> for a GET.
    /// </summary>
    public string Scope => RequiredScopes is { Count: > 0 } named ? named[0] : IsWrite ? "write" : "read";

    /// <summary>Whether the operation changes state (needs the <c>write</c> scope).</summary>
    public bool IsWrite => Method is not ("GET" or "HEAD");

    /// <summary>The path template, e.g. <c>/api/v1/subscribers/{id}</c>.</summary>
    public string PathTemplate => Route.Template;

    /// <summary>A parameter by location and name, or null.</summary>
    public ParameterDescriptor? Parameter(string location, string name) =>
        Parameters.FirstOrDefault(p => p.Location == location && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
