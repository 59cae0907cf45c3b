using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace WISPGate.MockServer.Docs;

/// <summary>
/// The API reference pages (<c>/docs</c> and <c>/docs/operations/{operation_id}</c>), generated
/// from the OpenAPI document at run time; each page is rendered once and cached.
/// </summary>
internal sealed class ApiReferencePages
{
    private readonly OpenApiView _view;
    private readonly Lazy<string> _landing;
    private readonly ConcurrentDictionary<(string OperationId, bool TryIt), string> _operationPages = new();

    public ApiReferencePages(JsonObject openApiDocument)
    {
        _view = new OpenApiView(openApiDocument);
        _landing = new Lazy<string>(() => LandingPage.Render(_view));
    }

    /// <summary>The operationIds that have a page.</summary>
    public IEnumerable<string> OperationIds => _view.Operations.Select(o => o.Id);

    /// <summary>The landing page.</summary>
    public string Landing => _landing.Value;

    /// <summary>The page of one operation (with or without "Try it"), or null when the document has no such operationId.</summary>
    public string? Operation(string operationId, bool tryIt) =>
        _view.ById.TryGetValue(operationId, out var operation)
            ? _operationPages.GetOrAdd((operationId, tryIt), key => OperationPage.Render(_view, operation, key.TryIt))
            : null;
}
