using Microsoft.AspNetCore.Http;

namespace WISPGate.MockServer.Hosting;

/// <summary>
/// What <see cref="SecretRedactionMiddleware"/> took out of a request before WireMock saw (and logged) it: the pipeline
/// reads the real values from here, WireMock's request log keeps only <see cref="SecretRedactionMiddleware.Redacted"/>.
/// </summary>
internal sealed class RequestSecrets
{
    private const string ItemKey = "wispgate.request-secrets";

    /// <summary>Original values of the redacted headers, by name (case-insensitive).</summary>
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The original body when form fields were redacted from it, else null.</summary>
    public byte[]? Body { get; set; }

    /// <summary>The secrets of a request, once the middleware ran (null outside a server request).</summary>
    public static RequestSecrets? Of(HttpContext? context) =>
        context?.Items.TryGetValue(ItemKey, out var value) == true ? value as RequestSecrets : null;

    /// <summary>Attaches the secrets to a request.</summary>
    public void AttachTo(HttpContext context) => context.Items[ItemKey] = this;
}
