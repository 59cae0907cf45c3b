using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Hosting;

/// <summary>
/// Keeps secrets out of WireMock's request log (<c>/__admin/requests</c>), which stores every request and response it
/// sees: before WireMock reads a request, secret headers (<c>Authorization</c>, …) and secret form fields
/// (<c>api_token</c>) are replaced by <see cref="Redacted"/> and their values moved to <see cref="RequestSecrets"/>,
/// where the pipeline reads them. A response that shows a secret once (a webhook signing secret) is logged with the
/// secret masked and sent to the client with the real bytes (<see cref="SendUnlogged"/>). A state snapshot loaded
/// with <c>PUT /__admin/wispgate/state</c> carries signing secrets: WireMock sees (and logs) only
/// <see cref="RedactedState"/> in its place.
/// </summary>
internal static class SecretRedactionMiddleware
{
    /// <summary>What the request log shows instead of a secret.</summary>
    public const string Redacted = "[redacted]";

    /// <summary>What WireMock's request log shows for the body of a state snapshot import.</summary>
    public static readonly byte[] RedactedState = Encoding.UTF8.GetBytes("\"" + Redacted + "\"");

    private static readonly string[] SecretHeaders = [WireHeaders.Authorization, WireHeaders.ProxyAuthorization, WireHeaders.Signature];
    private static readonly string[] SecretFormFields = ["api_token"];

    /// <summary>Redacts one request.</summary>
    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        RequestSecrets? secrets = null;
        var headers = context.Request.Headers;
        foreach (var name in SecretHeaders)
        {
            if (headers.TryGetValue(name, out var value))
            {
                secrets ??= new RequestSecrets();
                var original = value.ToString();
                secrets.Headers[name] = original;
                var space = original.IndexOf(' ', StringComparison.Ordinal);
                headers[name] = space > 0 ? original[..(space + 1)] + Redacted : Redacted;
            }
        }

        if (IsStateImport(context.Request))
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            secrets ??= new RequestSecrets();
            secrets.Body = buffer.ToArray();
            context.Request.Body = new MemoryStream(RedactedState, writable: false);
            context.Request.ContentLength = RedactedState.Length;
        }
        else if (IsForm(context.Request.ContentType))
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            var body = buffer.ToArray();
            var redacted = RedactForm(body);
            if (redacted is not null)
            {
                secrets ??= new RequestSecrets();
                secrets.Body = body;
                body = redacted;
            }

            context.Request.Body = new MemoryStream(body, writable: false);
            context.Request.ContentLength = body.Length;
        }

        secrets?.AttachTo(context);
        await next();
    }

    /// <summary>
    /// Answers <paramref name="body"/> to the client while WireMock is handed (and logs) the same bytes with the secrets
    /// masked (<see cref="Mask"/>, same length): the bytes WireMock writes are swapped for the real ones on the way out.
    /// </summary>
    public static void SendUnlogged(HttpContext context, byte[] body) =>
        context.Response.Body = new SwappingStream(context.Response.Body, body);

    /// <summary>A copy of <paramref name="body"/> with every occurrence of each secret overwritten by <c>*</c> (same length).</summary>
    public static byte[] Mask(byte[] body, IEnumerable<string> secrets)
    {
        var masked = (byte[])body.Clone();
        foreach (var secret in secrets.Where(s => s.Length > 0))
        {
            var needle = Encoding.UTF8.GetBytes(secret);
            for (var at = masked.AsSpan().IndexOf(needle); at >= 0; at = masked.AsSpan().IndexOf(needle))
            {
                masked.AsSpan(at, needle.Length).Fill((byte)'*');
            }
        }

        return masked;
    }

    /// <summary>Whether a request loads a state snapshot (<c>PUT /__admin/wispgate/state</c>): its whole body is secret.</summary>
    public static bool IsStateImport(HttpRequest request) =>
        HttpMethods.IsPut(request.Method)
        && string.Equals((request.PathBase + request.Path).Value?.TrimEnd('/'), Snapshots.StateEndpoints.Path, StringComparison.OrdinalIgnoreCase);

    private static bool IsForm(string? contentType) =>
        contentType is not null && contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    // The form with secret fields' values replaced, or null when it has none.
    internal static byte[]? RedactForm(byte[] body)
    {
        var pairs = Encoding.UTF8.GetString(body).Split('&');
        var changed = false;
        for (var i = 0; i < pairs.Length; i++)
        {
            var equals = pairs[i].IndexOf('=', StringComparison.Ordinal);
            var name = WebUtility.UrlDecode(equals < 0 ? pairs[i] : pairs[i][..equals]);
            if (SecretFormFields.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                pairs[i] = (equals < 0 ? pairs[i] : pairs[i][..equals]) + "=" + WebUtility.UrlEncode(Redacted);
                changed = true;
            }
        }

        return changed ? Encoding.UTF8.GetBytes(string.Join('&', pairs)) : null;
    }

    /// <summary>Writes the real body in place of the masked copy WireMock writes (same length, same offsets).</summary>
    private sealed class SwappingStream(Stream inner, byte[] real) : Stream
    {
        private int _position;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.WriteAsync(Take(buffer.Length), cancellationToken);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(Take(count).Span);

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        private ReadOnlyMemory<byte> Take(int count)
        {
            var start = Math.Min(_position, real.Length);
            _position += count;
            return real.AsMemory(start, Math.Min(count, real.Length - start));
        }
    }
}
