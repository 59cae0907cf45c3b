using System.Text.Json;
using WISPGate.MockServer.Contract;

namespace WISPGate.MockServer.Handlers;

/// <summary>
/// The one check of a JSON body against an operation's request schema: the validation step's, and a bulk operation's
/// for each of its rows (importSubscribers checks every row against createSubscriber's schema, so a row fails exactly
/// as the single call would).
/// </summary>
internal static class BodyValidator
{
    /// <summary>
    /// A JSON body against an operation's request schema: a missing (or null) required field → 400
    /// <c>missing_required_field</c>; any other violation → 422 <c>validation_error</c> with <c>field</c> and
    /// <c>details[]</c>; null when it is valid.
    /// </summary>
    public static ApiResult? Validate(RequestBodyDescriptor requestBody, JsonElement body)
    {
        if (requestBody.Schema is not { } schema)
        {
            return null;
        }

        var violations = SchemaValidator.Validate(schema, body, requestBody.SchemaElement);
        if (violations.FirstOrDefault(v => v.IsMissingField) is { } missing)
        {
            var details = violations.Where(v => v.IsMissingField).Select(ToDetail).ToList();
            return ApiResult.Failure(400, ErrorCodes.MissingRequiredField, missing.Message, missing.Field, details);
        }

        if (violations.Count > 0)
        {
            var first = violations[0];
            var message = violations.Count == 1 ? first.Message : $"{first.Message} ({violations.Count} problems in total, see details.)";
            return ApiResult.Failure(422, ErrorCodes.ValidationError, message, first.Field, violations.Select(ToDetail).ToList());
        }

        return null;
    }

    private static ErrorDetail ToDetail(SchemaViolation violation) => new(violation.Field, violation.Code, violation.Message);
}
