using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Http;
using WISPGate.Sdk.Serialization;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Http;

/// <summary>
/// Survivors of the 2026-12-03 21:00 mutation run, as behaviour: the latest answer's rate limit wins, a request sent
/// around the SDK's methods still counts its attempts across retries, request bodies say their charset, a bare answer of
/// JSON <c>null</c> is an invalid response with its message, and response bodies of a known size are read whole and each
/// its own.
/// </summary>
public sealed class CallStateEdgeTests
{
    private const string SubscriberPath = "/api/v1/subscribers/sub_1";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task After_a_retry_the_rate_limit_of_the_latest_answer_is_reported()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 1);
        harness.Server.FirstThen(
            Request.Create().WithPath(SubscriberPath).UsingGet(),
            Stubs.JsonResponse(503, Json.Error("service_unavailable", "Try again."))
                .WithHeader("RateLimit-Limit", "100").WithHeader("RateLimit-Remaining", "41").WithHeader("RateLimit-Reset", "30"),
            Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1")))
                .WithHeader("RateLimit-Limit", "100").WithHeader("RateLimit-Remaining", "40").WithHeader("RateLimit-Reset", "29"));

        var answer = await harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        answer.Attempts.Should().Be(2);
        answer.RateLimit.Should().Be(new WispGateRateLimit(100, 40, TimeSpan.FromSeconds(29)));
    }

    [Fact]
    public async Task A_request_sent_around_the_SDKs_methods_counts_its_attempts_across_a_retry()
    {
        using var harness = SdkHarness.Start(options => options.MaxRetries = 1);
        harness.Server.FirstThen(
            Request.Create().WithPath("/api/v1/raw/thing_8").UsingGet(),
            Response.Create().WithStatusCode(503).WithBody("down"),
            Response.Create().WithStatusCode(200).WithBody("up"));
        var http = harness.Services.GetRequiredService<IHttpClientFactory>().CreateClient("WISPGate.Sdk");

        using var response = await http.GetAsync(new Uri(new Uri(harness.Server.Url!), "/api/v1/raw/thing_8"), Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        harness.SdkLogs.Where(record => record.Id.Name is "AttemptFailedStatus" or "AttemptCompleted")
            .Select(record => record.GetStructuredStateValue("Attempt")).Should().Equal("1", "2");
    }

    [Fact]
    public async Task A_request_body_is_sent_as_JSON_in_UTF_8()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/v1/subscribers").UsingPost())
            .RespondWith(Stubs.JsonResponse(201, Json.Envelope(Json.SeedSubscriber)));

        await harness.Client.Subscribers.CreateAsync(
            new CreateSubscriberRequest { FullName = "Jane Doe", Status = SubscriberStatus.Prospect }, cancellationToken: Ct);

        var request = harness.Requests.Single();
        request.Headers!["Content-Type"].Should().Equal("application/json; charset=utf-8");
    }

    [Fact]
    public async Task A_bare_answer_of_JSON_null_is_an_invalid_response()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/libreqos/shaped-devices").UsingPost())
            .RespondWith(Stubs.JsonResponse(200, "null", requestId: "req_null"));

        var export = () => harness.Client.Enforcement.ExportLibreQosAsync("wgk_test_readonly", cancellationToken: Ct);

        var failure = (await export.Should().ThrowAsync<WispGateApiException>()).Which;
        failure.Code.Should().Be("invalid_response");
        failure.StatusCode.Should().Be(HttpStatusCode.OK);
        failure.RequestId.Should().Be("req_null");
        failure.Error.Message.Should().Be("The API answered with success but without the expected data.");
    }

    [Fact]
    public async Task A_streamed_body_of_a_known_size_is_read_whole()
    {
        var json = Json.Envelope(Json.Subscriber("sub_sized"));
        using var content = new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentLength = Encoding.UTF8.GetByteCount(json);

        var envelope = await new WispGateContentSerializer(WispGateJson.Options).FromHttpContentAsync<ApiEnvelope<Subscriber>>(content, Ct);

        envelope!.Data!.Id.Should().Be("sub_sized");
    }

    [Fact]
    public async Task Bodies_read_one_after_the_other_each_read_their_own_bytes()
    {
        var serializer = new WispGateContentSerializer(WispGateJson.Options);
        var first = Json.Envelope(Json.Subscriber("sub_aaaa"));
        var second = Json.Envelope(Json.Subscriber("sub_bbbb"));
        using var firstBuffered = new ByteArrayContent(Encoding.UTF8.GetBytes(first));
        using var secondBuffered = new ByteArrayContent(Encoding.UTF8.GetBytes(second));
        await firstBuffered.LoadIntoBufferAsync(Ct);
        await secondBuffered.LoadIntoBufferAsync(Ct);
        using var firstSized = new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes(first)));
        firstSized.Headers.ContentLength = Encoding.UTF8.GetByteCount(first);
        using var secondSized = new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes(second)));
        secondSized.Headers.ContentLength = Encoding.UTF8.GetByteCount(second);

        var ids = new List<string?>();
        foreach (var content in new HttpContent[] { firstBuffered, secondBuffered, firstSized, secondSized })
        {
            ids.Add((await serializer.FromHttpContentAsync<ApiEnvelope<Subscriber>>(content, Ct))!.Data!.Id);
        }

        ids.Should().Equal("sub_aaaa", "sub_bbbb", "sub_aaaa", "sub_bbbb");
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
