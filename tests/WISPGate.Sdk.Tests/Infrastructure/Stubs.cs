using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace WISPGate.Sdk.Tests.Infrastructure;

/// <summary>Short-hands for WireMock stubs that answer like the API.</summary>
internal static class Stubs
{
    public static IResponseBuilder JsonResponse(int status, string body, string requestId = "req_92aa7d") =>
        Response.Create()
            .WithStatusCode(status)
            .WithHeader("Content-Type", "application/json")
            .WithHeader("X-Request-ID", requestId)
            .WithBody(body);

    /// <summary>Answers <paramref name="path"/> with <paramref name="first"/> once, then with <paramref name="then"/>.</summary>
    public static void FirstThen(this WireMockServer server, IRequestBuilder request, IResponseBuilder first, IResponseBuilder then)
    {
        var scenario = Guid.NewGuid().ToString();
        server.Given(request).InScenario(scenario).WillSetStateTo("answered once").RespondWith(first);
        server.Given(request).InScenario(scenario).WhenStateIs("answered once").RespondWith(then);
    }
}
