namespace WISPGate.Contract.Tests;

/// <summary>The conventions of the design as predicates over (method, path): which parts an operation must have.</summary>
internal static class ContractRules
{
    /// <summary>The statuses every operation declares (shared <c>components/responses</c>).</summary>
    public static readonly string[] TransportStatuses = ["400", "405", "413", "414", "415", "429", "431", "500", "503"];

    public const string LibreQosPath = "/api/libreqos/shaped-devices";

    /// <summary>Operations of the versioned API: bearer auth, tenant, envelope, rate limits.</summary>
    public static bool IsApi(string path) => path.StartsWith("/api/v1/", StringComparison.Ordinal) && path != "/api/v1/openapi.json";

    /// <summary>Authenticated operations: the versioned API plus the LibreQoS export (form token).</summary>
    public static bool IsAuthenticated(string path) => IsApi(path) || path == LibreQosPath;

    public static bool HasResourceId(string path) => path.Contains("{id}", StringComparison.Ordinal);

    /// <summary>The error statuses an operation must declare.</summary>
    public static IEnumerable<string> ExpectedErrorStatuses(string method, string path, bool hasBody, bool hasQuery)
    {
        // What the server (or Kestrel under it) can answer to any request, whatever the operation: a malformed request,
        // a wrong method, a body or request target or headers over the limits, an unsupported body, the rate limit,
        // and a server failure or injected outage — every operation declares them.
        foreach (var status in TransportStatuses)
        {
            yield return status;
        }

        if (IsAuthenticated(path))
        {
            yield return "400";
            yield return "401";
            yield return "403";
            yield return "429";
        }

        if (HasResourceId(path) || path.Contains("{operation_id}", StringComparison.Ordinal))
        {
            yield return "404";
        }

        if (IsApi(path) && method == "POST")
        {
            yield return "409"; // idempotency_key_in_use
            yield return "422"; // idempotency_key_reused
        }

        if (hasBody)
        {
            yield return "415";
            if (IsApi(path))
            {
                yield return "413";
                yield return "422";
            }
        }

        if (hasQuery)
        {
            yield return "400";
        }
    }

    /// <summary>Operations that create an addressable resource: 201 + Location.</summary>
    public static readonly IReadOnlySet<string> Creates = new HashSet<string>(StringComparer.Ordinal)
    {
        "createSubscriber", "createSubscriberContact", "createService", "createBillingProfile", "createSubscription",
        "invoiceSubscriptionNow", "createInvoice", "createPayment", "createCreditNote", "createServicePackage",
        "createDevice", "createTicket", "createTicketComment", "createWebhookEndpoint", "createNotification", "createProvisioningHook", "createApiKey", "createWorkflow",
    };

    /// <summary>Operations handed to the network or run in the background: 202.</summary>
    public static readonly IReadOnlySet<string> Accepted = new HashSet<string>(StringComparer.Ordinal)
    {
        "reconcilePayments", "activateService", "suspendService", "resumeService", "terminateService",
        "changeServicePackage", "disconnectSession", "sendSessionCoa",
    };

    /// <summary>Operations that need the <c>admin</c> scope (API key management): <c>security: [{"bearerAuth": ["admin"]}]</c>.</summary>
    public static readonly IReadOnlySet<string> AdminOperations = new HashSet<string>(StringComparer.Ordinal)
    {
        "listApiKeys", "createApiKey", "getApiKey", "revokeApiKey", "rollApiKey",
    };

    /// <summary>The success status of an operation: create → 201, background → 202, DELETE → 204, else 200.</summary>
    public static string SuccessStatus(string method, string operationId) =>
        Creates.Contains(operationId) ? "201"
        : Accepted.Contains(operationId) ? "202"
        : method == "DELETE" ? "204"
        : "200";
}
