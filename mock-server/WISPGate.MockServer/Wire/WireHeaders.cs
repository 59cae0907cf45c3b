namespace WISPGate.MockServer.Wire;

/// <summary>The names of every header the server reads or writes; no step, handler or admin path spells one itself.</summary>
internal static class WireHeaders
{
    /// <summary>The client's trace id, echoed (or generated) on every answer.</summary>
    public const string RequestId = "X-Request-ID";

    /// <summary>The tenant to act for.</summary>
    public const string TenantId = "X-Tenant-ID";

    /// <summary>The key that makes a POST safe to retry.</summary>
    public const string IdempotencyKey = "X-Idempotency-Key";

    /// <summary>Marks an idempotent replay (<c>true</c>).</summary>
    public const string IdempotentReplayed = "X-Idempotent-Replayed";

    /// <summary>The signature of webhook deliveries, provisioning hook calls and workflow calls.</summary>
    public const string Signature = "X-WISPGate-Signature";

    /// <summary>The workflow run behind a workflow's webhook call.</summary>
    public const string WorkflowRun = "X-WISPGate-Workflow-Run";

    /// <summary>Requests per second allowed.</summary>
    public const string RateLimitLimit = "RateLimit-Limit";

    /// <summary>Requests left in this second.</summary>
    public const string RateLimitRemaining = "RateLimit-Remaining";

    /// <summary>Seconds until the window resets.</summary>
    public const string RateLimitReset = "RateLimit-Reset";

    /// <summary>The bearer token.</summary>
    public const string Authorization = "Authorization";

    /// <summary>A proxy's credentials (a secret, never forwarded to logs).</summary>
    public const string ProxyAuthorization = "Proxy-Authorization";

    /// <summary>The challenge of a 401.</summary>
    public const string WwwAuthenticate = "WWW-Authenticate";

    /// <summary>The body's media type.</summary>
    public const string ContentType = "Content-Type";

    /// <summary>The body's compression.</summary>
    public const string ContentEncoding = "Content-Encoding";

    /// <summary>The media types the client accepts.</summary>
    public const string Accept = "Accept";

    /// <summary>When to try again (429, 409 <c>idempotency_key_in_use</c>, injected faults).</summary>
    public const string RetryAfter = "Retry-After";

    /// <summary>Where a created resource lives.</summary>
    public const string Location = "Location";

    /// <summary>The methods of a path (405).</summary>
    public const string Allow = "Allow";

    /// <summary>The proxies a request passed.</summary>
    public const string Via = "Via";
}
