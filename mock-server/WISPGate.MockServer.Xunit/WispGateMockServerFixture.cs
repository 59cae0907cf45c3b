using System.Net.Http.Headers;
using Xunit;

namespace WISPGate.MockServer;

/// <summary>
/// An in-process <see cref="WispGateMockServer"/> for xunit v3 tests: one server per test class
/// (<c>IClassFixture&lt;WispGateMockServerFixture&gt;</c>) or per collection
/// (<c>ICollectionFixture&lt;WispGateMockServerFixture&gt;</c>), started before the first test and stopped after the last,
/// and <b>reset to its seed before each test</b>: the first time a test touches <see cref="Server"/>, <see cref="BaseUrl"/>
/// or <see cref="Client"/> (usually in the test class's constructor), data, clock, faults, request log and idempotency keys
/// go back to the seed, so no test sees what another one created. Mappings added in code stay.
/// <code>
/// public sealed class SubscriberTests(WispGateMockServerFixture mock) : IClassFixture&lt;WispGateMockServerFixture&gt;
/// {
///     [Fact]
///     public async Task Lists_subscribers() =&gt; (await mock.Client.GetAsync("/api/v1/subscribers")).EnsureSuccessStatusCode();
/// }
/// </code>
/// Tests of one class or collection run one at a time, so the reset is safe. Used as an assembly fixture, tests of
/// different collections run in parallel against the one server: turn parallelization off, or derive and answer false
/// from <see cref="ResetBeforeEachTest"/>. Derive and override <see cref="CreateOptions"/> for other options (seed, rate
/// limit, <c>ReplayDirectory</c>, …).
/// </summary>
public class WispGateMockServerFixture : IAsyncLifetime
{
    private readonly Lock _gate = new();
    private WispGateMockServer? _server;
    private HttpClient? _client;
    private string? _lastTest;

    /// <summary>The server, reset to its seed first if the current test has not touched it yet.</summary>
    /// <exception cref="InvalidOperationException">Used before xunit initialized the fixture, or after it was disposed.</exception>
    public WispGateMockServer Server
    {
        get
        {
            var server = _server ?? throw new InvalidOperationException("The mock server is not running: xunit starts it before the first test of the class or collection (InitializeAsync) and stops it after the last.");
            if (ResetBeforeEachTest && TestContext.Current.Test?.UniqueID is { } test)
            {
                lock (_gate)
                {
                    if (test != _lastTest)
                    {
                        _lastTest = test;
                        server.ResetAsync(TestContext.Current.CancellationToken).GetAwaiter().GetResult();
                    }
                }
            }

            return server;
        }
    }

    /// <summary>The root URL (<c>http://127.0.0.1:&lt;port&gt;</c>): the SDK's <c>BaseUrl</c>.</summary>
    public string BaseUrl => Server.BaseUrl;

    /// <summary>The demo tokens and tenants (<c>wgk_test_demo</c>, …).</summary>
    public DemoTokens DemoTokens => Server.DemoTokens;

    /// <summary>
    /// An <see cref="HttpClient"/> for the server: <see cref="HttpClient.BaseAddress"/> is <see cref="BaseUrl"/> and every
    /// request carries <c>Authorization: Bearer wgk_test_demo</c> (read, write and admin on the first demo tenant). Owned
    /// by the fixture: do not dispose it.
    /// </summary>
    public HttpClient Client
    {
        get
        {
            _ = Server;
            return _client!;
        }
    }

    /// <summary>Whether the server is reset before each test (default true).</summary>
    protected virtual bool ResetBeforeEachTest => true;

    /// <summary>The options the server starts with: a free port on 127.0.0.1 and the demo seed, unless overridden.</summary>
    protected virtual WispGateMockServerOptions CreateOptions() => new();

    /// <summary>Starts the server (called by xunit).</summary>
    public virtual async ValueTask InitializeAsync()
    {
        _server = await WispGateMockServer.StartAsync(CreateOptions());
        _client = new HttpClient { BaseAddress = new Uri(_server.BaseUrl) };
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _server.DemoTokens.ReadWrite);
    }

    /// <summary>Stops the server (called by xunit).</summary>
    public virtual async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _server = null;
        GC.SuppressFinalize(this);
    }
}
