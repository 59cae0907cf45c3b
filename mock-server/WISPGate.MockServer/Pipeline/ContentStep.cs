using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Pipeline;

/// <summary>
/// The body before its schema: 413 over 1 MiB, 415 for a media type the operation does not accept,
/// 400 <c>malformed_json</c> for anything that is not one well-formed JSON document (bad syntax, bad UTF-8,
/// lone surrogate escapes, duplicate names, nesting deeper than 64, not an object where the schema wants one,
/// an empty body where one is required).
/// </summary>
internal sealed class ContentStep : IPipelineStep
{
    private const string Json = "application/json";
    private const string Form = "application/x-www-form-urlencoded";
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <inheritdoc />
    public ValueTask<ApiResult> InvokeAsync(ApiRequest request, Func<ValueTask<ApiResult>> next)
    {
        if (request.Connection.BodyTooLarge || request.Body.Length > BodyLimits.MaxBodyBytes)
        {
            return Fail(413, ErrorCodes.PayloadTooLarge, $"The request body exceeds {BodyLimits.MaxBodyBytes} bytes.");
        }

        var body = request.Operation!.RequestBody;
        if (request.Body.Length == 0)
        {
            return body is { Required: true }
                ? Fail(400, ErrorCodes.MalformedJson, "This operation needs a JSON request body.")
                : next();
        }

        var accepted = body?.MediaTypes ?? [Json];
        if (!TryReadMediaType(request.Header("Content-Type"), out var mediaType, out var charset)
            || !accepted.Contains(mediaType, StringComparer.OrdinalIgnoreCase)
            || (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return Fail(415, ErrorCodes.UnsupportedMediaType, $"Send the body as {string.Join(" or ", accepted)} (UTF-8).");
        }

        if (body is null)
        {
            // The operation takes no body; whatever came along is ignored.
            return next();
        }

        if (mediaType.Equals(Form, StringComparison.OrdinalIgnoreCase))
        {
            request.ParsedBody = ReadForm(request.Body);
            return next();
        }

        if (!TryParseJson(request.Body, out var parsed, out var problem))
        {
            return Fail(400, ErrorCodes.MalformedJson, $"The request body is not valid JSON: {problem}");
        }

        if (body.ExpectsObject && parsed.ValueKind != JsonValueKind.Object)
        {
            return Fail(400, ErrorCodes.MalformedJson, "The request body must be a JSON object.");
        }

        request.ParsedBody = parsed;
        return next();
    }

    /// <summary>Parses one JSON document strictly.</summary>
    public static bool TryParseJson(byte[] bytes, out JsonElement parsed, out string problem)
    {
        parsed = default;
        problem = string.Empty;
        try
        {
            // RFC 8259 lets parsers ignore a UTF-8 byte order mark; be lenient about it.
            var json = bytes.AsMemory(bytes.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0);
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = BodyLimits.MaxJsonDepth, AllowDuplicateProperties = false });
            if (!HasValidStrings(document.RootElement))
            {
                problem = "a string is not valid UTF-8 or contains an invalid Unicode escape.";
                return false;
            }

            parsed = document.RootElement.Clone();
            return true;
        }
        catch (JsonException exception)
        {
            problem = WireJson.Problem(exception);
            return false;
        }
        catch (InvalidOperationException)
        {
            // The duplicate-name check unescapes names and trips over lone surrogates.
            problem = "a property name contains an invalid Unicode escape.";
            return false;
        }
    }

    // Escaped lone surrogates ("\ud800") parse, but cannot become .NET strings; find them now, not in a handler.
    private static bool HasValidStrings(JsonElement element)
    {
        try
        {
            return Visit(element);
        }
        catch (InvalidOperationException)
        {
            return false;
        }

        static bool Visit(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    _ = element.GetString();
                    return true;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        _ = property.Name;
                        Visit(property.Value);
                    }

                    return true;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Visit(item);
                    }

                    return true;
                default:
                    return true;
            }
        }
    }

    private static JsonElement ReadForm(byte[] body)
    {
        var form = new JsonObject();
        foreach (var (name, values) in QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)))
        {
            form[name] = values.ToString();
        }

        return JsonSerializer.SerializeToElement(form);
    }

    private static bool TryReadMediaType(string? header, out string mediaType, out string? charset)
    {
        mediaType = string.Empty;
        charset = null;
        if (header is null || !MediaTypeHeaderValue.TryParse(header, out var parsed) || !parsed.MediaType.HasValue)
        {
            return false;
        }

        mediaType = parsed.MediaType.Value!;
        charset = parsed.Charset.HasValue ? parsed.Charset.Value : null;
        return true;
    }

    private static ValueTask<ApiResult> Fail(int status, string code, string message) =>
        ValueTask.FromResult(ApiResult.Failure(status, code, message));
}
