using System.Text;
using System.Text.Json.Nodes;

namespace WISPGate.Benchmarks.Canned;

/// <summary>
/// The response bodies every benchmark answers with, taken from the OpenAPI document's own examples:
/// a subscriber (GET), a created subscriber (POST) and pages of 100 subscribers in the list envelope.
/// </summary>
internal static class CannedBodies
{
    public const string SubscriberId = "sub_000184";
    public const int PageSize = 100;

    private static readonly JsonNode s_document = LoadDocument();

    /// <summary>The GET /api/v1/subscribers/{id} 200 example.</summary>
    public static byte[] Subscriber { get; } = Example("/api/v1/subscribers/{id}", "get", "200");

    /// <summary>The POST /api/v1/subscribers 201 example.</summary>
    public static byte[] Created { get; } = Example("/api/v1/subscribers", "post", "201");

    /// <summary>Everything of a page body up to its <c>meta</c>: the envelope with 100 subscribers (the list example's item, ids varied).</summary>
    private static readonly byte[] s_pagePrefix = BuildPagePrefix();

    /// <summary>A middle page of 100 subscribers (a next cursor, <c>has_more: true</c>), for the per-call list benchmark.</summary>
    public static byte[] Page { get; } = PageBody(pageIndex: 0, totalItems: int.MaxValue);

    /// <summary>The cursor of page <paramref name="pageIndex"/> (the first page has none).</summary>
    public static string CursorOf(int pageIndex) => "p" + pageIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The page index a request's <c>cursor</c> query parameter names (0 without one).</summary>
    public static int PageIndexOf(string? query)
    {
        var at = query?.IndexOf("cursor=p", StringComparison.Ordinal) ?? -1;
        if (at < 0)
        {
            return 0;
        }

        var digits = query.AsSpan(at + "cursor=p".Length);
        var end = digits.IndexOf('&');
        return int.Parse(end < 0 ? digits : digits[..end], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Page <paramref name="pageIndex"/> of a list of <paramref name="totalItems"/> subscribers (always 100 items; the last page has no next cursor).</summary>
    public static byte[] PageBody(int pageIndex, int totalItems)
    {
        var hasMore = (long)(pageIndex + 1) * PageSize < totalItems;
        var meta = hasMore
            ? "{\"request_id\":\"req_7c01f3\",\"api_version\":\"v1\",\"pagination\":{\"limit\":100,\"next_cursor\":\"" + CursorOf(pageIndex + 1) + "\",\"has_more\":true}}}"
            : """{"request_id":"req_7c01f3","api_version":"v1","pagination":{"limit":100,"next_cursor":null,"has_more":false}}}""";
        var body = new byte[s_pagePrefix.Length + Encoding.UTF8.GetByteCount(meta)];
        s_pagePrefix.CopyTo(body, 0);
        Encoding.UTF8.GetBytes(meta, body.AsSpan(s_pagePrefix.Length));
        return body;
    }

    private static JsonNode LoadDocument()
    {
        using var stream = typeof(CannedBodies).Assembly.GetManifestResourceStream("wispgate-v1.openapi.json")
            ?? throw new InvalidOperationException("The OpenAPI document is not embedded.");
        return JsonNode.Parse(stream)!;
    }

    private static JsonNode ExampleNode(string path, string method, string status) =>
        s_document["paths"]![path]![method]!["responses"]![status]!["content"]!["application/json"]!["examples"]!["example"]!["value"]!;

    private static byte[] Example(string path, string method, string status) =>
        Encoding.UTF8.GetBytes(ExampleNode(path, method, status).ToJsonString());

    private static byte[] BuildPagePrefix()
    {
        var item = ExampleNode("/api/v1/subscribers", "get", "200")["data"]![0]!;
        var items = new JsonArray();
        for (var i = 0; i < PageSize; i++)
        {
            var copy = item.DeepClone();
            var id = "sub_" + (100_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            copy["id"] = id;
            copy["balance"]!["subscriber_id"] = id;
            items.Add(copy);
        }

        var envelope = new JsonObject { ["success"] = true, ["data"] = items };
        var json = envelope.ToJsonString();
        // Leave the object open: the meta (with the page's cursor) is appended per page.
        return Encoding.UTF8.GetBytes(json[..^1] + ",\"meta\":");
    }
}
