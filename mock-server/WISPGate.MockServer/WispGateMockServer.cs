using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WISPGate.MockServer.Admin;
using WISPGate.MockServer.Hosting;
using WISPGate.MockServer.Pipeline;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer;

/// <summary>
/// The WISPGate reference mock server: the whole v1 contract with real, per-tenant state, served by WireMock.Net.
/// <code>
/// await using var server = await WispGateMockServer.StartAsync(new WispGateMockServerOptions());
/// // server.BaseUrl, server.DemoTokens.ReadWrite, server.Faults, server.Clock, server.ResetAsync()
/// </code>
/// The contract's behaviour is one low-priority WireMock mapping, so mappings added in code
/// (<see cref="WireMock"/>) or through <c>/__admin/mappings</c> take precedence.
/// </summary>
public sealed class WispGateMockServer : IAsyncDisposable
{
    /// <summary>WireMock priority of the built-in contract mapping: the lowest, so any other mapping wins.</summary>
    public const int BuiltInPriority = 1_000_000;

    private readonly MockRuntime _runtime;

    private WispGateMockServer(WireMockServer wireMock, MockRuntime runtime, bool loopbackDefault, ContractFastPath? fastPath)
    {
        WireMock = wireMock;
        _runtime = runtime;
        FastPath = fastPath;

        // On the default binding the URL is spelled as the README and the banner promise (WireMock may report the
        // host as "localhost"); with explicit Urls it is the first one WireMock listens on.
        BaseUrl = loopbackDefault && wireMock.Ports.Count > 0
            ? $"http://127.0.0.1:{wireMock.Ports[0]}"
            : wireMock.Url!.TrimEnd('/');
    }

    /// <summary>
    /// The root URL, e.g. <c>http://127.0.0.1:5080</c>: the value for the SDK's <c>BaseUrl</c> (API paths start with
    /// <c>/api/v1</c>, which the SDK adds itself).
    /// </summary>
    public string BaseUrl { get; }

    /// <summary>The demo tokens and tenants.</summary>
    public DemoTokens DemoTokens => DemoTokens.Default;

    /// <summary>Fault injection.</summary>
    public FaultInjector Faults => _runtime.Faults;

    /// <summary>
    /// The API requests the server answered (method, path, operation, status, request id, idempotency key, tenant,
    /// replayed), oldest first, bounded by <see cref="WispGateMockServerOptions.MaxRequestLogCount"/> and cleared by
    /// <see cref="ResetAsync"/>: <c>server.Requests.ForOperation("createSubscriber")</c>.
    /// </summary>
    public RequestLog Requests => _runtime.Requests;

    /// <summary>The server clock; <see cref="MockClock.Advance"/> moves it forward.</summary>
    public MockClock Clock => _runtime.Clock;

    /// <summary>The state the server started from (the start-up banner names its public demo tokens).</summary>
    internal MockState SeedState => _runtime.Store.Current;

    /// <summary>
    /// Diagnostic: how many idempotency keys are held right now by POSTs still running (across tenants). A test of
    /// <c>409 idempotency_key_in_use</c> waits until its slow request (a <see cref="FaultRule.DelayMilliseconds"/>
    /// fault alone) holds its key before sending the second one.
    /// </summary>
    public int IdempotencyKeysInFlight => _runtime.Idempotency.InFlightCount;

    /// <summary>
    /// Diagnostic: the path that answers contract requests without WireMock's matching while no user stub exists
    /// (null when it could not be bound to this WireMock.Net version, or is switched off).
    /// </summary>
    internal ContractFastPath? FastPath { get; }

    /// <summary>The underlying WireMock server, to add mappings in code that take precedence over the contract.</summary>
    public WireMockServer WireMock { get; }

    /// <summary>Starts a server.</summary>
    /// <exception cref="InvalidDataException">The seed cannot be read.</exception>
    public static Task<WispGateMockServer> StartAsync(WispGateMockServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new WispGateMockServerOptions();
        if (options.RateLimitPerSecond < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "RateLimitPerSecond must be at least 1.");
        }

        if (options.MaxRecordsPerTenant < 1 || options.MaxLogEntriesPerTenant < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxRecordsPerTenant and MaxLogEntriesPerTenant must be at least 1.");
        }

        if ((options.Webhooks ?? throw new ArgumentException("Webhooks must not be null.", nameof(options))).Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        if ((options.ProvisioningHooks ?? throw new ArgumentException("ProvisioningHooks must not be null.", nameof(options))).Problem() is { } hookProblem)
        {
            throw new ArgumentException(hookProblem, nameof(options));
        }

        if (options.RecordDirectory is not null && options.ProxyTo is null)
        {
            throw new ArgumentException("RecordDirectory records what the proxy forwards: it needs ProxyTo.", nameof(options));
        }

        if (options.ProxyTo is { } proxyTo && RecordingProxy.Problem(proxyTo, out _) is { } proxyProblem)
        {
            throw new ArgumentException($"ProxyTo '{proxyTo}': {proxyProblem}", nameof(options));
        }

        if (options.ReplayDirectory is { } replay && !Directory.Exists(replay))
        {
            throw new InvalidDataException($"The replay directory '{replay}' does not exist.");
        }

        return cancellationToken.IsCancellationRequested
            ? Task.FromCanceled<WispGateMockServer>(cancellationToken)
            : StartCoreAsync(options);
    }

    /// <summary>Back to the seed: data, clock offset, faults, request log, idempotency keys, rate-limit windows. User mappings stay.</summary>
    public Task ResetAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _runtime.Reset();
        return Task.CompletedTask;
    }

    /// <summary>
    /// The server's state as a versioned JSON snapshot (<c>"format": "wispgate-mock-state"</c>, the document
    /// <c>GET /__admin/wispgate/state</c> answers): every tenant's entities, API keys (hashes only), id counters, the
    /// clock and idempotency records — or one tenant's data with <paramref name="tenantId"/>. Deterministic: exporting
    /// what <see cref="ImportStateAsync"/> loaded gives the same bytes. The snapshot carries
    /// webhook, provisioning hook and workflow signing secrets and the stored answers of idempotent requests (which may
    /// show a new key's token): keep it like a secret.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="tenantId"/> names no tenant of the server.</exception>
    public Task<string> ExportStateAsync(string? tenantId = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var snapshot = Snapshots.StateSnapshots.Export(_runtime, tenantId)
            ?? throw new ArgumentException($"The server has no tenant '{tenantId}'.", nameof(tenantId));
        return Task.FromResult(System.Text.Encoding.UTF8.GetString(snapshot));
    }

    /// <summary>
    /// Replaces the state with a snapshot (<see cref="ExportStateAsync"/>, <c>PUT /__admin/wispgate/state</c>): a
    /// whole-server snapshot replaces all data, API keys, id counters, the clock and idempotency records; a tenant
    /// snapshot only its tenant's data and idempotency records. The snapshot is validated first: when it is invalid
    /// nothing changes. A reset still goes back to the seed.
    /// </summary>
    /// <exception cref="InvalidDataException">The snapshot is not valid; the message names each bad entry (<c>tenants[0].subscribers[3].id: …</c>).</exception>
    public Task ImportStateAsync(string snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        cancellationToken.ThrowIfCancellationRequested();
        Import(System.Text.Encoding.UTF8.GetBytes(snapshot));
        return Task.CompletedTask;
    }

    /// <summary>Stops the server, then its background work (timers, webhook deliveries in flight or waiting to retry).</summary>
    public async ValueTask DisposeAsync()
    {
        WireMock.Stop();
        WireMock.Dispose();
        await _runtime.DisposeAsync();
    }

    private void Import(ReadOnlyMemory<byte> snapshot)
    {
        try
        {
            Snapshots.StateSnapshots.Import(_runtime, snapshot);
        }
        catch (Snapshots.InvalidSnapshotException exception)
        {
            throw new InvalidDataException(exception.Message, exception);
        }
    }

    private static async Task<WispGateMockServer> StartCoreAsync(WispGateMockServerOptions options)
    {
        // Reading the contract and the seed and starting Kestrel are independent and each takes a few hundred
        // milliseconds (mostly JIT): do them side by side. The contract mapping is added once both are done, and the
        // server is returned (and its URL printed) only then.
        var runtimeTask = Task.Run(() => new MockRuntime(options));
        IHttpContextAccessor? accessor = null;
        ContractFastPath? fastPath = null;
        var settings = new WireMockServerSettings
        {
            Urls = (options.Urls ?? [$"http://127.0.0.1:{options.Port}"]).ToArray(),
            StartAdminInterface = true,
            MaxRequestLogCount = options.MaxRequestLogCount,
            // The pipeline parses API bodies itself, strictly, from the raw bytes; WireMock's own JSON parsing
            // stays on because its admin API (/__admin/mappings) reads bodies through it.
            DisableDeserializeFormUrlEncoded = true,
            AdditionalServiceRegistration = services =>
            {
                services.AddHttpContextAccessor();
                // After WireMock's own Kestrel settings: over-long request lines and headers reach RequestLimitsMiddleware.
                services.PostConfigure<KestrelServerOptions>(RequestLimitsMiddleware.RaiseKestrelLimits);
            },
            PreWireMockMiddlewareInit = app =>
            {
                var builder = (IApplicationBuilder)app;
                accessor = builder.ApplicationServices.GetRequiredService<IHttpContextAccessor>();
                builder.Use((context, next) => EnvelopeGuardMiddleware.InvokeAsync(context, () => next(context)));
                builder.Use((context, next) => RequestLimitsMiddleware.InvokeAsync(context, () => next(context)));
                builder.Use((context, next) => AdminGuardMiddleware.InvokeAsync(context, () => next(context), options));
                builder.Use((context, next) => BodyLimitMiddleware.InvokeAsync(context, () => next(context)));
                builder.Use((context, next) => SecretRedactionMiddleware.InvokeAsync(context, () => next(context)));
                // Last, after the redaction: contract requests answered here skip WireMock's matching and log copy.
                builder.Use((context, next) => fastPath is { } fast ? fast.InvokeAsync(context, () => next(context)) : next(context));
            },
        };

        WireMockServer wireMock;
        try
        {
            // WireMock starts synchronously (it waits for Kestrel); keep the caller's thread free.
            wireMock = await Task.Run(() => WireMockServer.Start(settings));
        }
        catch
        {
            // A taken port: stop the runtime's timer and workers before reporting the failure.
            if (await CompletedRuntimeAsync(runtimeTask) is { } started)
            {
                await started.DisposeAsync();
            }

            throw;
        }

        MockRuntime runtime;
        try
        {
            runtime = await runtimeTask;
        }
        catch
        {
            // An unusable seed: the listener must not outlive the failure.
            wireMock.Stop();
            wireMock.Dispose();
            throw;
        }

        AdminEndpoints.Map(wireMock, runtime, () => accessor?.HttpContext);
        async Task<IResponseMessage> HandleAsync(ApiRequest request, HttpContext? context)
        {
            var result = await runtime.Pipeline.ExecuteAsync(request);
            var response = Wire.ResponseRenderer.Render(result, request.RequestId);
            runtime.Requests.Record(request, result, response, runtime.Clock.GetUtcNow());
            return WireMockBridge.ToResponse(result, response, request, context);
        }

        var contractMapping = Guid.NewGuid();
        wireMock
            .Given(Request.Create().WithPath(new RegexMatcher(".*")).UsingAnyMethod())
            .WithGuid(contractMapping)
            .AtPriority(BuiltInPriority)
            .WithTitle("WISPGate v1 contract (built-in behaviour)")
            .RespondWith(Response.Create().WithCallback(message =>
            {
                var context = accessor?.HttpContext;
                return HandleAsync(WireMockBridge.ToApiRequest(message, context), context);
            }));
        try
        {
            // Bound to the mappings that exist now; replay and proxy mappings come after, so they switch it off.
            fastPath = ContractFastPath.Create(wireMock, contractMapping, HandleAsync);
            AddRecordAndReplay(wireMock, options);
        }
        catch
        {
            wireMock.Stop();
            wireMock.Dispose();
            await runtime.DisposeAsync();
            throw;
        }

        return new WispGateMockServer(wireMock, runtime, loopbackDefault: options.Urls is null, fastPath);
    }

    // --replay: the recorded mappings, in front of the contract (and the proxy); --proxy-to: the proxy mapping, just in
    // front of the contract, recording into --record-dir.
    private static void AddRecordAndReplay(WireMockServer wireMock, WispGateMockServerOptions options)
    {
        if (options.ReplayDirectory is { } replay)
        {
            RecordedMappings.Load(wireMock, replay);
        }

        if (options.ProxyTo is { } proxyTo)
        {
            RecordingProxy.Problem(proxyTo, out var target);
            var recorder = options.RecordDirectory is { } directory ? new RecordedMappings(directory) : null;
            wireMock
                .Given(Request.Create().WithPath(new RegexMatcher(".*")).UsingAnyMethod())
                .AtPriority(RecordingProxy.Priority)
                .WithTitle($"WISPGate proxy to {target}" + (recorder is null ? string.Empty : " (recording)"))
                .RespondWith(new RecordingProxy(target, recorder));
        }
    }

    // The runtime once its construction finished (null when it failed: then there is nothing to stop).
    private static async Task<MockRuntime?> CompletedRuntimeAsync(Task<MockRuntime> runtimeTask)
    {
        try
        {
            return await runtimeTask;
        }
#pragma warning disable CA1031 // The start failure being reported matters more than a second one from the runtime.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
