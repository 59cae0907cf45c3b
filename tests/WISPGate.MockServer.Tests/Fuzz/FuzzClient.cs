using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace WISPGate.MockServer.Tests.Fuzz;

/// <summary>
/// Sends <see cref="FuzzCase"/>s over real HTTP and keeps a pool of ids seen in answers (by prefix: <c>sub</c>,
/// <c>inv</c>, …), from which a case's "known" path ids are taken, so later cases act on resources earlier ones created.
/// </summary>
public sealed partial class FuzzClient : IDisposable
{
    // The id prefix of the resource a path parameter names, by the collection segment before it (or its name).
    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.Ordinal)
    {
        ["subscribers"] = "sub", ["contact_id"] = "con", ["services"] = "svc", ["billing-profiles"] = "bp", ["subscriptions"] = "sbn",
        ["invoices"] = "inv", ["payments"] = "pay", ["reconciliation-runs"] = "rec", ["credit-notes"] = "cn", ["service-packages"] = "pkg",
        ["sessions"] = "ses", ["provisioning-jobs"] = "job", ["devices"] = "dev", ["device_id"] = "dev", ["tickets"] = "tkt",
        ["events"] = "evt", ["webhook-endpoints"] = "whe", ["notifications"] = "ntf",
    };

    private readonly HttpClient _http;
    private readonly Dictionary<string, List<string>> _pool = new(StringComparer.Ordinal);

    /// <summary>Creates a client for a server, the pool seeded with the demo data's ids.</summary>
    public FuzzClient(WispGateMockServer server)
    {
        _http = new HttpClient { BaseAddress = new Uri(server.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        foreach (var id in (string[])["sub_000178", "sub_000179", "sub_000180", "sub_000181", "con_000001", "svc_000001", "svc_000002", "bp_001",
            "inv_000001", "pay_000002", "cn_000001", "pkg_000001", "pkg_000004", "ses_000003", "dev_000004", "dev_000006"])
        {
            Remember(id);
        }
    }

    /// <summary>The ids seen so far, by prefix.</summary>
    public IReadOnlyDictionary<string, List<string>> Pool => _pool;

    /// <summary>The request path (and query) of a case, ids resolved against the pool.</summary>
    public string PathOf(FuzzCase fuzzCase)
    {
        var index = 0;
        var segments = fuzzCase.Operation.Template.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (!segments[i].StartsWith('{'))
            {
                continue;
            }

            var name = segments[i].Trim('{', '}');
            var choice = fuzzCase.PathIds[index++];
            segments[i] = choice.Raw ?? Known(name == "id" ? segments[i - 1] : name, choice.Known);
        }

        return string.Join('/', segments) + (fuzzCase.Query.Length > 0 ? "?" + fuzzCase.Query : string.Empty);
    }

    /// <summary>Sends a case; returns the status, the headers and the body text.</summary>
    public async Task<(int Status, IReadOnlyDictionary<string, string> Headers, string Body)> SendAsync(FuzzCase fuzzCase, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(fuzzCase.Method), path);
        switch (fuzzCase.Auth)
        {
            case "demo":
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "wgk_test_demo");
                break;
            case "readonly":
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "wgk_test_readonly");
                break;
            case "partner":
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "wgk_test_partner");
                break;
            case "garbage":
                request.Headers.TryAddWithoutValidation("Authorization", "Bearer ' OR 1=1");
                break;
        }

        foreach (var (name, value) in fuzzCase.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (fuzzCase.Body is { } body)
        {
            request.Content = new ByteArrayContent(body);
            if (fuzzCase.ContentType is { Length: > 0 } contentType)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var headers = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        if ((int)response.StatusCode is >= 200 and < 300)
        {
            foreach (Match match in IdValue().Matches(text))
            {
                Remember(match.Groups[1].Value);
            }
        }

        return ((int)response.StatusCode, headers, text);
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private string Known(string collection, int index)
    {
        if (collection == "operation_id")
        {
            return FuzzOperation.All[index % FuzzOperation.All.Count].OperationId;
        }

        return Prefixes.TryGetValue(collection, out var prefix) && _pool.TryGetValue(prefix, out var ids) && ids.Count > 0
            ? ids[index % ids.Count]
            : $"{prefix ?? "zz"}_999999";
    }

    private void Remember(string id)
    {
        var prefix = id.Split('_')[0];
        var ids = _pool.TryGetValue(prefix, out var list) ? list : _pool[prefix] = [];
        if (!ids.Contains(id))
        {
            ids.Add(id);
        }
    }

    // Top-level and list ids of an answer: "id":"sub_000184".
    [GeneratedRegex("\"id\":\"([a-z]+_[0-9]+)\"")]
    private static partial Regex IdValue();
}
