namespace WISPGate.MockServer.Tests.Robustness;

/// <summary>What every error answer of the server must be: the error envelope, with X-Request-ID = meta.request_id.</summary>
public static class EnvelopeAssertions
{
    /// <summary>Asserts the envelope and the request id; returns <c>error.code</c>.</summary>
    public static string? ShouldBeErrorEnvelope(int status, IReadOnlyDictionary<string, string> headers, string body, string because)
    {
        headers.TryGetValue("X-Request-ID", out var requestId).Should().BeTrue($"{because}: every answer carries X-Request-ID");
        requestId.Should().NotBeNullOrEmpty(because);
        ContractSchemas.Validate("/components/schemas/ErrorResponse", body).Should().BeEmpty($"{because}: {status} is the error envelope: {body}");
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("meta").GetProperty("request_id").GetString().Should().Be(requestId, $"{because}: meta.request_id equals X-Request-ID");
        return json.RootElement.GetProperty("error").GetProperty("code").GetString();
    }
}
