using System.Text;
using System.Text.Json;

namespace WISPGate.MockServer.Pipeline;

/// <summary>Renders an <see cref="ApiResult"/> into the contract's envelope: <c>{success, data|error, meta}</c>.</summary>
internal static class ResponseRenderer
{
    /// <summary>The JSON content type of every enveloped response.</summary>
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>The API version in <c>meta.api_version</c>.</summary>
    public const string ApiVersion = "v1";

    /// <summary>The body bytes of a result, enveloped unless it is raw.</summary>
    public static byte[] RenderBody(ApiResult result, string requestId)
    {
        if (result.RawBody is not null)
        {
            return result.RawBody;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = WireJson.Encoder }))
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

        return buffer.ToArray();
    }

    /// <summary>The content type of a result.</summary>
    public static string ContentType(ApiResult result) => result.RawContentType ?? JsonContentType;

    /// <summary>A plain-text rendering of an error envelope, for the admin guard that answers outside the pipeline.</summary>
    public static string RenderError(ApiError error, string requestId) =>
        Encoding.UTF8.GetString(RenderBody(ApiResult.Failure(0, error.Code, error.Message, error.Field, error.Details), requestId));

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
