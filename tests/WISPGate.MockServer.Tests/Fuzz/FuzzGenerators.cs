using CsCheck;

namespace WISPGate.MockServer.Tests.Fuzz;

/// <summary>
/// CsCheck generators of <see cref="FuzzCase"/>s for one operation, derived from what the contract says it takes: each
/// path, query and header parameter is either a plausible value (an enum value, a number in range, a known id) or one
/// mutated by type, encoding and size; the body is the contract's request example under one of
/// <see cref="BodyMutations.Names"/> (about half of the bodies are the example as is, so that creates succeed and later
/// cases act on real state), sent with a JSON or an odd content type; now and then the method is wrong.
/// </summary>
public static class FuzzGenerators
{
    private static readonly string[] BadIntegers = ["abc", "", "-1", "0", "101", "99999999999999999999", "-99999999999999999999", "1e2", "1.5", "0x10", "%FF%FE", "1%00"];

    private static readonly string[] BadDates =
    [
        "0000-01-01T00:00:00Z", "0001-01-01T00:00:00%2B01:00", "9999-12-31T23:59:59-01:00", "2026-01-01T23:59:60Z", "yesterday",
        "2026-01-01", "%FF", "2026-01-01T00:00:00.12345678901234567890Z",
    ];

    private static readonly string[] BadStrings = ["", "%FF%FE", "%C3%A9", "%252F", "a%2Cb%2C%2Cc", "%00", "%E2%80%AE", "true,false", "*", "%22%5C"];

    private static readonly string[] OddIds =
    [
        "%252F", "sub%2F000178", "zz_000001", "sub_000183", "%C3%A9", "%FF", "sub_000178%20", "~!$&'()*+,;=", "0", "-1",
        "%25", "sub_0001780000000000000000000000000000000000000000000000000000000000000000", "%E2%80%AE", "9223372036854775808",
    ];

    private static readonly string[] ContentTypes =
    [
        "text/plain", "application/xml", "application/json; charset=iso-8859-1", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "APPLICATION/JSON", "application/json; charset=UTF-8", "application/merge-patch+json", "*/*", "json",
    ];

    /// <summary>Cases for one operation.</summary>
    public static Gen<FuzzCase> For(FuzzOperation operation)
    {
        var pathIds = Gen.Int[0, 99].Select(Gen.Frequency((3, Gen.Const((string?)null)), (1, Gen.OneOf(OddIds.Select(id => Gen.Const<string?>(id)).ToArray()))))
            .Select((known, raw) => new PathChoice(known, raw))
            .Array[operation.PathParameters.Count()];
        var query = QueryString(operation);
        var auth = Gen.Frequency((12, Gen.Const("demo")), (1, Gen.Const("readonly")), (1, Gen.Const("partner")), (1, Gen.Const("none")), (1, Gen.Const("garbage")));
        var headers = Headers(operation);
        var method = Gen.Frequency((15, Gen.Const(operation.Method)), (1, Gen.OneOf(Gen.Const("PUT"), Gen.Const("HEAD"), Gen.Const("OPTIONS"))));
        var body = operation.BodyMediaType is { } mediaType
            ? Gen.Select(Gen.Frequency((1, Gen.Const("valid")), (1, OneOf(BodyMutations.Names))), Gen.Int[0, 999], Gen.Int[0, 999])
                .Select((mutation, slot, choice) => (Mutation: mutation, Bytes: BodyMutations.Apply(operation.BodyExample, mutation, slot, choice, mediaType.Contains("form", StringComparison.Ordinal))))
            : Gen.Frequency(
                (12, Gen.Const<(string Mutation, byte[]? Bytes)>(("no body", null))),
                (3, Gen.Const<(string Mutation, byte[]? Bytes)>(("stray body", "{\"zz\":1}"u8.ToArray()))),
                (1, Gen.Const<(string Mutation, byte[]? Bytes)>(("stray oversized body", new byte[(1024 * 1024) + 1]))));
        var contentType = Gen.Frequency((8, Gen.Const(operation.BodyMediaType ?? "application/json")), (2, OneOf(ContentTypes)), (1, Gen.Const(string.Empty)));
        return Gen.Select(method, pathIds, query, auth, headers, body, contentType)
            .Select((m, ids, q, a, h, b, ct) => new FuzzCase(operation, m, ids, q, a, h, b.Bytes is null ? null : ct, b.Bytes, b.Mutation));
    }

    private static Gen<string> QueryString(FuzzOperation operation)
    {
        var parts = operation.Parameters.Where(p => p.In == "query").Select(QueryPart).ToList();
        parts.Add(Gen.Frequency((6, Gen.Const(string.Empty)), (1, Gen.Const("zz_unknown=1")), (1, Gen.Const("limit=1&limit=2"))));
        return parts.Aggregate(Gen.Const(string.Empty), (all, part) => Gen.Select(all, part).Select((a, p) => p.Length == 0 ? a : a.Length == 0 ? p : a + "&" + p));
    }

    private static Gen<string> QueryPart(FuzzParameter parameter)
    {
        var name = Uri.EscapeDataString(parameter.Name);
        Gen<string> plausible = parameter.EnumValues is { Count: > 0 } values ? OneOf(values)
            : parameter.Type == "integer" ? Gen.Int[1, 100].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : parameter.Type == "boolean" ? Gen.OneOf(Gen.Const("true"), Gen.Const("false"))
            : IsDateTime(parameter) ? Gen.OneOf(Gen.Const("2026-01-01T00:00:00Z"), Gen.Const("2026-04-13T10:21:00%2B02:00"))
            : Gen.OneOf(Gen.Const("sub_000178"), Gen.Const("abc"), Gen.Const("a"));
        var mutated = parameter.Type == "integer" ? OneOf(BadIntegers)
            : IsDateTime(parameter) ? OneOf(BadDates)
            : Gen.Frequency((4, OneOf(BadStrings)), (1, Gen.Int[1, 3].Select(i => new string('q', i * 2_000))));
        return Gen.Frequency((4, Gen.Const(string.Empty)), (3, plausible.Select(v => name + "=" + v)), (3, mutated.Select(v => name + "=" + v)));
    }

    private static Gen<IReadOnlyList<KeyValuePair<string, string>>> Headers(FuzzOperation operation)
    {
        var tenant = Gen.Frequency((8, Gen.Const((string?)null)), (1, Gen.OneOf(Gen.Const<string?>("tenant_demo_002"), Gen.Const<string?>("nope"), Gen.Const<string?>(new string('t', 300)))));
        var requestId = Gen.Frequency((4, Gen.Const((string?)null)), (2, Gen.Const<string?>("fuzz-request-1")), (1, Gen.OneOf(Gen.Const<string?>("bad id!"), Gen.Const<string?>(new string('r', 65)), Gen.Const<string?>(""))));
        var key = operation.Method == "POST"
            ? Gen.Frequency((6, Gen.Const((string?)null)), (1, Gen.Int[0, 3].Select(i => (string?)$"fuzz-key-{i}")), (1, Gen.Const<string?>(new string('k', 256))))
            : Gen.Const((string?)null);
        return Gen.Select(tenant, requestId, key).Select((t, r, k) => (IReadOnlyList<KeyValuePair<string, string>>)new[]
        {
            new KeyValuePair<string, string>("X-Tenant-ID", t!), new("X-Request-ID", r!), new("X-Idempotency-Key", k!),
        }.Where(h => h.Value is not null).ToList());
    }

    private static Gen<string> OneOf(IEnumerable<string> values) => Gen.OneOf(values.Select(v => Gen.Const(v)).ToArray());

    private static bool IsDateTime(FuzzParameter parameter) =>
        parameter.Schema.TryGetProperty("format", out var format) && format.GetString() == "date-time";
}
