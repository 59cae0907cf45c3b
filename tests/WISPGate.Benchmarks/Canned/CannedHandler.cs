using System.Net;

namespace WISPGate.Benchmarks.Canned;

/// <summary>
/// An in-memory <see cref="HttpMessageHandler"/> answering the subscriber routes with the canned bodies:
/// what is measured above it is the client's own cost. The list route serves <see cref="ListTotal"/>
/// subscribers page by page (cursor <c>p1</c>, <c>p2</c>, …); without a total it serves the same middle page.
/// </summary>
internal sealed class CannedHandler : HttpMessageHandler
{
    /// <summary>How many subscribers the list has (ListAll); <see langword="null"/>: every list call gets <see cref="CannedBodies.Page"/>.</summary>
    public int? ListTotal { get; init; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Like a server, read the request body: a client that serializes lazily pays for it here.
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken);
        }

        return Answer(request);
    }

    private HttpResponseMessage Answer(HttpRequestMessage request)
    {
        var uri = request.RequestUri!;
        var (status, body) = request.Method == HttpMethod.Post
            ? (HttpStatusCode.Created, CannedBodies.Created)
            : uri.AbsolutePath.Length > "/api/v1/subscribers/".Length
                ? (HttpStatusCode.OK, CannedBodies.Subscriber)
                : (HttpStatusCode.OK, ListTotal is { } total ? CannedBodies.PageBody(CannedBodies.PageIndexOf(uri.Query), total) : CannedBodies.Page);
        var response = new HttpResponseMessage(status) { RequestMessage = request, Content = new ByteArrayContent(body) };
        response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        response.Headers.TryAddWithoutValidation("X-Request-ID", "req_7c01f3");
        return response;
    }
}
