using System.Text.Json;

namespace WISPGate.Tests.Support.Webhooks;

/// <summary>One request the receiver got.</summary>
public sealed record ReceivedWebhook(int Call, string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body, int AnsweredStatus)
{
    /// <summary>The body parsed.</summary>
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    /// <summary>The body as UTF-8 text.</summary>
    public string Text => System.Text.Encoding.UTF8.GetString(Body);

    /// <summary>The <c>X-WISPGate-Signature</c> header, or null.</summary>
    public string? Signature => Header("X-WISPGate-Signature");

    /// <summary>A header value or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
