using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WireMock.Server;
using WireMock.Settings;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Http;

/// <summary>
/// The SDK reads a response body itself, after the headers (<see cref="HttpCompletionOption.ResponseHeadersRead"/>): a
/// connection that breaks in the middle of the body is still a transport failure, whether the status was a success or an
/// error; and a cancelled call keeps the stack trace of where it was cancelled.
/// </summary>
public sealed class BodyReadFailureTests
{
    private const string SubscriberPath = "/api/v1/subscribers/sub_1";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(200)]
    [InlineData(503)]
    public async Task A_body_cut_off_after_the_headers_is_a_WispGateTransportException(int status)
    {
        using var server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = ["http://127.0.0.1:0"],
            PreWireMockMiddlewareInit = app => ((IApplicationBuilder)app).Use(async (HttpContext context, RequestDelegate _) =>
            {
                // The status line, the headers and a tenth of the announced body, then the connection breaks.
                context.Response.StatusCode = status;
                context.Response.ContentType = "application/json";
                context.Response.ContentLength = 1000;
                await context.Response.Body.WriteAsync("{\"success\": true, \"da"u8.ToArray(), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                context.Abort();
            }),
        });
        using var client = WispGateClient.Create(new WispGateClientOptions
        {
            BaseUrl = new Uri(server.Url!),
            ApiToken = SdkHarness.Token,
            MaxRetries = 0,
        });

        var call = () => client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WispGateTransportException>()).Which;
        failure.Message.Should().StartWith("WISPGate GET /api/v1/subscribers/{id} failed after 1 attempt(s): the connection failed.");
        failure.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task A_cancelled_call_keeps_the_stack_trace_of_where_it_was_cancelled()
    {
        using var harness = SdkHarness.Start();
        harness.Faults.Hang(SubscriberPath);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var call = harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: cancellation.Token);
        await Wait.UntilAsync(() => harness.Arrivals.Count == 1, "the request to arrive");
        await cancellation.CancelAsync();

        var cancelled = (await FluentActions.Awaiting(() => call).Should().ThrowAsync<OperationCanceledException>()).Which;
        cancelled.StackTrace.Should().Contain("System.Net.Http", "the exception is rethrown as it was, not thrown anew from the SDK's catch block");
    }
}
