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
        if (!TryReadMediaType(request.Header(WireHeaders.ContentType), out var mediaType, out var charset)
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

        if (!StrictJson.TryParse(request.Body, out var parsed, out var problem))
        {
            return ValueTask.FromResult(ApiResult.MalformedJson(problem));
        }

        if (body.ExpectsObject && parsed.ValueKind != JsonValueKind.Object)
        {
            return ValueTask.FromResult(ApiResult.NotAnObject());
        }

        request.ParsedBody = parsed;
        return next();
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
