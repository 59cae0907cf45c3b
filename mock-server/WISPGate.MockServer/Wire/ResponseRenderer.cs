using System.Buffers;
using System.Text;
using System.Text.Json;
using WISPGate.MockServer.Handlers;

namespace WISPGate.MockServer.Wire;

/// <summary>
/// The one place answers are rendered (<see cref="Render"/>): an <see cref="ApiResult"/> into the contract's envelope
/// <c>{success, data|error, meta}</c> with the request id, or an idempotent replay's stored answer as it was.
/// </summary>
internal static class ResponseRenderer
{
    /// <summary>The JSON content type of every enveloped response.</summary>
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>The API version in <c>meta.api_version</c>.</summary>
    public const string ApiVersion = "v1";

    // Larger buffers are not kept for the next request (a thread keeps at most this much).
    private const int MaxRetainedBuffer = 256 * 1024;

    // One buffer and writer per thread, reused (rendering is synchronous): a response allocates only its exact-size
    // bytes, not a growing MemoryStream plus its copy (a page of 25 subscribers is about 11 KB).
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>
    /// Renders a result for the request <paramref name="requestId"/> (a replay keeps its first request's id), then tells
    /// the result's <see cref="ApiResult.Rendered"/> observer — with null when rendering failed, so a claim it holds
    /// (an idempotency key) is released, not left running.
    /// </summary>
    public static RenderedResponse Render(ApiResult result, string requestId)
    {
        RenderedResponse? rendered = null;
        try
        {
            rendered = result.ReplayOf is { } first
                ? first with { Headers = result.Headers, Secrets = result.Secrets }
                : new RenderedResponse(result.Status, requestId, RenderBody(result, requestId), result.RawContentType ?? JsonContentType, result.Headers, result.Secrets);
            return rendered;
        }
        finally
        {
            result.Rendered?.Invoke(rendered);
        }
    }

    /// <summary>A plain-text rendering of an error envelope, for the middlewares that answer outside the pipeline.</summary>
    public static string RenderError(ApiError error, string requestId) =>
        Encoding.UTF8.GetString(RenderBody(ApiResult.Failure(0, error.Code, error.Message, error.Field, error.Details), requestId));

    private static byte[] RenderBody(ApiResult result, string requestId)
    {
        if (result.RawBody is not null)
        {
            return result.RawBody;
        }

        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = WireJson.Encoder });
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        try
        {
            WriteEnvelope(writer, result, requestId);
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            if (buffer.Capacity > MaxRetainedBuffer)
            {
                t_buffer = null;
                t_writer = null;
            }
        }
    }

    private static void WriteEnvelope(Utf8JsonWriter writer, ApiResult result, string requestId)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("success", result.Error is null);
        if (result.Error is { } error)
        {
            writer.WritePropertyName("error");
            WriteError(writer, error);
        }
        else
        {
            writer.WritePropertyName("data");
            JsonSerializer.Serialize(writer, result.Data, result.Data?.GetType() ?? typeof(object), WireJson.Options);
        }

        writer.WritePropertyName("meta");
        writer.WriteStartObject();
        writer.WriteString("request_id", requestId);
        writer.WriteString("api_version", ApiVersion);
        if (result.Page is { } page)
        {
            writer.WritePropertyName("pagination");
            writer.WriteStartObject();
            writer.WriteNumber("limit", page.Limit);
            if (page.NextCursor is null)
            {
                writer.WriteNull("next_cursor");
            }
            else
            {
                writer.WriteString("next_cursor", page.NextCursor);
            }

            writer.WriteBoolean("has_more", page.HasMore);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteError(Utf8JsonWriter writer, ApiError error)
    {
        writer.WriteStartObject();
        writer.WriteString("code", error.Code);
        writer.WriteString("message", error.Message);
        if (error.Field is not null)
        {
            writer.WriteString("field", error.Field);
        }

        if (error.Details is { Count: > 0 } details)
        {
            writer.WritePropertyName("details");
            writer.WriteStartArray();
            foreach (var detail in details)
            {
                writer.WriteStartObject();
                writer.WriteString("field", detail.Field);
                writer.WriteString("code", detail.Code);
                writer.WriteString("message", detail.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
