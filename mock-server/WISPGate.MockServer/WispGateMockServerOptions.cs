namespace WISPGate.MockServer;

/// <summary>How to start a <see cref="WispGateMockServer"/>.</summary>
public sealed record WispGateMockServerOptions
{
    /// <summary>Port on 127.0.0.1; 0 (the default) picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Explicit listen URLs (e.g. <c>http://0.0.0.0:5080</c>); overrides <see cref="Port"/>.</summary>
    public IReadOnlyList<string>? Urls { get; init; }

    /// <summary>
    /// The data to start with and reset to: <c>demo</c> (default), <c>empty</c> (demo tenants and tokens, no data) or the
    /// path of a seed file or of a whole-server state snapshot (<see cref="WispGateMockServer.ExportStateAsync"/>; its clock
    /// and idempotency records come back on every reset too).
    /// </summary>
    public string Seed { get; init; } = "demo";

    /// <summary>Requests per second per token before 429 (default 1,000).</summary>
    public int RateLimitPerSecond { get; init; } = 1000;

    /// <summary>When set, <c>/__admin/*</c> (WireMock's admin API and the WISPGate admin endpoints) require <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public string? AdminToken { get; init; }

    /// <summary>
    /// Whether WireMock's admin endpoints that read or write files in the working directory (<c>/__admin/files</c>,
    /// <c>/__admin/mappings/save</c>, …) and settings changes (<c>PUT /__admin/settings</c>) are allowed. Off by default:
    /// on a shared machine they would let any local process write files.
    /// </summary>
    public bool AdminFileApi { get; init; }

    /// <summary>
    /// Whether the reference pages (<c>/docs</c>) offer "Try it" (requests to this server with demo tokens). Null (the
    /// default): on, unless <see cref="AdminToken"/> is set (a shared machine).
    /// </summary>
    public bool? DocsTryIt { get; init; }

    /// <summary>The time source under the server clock (e.g. a FakeTimeProvider in tests); the system clock when null.</summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>How many requests WireMock's request log keeps (memory stays flat under load). Default 1,000.</summary>
    public int MaxRequestLogCount { get; init; } = 1000;

    /// <summary>
    /// Records one tenant may hold, all kinds together and its seed's included (default 25,000): past it, a create
    /// answers 409 <c>storage_limit_reached</c> and stores nothing, until records are deleted or the server is reset.
    /// Records are never dropped: others refer to them (ids, the ledger).
    /// </summary>
    public int MaxRecordsPerTenant { get; init; } = DefaultMaxRecordsPerTenant;

    /// <summary>
    /// Entries one tenant keeps of each append-only log — events, webhook delivery attempts — and idempotency keys
    /// (default 25,000 each): beyond it the oldest are dropped.
    /// </summary>
    public int MaxLogEntriesPerTenant { get; init; } = DefaultMaxLogEntriesPerTenant;

    /// <summary>The default of <see cref="MaxRecordsPerTenant"/>.</summary>
    public const int DefaultMaxRecordsPerTenant = 25_000;

    /// <summary>The default of <see cref="MaxLogEntriesPerTenant"/>.</summary>
    public const int DefaultMaxLogEntriesPerTenant = 25_000;

    /// <summary>
    /// Record and replay: forward every API request (any path outside <c>/__admin</c>) to this WISPGate base URL, e.g.
    /// <c>https://api.wispgate.example</c>, and answer with its response, instead of the built-in contract behaviour.
    /// Mappings added in code or through <c>/__admin/mappings</c> (and <see cref="ReplayDirectory"/>) still win. The
    /// secrets of a request (<c>Authorization</c>, <c>api_token</c>) are forwarded as sent and kept out of WireMock's
    /// request log. Null (the default): no proxy.
    /// </summary>
    public string? ProxyTo { get; init; }

    /// <summary>
    /// With <see cref="ProxyTo"/>: save every forwarded exchange as a WireMock mapping file (JSON) in this directory
    /// (created when missing), with secrets redacted: bearer tokens and <c>api_token</c> are not matched on, and
    /// secrets in response bodies (<c>secret</c>, <c>token</c>, …) are saved as <c>[redacted]</c>. Null: no recording.
    /// </summary>
    public string? RecordDirectory { get; init; }

    /// <summary>
    /// Load the WireMock mapping files (<c>*.json</c>) of this directory, e.g. a <see cref="RecordDirectory"/>: they are
    /// answered in front of the contract behaviour (and of <see cref="ProxyTo"/>); mappings added in code still win.
    /// A file that is not a mapping fails the start (<see cref="InvalidDataException"/>). Null: nothing to replay.
    /// </summary>
    public string? ReplayDirectory { get; init; }

    /// <summary>Webhook delivery: per-attempt timeout and retry delays (defaults: 10 s; 1 s, 5 s, 30 s).</summary>
    public WebhookDeliveryOptions Webhooks { get; init; } = new();

    /// <summary>Provisioning hook calls: per-call timeout and retry delays (defaults: 10 s; 1 s, 5 s, 30 s).</summary>
    public ProvisioningHookOptions ProvisioningHooks { get; init; } = new();
}
