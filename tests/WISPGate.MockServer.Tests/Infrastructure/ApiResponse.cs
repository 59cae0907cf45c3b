using System.Net;
using System.Text.Json;

namespace WISPGate.MockServer.Tests.Infrastructure;

/// <summary>A response as the tests look at it.</summary>
public sealed record ApiResponse(HttpStatusCode Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The status as a number.</summary>
    public int Code => (int)Status;

    /// <summary>The body parsed.</summary>
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    /// <summary><c>data</c> of the envelope.</summary>
    public JsonElement Data => Json.GetProperty("data");

    /// <summary><c>error</c> of the envelope.</summary>
    public JsonElement Error => Json.GetProperty("error");

    /// <summary><c>error.code</c>.</summary>
    public string? ErrorCode => Json.TryGetProperty("error", out var error) ? error.GetProperty("code").GetString() : null;

    /// <summary><c>error.field</c>.</summary>
    public string? ErrorField => Json.TryGetProperty("error", out var error) && error.TryGetProperty("field", out var value) ? value.GetString() : null;

    /// <summary><c>meta</c> of the envelope.</summary>
    public JsonElement Meta => Json.GetProperty("meta");

    /// <summary>A header value or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The ids in <c>data</c> of a list.</summary>
    public IReadOnlyList<string> Ids => Data.EnumerateArray().Select(item => item.GetProperty("id").GetString()!).ToList();

    /// <summary>A string property of <c>data</c>.</summary>
    public string? DataString(string name) => Data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
