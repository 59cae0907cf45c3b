using WireMock.RequestBuilders;
using WISPGate.Sdk.Paging;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests;

/// <summary>
/// The short forms a first-hour user reaches for: a response assigned to its data, a page looped over, extra headers on
/// <see cref="RequestOptions"/>, and disposal where the caller owns the client.
/// </summary>
public sealed class ConvenienceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_response_converts_implicitly_to_its_data()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/v1/subscribers/sub_000184").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_000184"))));

        Subscriber subscriber = await harness.Client.Subscribers.GetAsync("sub_000184", cancellationToken: Ct);

        subscriber.Id.Should().Be("sub_000184");
        var convert = () => (Subscriber)(WispGateResponse<Subscriber>)null!;
        convert.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public async Task A_page_is_looped_over_directly()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/v1/subscribers").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([Json.Subscriber("sub_2"), Json.Subscriber("sub_1")], null, hasMore: false)));

        var page = await harness.Client.Subscribers.ListAsync(cancellationToken: Ct);
        var ids = new List<string>();
        foreach (var subscriber in page)
        {
            ids.Add(subscriber.Id);
        }

        ids.Should().Equal("sub_2", "sub_1");
        page.Select(subscriber => subscriber.Id).Should().Equal(page.Items.Select(subscriber => subscriber.Id));
    }

    [Fact]
    public async Task Extra_headers_as_the_readme_shows_are_sent()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/v1/subscribers/sub_000184").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_000184"))));

        // README "Calling each area": extra Headers such as X-Request-ID.
        var requestOptions = new RequestOptions { Headers = new Dictionary<string, string> { ["X-Request-ID"] = "crm-7781" } };
        await harness.Client.Subscribers.GetAsync("sub_000184", requestOptions, Ct);

        harness.Requests.Single().Headers!["X-Request-ID"].Should().Equal("crm-7781");
    }

    [Fact]
    public void The_caller_owns_and_disposes_what_Create_returns_the_container_owns_the_interface()
    {
        typeof(IDisposable).IsAssignableFrom(typeof(WispGateClient)).Should().BeTrue("WispGateClient.Create's result is the caller's to dispose");
        typeof(IDisposable).IsAssignableFrom(typeof(IWispGateClient)).Should().BeFalse("an injected client belongs to the container: nothing to dispose");
        typeof(WispGateClient).GetMethod(nameof(WispGateClient.Create))!.ReturnType.Should().Be<WispGateClient>("so that `using var client = WispGateClient.Create(…)` compiles");
    }
}
