using System.Net.Http.Headers;
using WISPGate.MockServer.Hosting;
using WISPGate.MockServer.Webhooks;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Outbound;

/// <summary>
/// The server's outbound HTTP calls (webhook deliveries, provisioning hook calls, workflows' webhook calls): one POST of a JSON body signed with
/// <c>X-WISPGate-Signature</c> (<see cref="WebhookSignature"/>) to a URL <see cref="OutboundUrl"/> allows, with a
/// per-call timeout, no redirects, proxies or cookies. The signature's timestamp is the real time of sending, never the
/// advanced server clock, so receivers' tolerance checks pass. Whatever goes wrong is the call's answer, never an exception.
/// </summary>
internal sealed class SignedSender : IDisposable
{
    private const int ReadChunk = 8192;

    private readonly MockClock _clock;
    private readonly HttpClient _http;

    /// <summary>Creates a sender whose calls carry <c>User-Agent: &lt;product&gt;/1.0</c>.</summary>
    public SignedSender(MockClock clock, string product)
    {
        _clock = clock;
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false, UseCookies = false })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue(product, "1.0"));
    }

    /// <summary>
    /// One signed POST (plus <paramref name="headers"/>, if any): the receiver's status and (up to
    /// <paramref name="maxAnswerBytes"/>; 0 reads none) its body, or why there was no answer (<see cref="SignedAnswer.Error"/>).
    /// </summary>
    public async Task<SignedAnswer> PostAsync(string url, IReadOnlyList<string> secrets, byte[] body, TimeSpan timeout, int maxAnswerBytes, CancellationToken stopping, IReadOnlyDictionary<string, string>? headers = null)
    {
        if (OutboundUrl.Problem(url) is { } problem)
        {
            return new SignedAnswer(null, null, problem);
        }

        int? statusCode = null;
        byte[]? answer = null;
        string? error = null;
        using (var request = new HttpRequestMessage(HttpMethod.Post, url))
        using (var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(stopping))
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            var signedAt = _clock.GetUnderlyingUtcNow();
            request.Headers.TryAddWithoutValidation(WireHeaders.Signature, WebhookSignature.Header(secrets, signedAt.ToUnixTimeSeconds(), body));
            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            timeoutSource.CancelAfter(timeout);
            try
            {
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeoutSource.Token);
                statusCode = (int)response.StatusCode;
                if (maxAnswerBytes > 0)
                {
                    (answer, error) = await ReadAsync(response.Content, maxAnswerBytes, timeoutSource.Token);
                }
            }
            catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
            {
                error = $"No answer within {timeout.TotalSeconds:0.###} s.";
            }
#pragma warning disable CA1031 // Whatever goes wrong on the wire is this call's failure, recorded, never the caller's end.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                error = exception.Message;
            }
        }

        return new SignedAnswer(statusCode, answer, error);
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    // The answer's body, or why it was not read whole (larger than allowed).
    private static async Task<(byte[]? Body, string? Error)> ReadAsync(HttpContent content, int maxBytes, CancellationToken cancellation)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellation);
        using var buffer = new MemoryStream();
        var chunk = new byte[ReadChunk];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellation)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, $"The answer is larger than {maxBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), null);
    }
}

/// <summary>What a <see cref="SignedSender"/> call got: the status and body of the answer, or why there was none.</summary>
/// <param name="StatusCode">The receiver's HTTP status; null without an answer.</param>
/// <param name="Body">The answer's body when it was asked for and read whole.</param>
/// <param name="Error">Why there was no (usable) answer: a refused URL, a timeout, a connection error, an oversized body.</param>
internal sealed record SignedAnswer(int? StatusCode, byte[]? Body, string? Error);
