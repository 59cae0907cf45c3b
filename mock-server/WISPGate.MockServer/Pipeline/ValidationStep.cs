using System.Text.Json;
using WISPGate.MockServer.Contract;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Pipeline;

/// <summary>
/// Validates a request against what the contract says about its operation — nothing is hand-written per route:
/// path, query and header parameters against their schemas (400 <c>invalid_parameter</c> with <c>field</c>), then the
/// body against the request schema (<see cref="BodyValidator"/>).
/// </summary>
internal sealed class ValidationStep : IPipelineStep
{
    // Read by their own steps, whatever the contract declares about them.
    private static readonly HashSet<string> OwnedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        WireHeaders.Authorization, WireHeaders.ContentType, WireHeaders.Accept,
    };

    /// <inheritdoc />
    public ValueTask<ApiResult> InvokeAsync(ApiRequest request, Func<ValueTask<ApiResult>> next)
    {
        var operation = request.Operation!;
        foreach (var parameter in operation.Parameters)
        {
            if (ValidateParameter(request, parameter) is { } failure)
            {
                return ValueTask.FromResult(failure);
            }
        }

        if (operation.RequestBody is { } requestBody && request.ParsedBody is { } body && BodyValidator.Validate(requestBody, body) is { } invalid)
        {
            return ValueTask.FromResult(invalid);
        }

        return next();
    }

    private static ApiResult? ValidateParameter(ApiRequest request, ParameterDescriptor parameter)
    {
        IReadOnlyList<string> raw;
        switch (parameter.Location)
        {
            case "query":
                raw = request.Query.TryGetValue(parameter.Name, out var values) ? values.Select(v => v ?? string.Empty).ToList() : [];
                break;
            case "header" when !OwnedHeaders.Contains(parameter.Name):
                raw = request.Header(parameter.Name) is { } header ? [header] : [];
                break;
            case "path":
                raw = request.Route!.PathParameters.TryGetValue(parameter.Name, out var segment) ? [segment] : [];
                break;
            default:
                return null;
        }

        if (raw.Count == 0)
        {
            return parameter.Required ? Invalid(parameter, $"{parameter.Name} is required.") : null;
        }

        if (!ParameterValues.TryConvert(parameter, raw, out var value, out var problem))
        {
            return Invalid(parameter, problem);
        }

        if (parameter.Schema is not null && SchemaValidator.Validate(parameter.Schema, value) is { Count: > 0 } violations)
        {
            // Messages start with their subject ("The body", "0"): name the parameter instead.
            var violation = violations[0];
            var original = violation.Field.Length == 0 ? "The body" : violation.Field;
            var subject = violation.Field.Length == 0 ? parameter.Name
                : violation.Field.All(char.IsAsciiDigit) ? $"{parameter.Name}[{violation.Field}]"
                : $"{parameter.Name}.{violation.Field}";
            var message = violation.Message.StartsWith(original, StringComparison.Ordinal) ? subject + violation.Message[original.Length..] : violation.Message;
            return Invalid(parameter, message);
        }

        return null;
    }

    private static ApiResult Invalid(ParameterDescriptor parameter, string message) =>
        ApiResult.Failure(400, ErrorCodes.InvalidParameter, message, parameter.Name);

}
