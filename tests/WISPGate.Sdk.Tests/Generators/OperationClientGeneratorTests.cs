using Microsoft.CodeAnalysis;
using WISPGate.Sdk.Generators;

namespace WISPGate.Sdk.Tests.Generators;

/// <summary>
/// The source generator on small area interfaces compiled in memory: what it writes for a declaration, that the result
/// compiles against the SDK, and the compile-time errors for a method it cannot map.
/// </summary>
public sealed class OperationClientGeneratorTests
{
    private const string Header = """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using WISPGate.Sdk;
        using WISPGate.Sdk.Paging;

        namespace Sample;

        public sealed record Widget(string Id);

        public sealed record CreateWidgetRequest
        {
            public string? Name { get; init; }
        }

        public sealed record NoteRequest
        {
            public string? Text { get; init; }
        }

        """;

    [Fact]
    public void A_declared_interface_gets_a_generated_class_that_compiles()
    {
        var run = Run("""
            public interface IWidgetsClient
            {
                [WispGateOperation("listWidgets", "GET", "/api/v1/widgets")]
                Task<Page<Widget>> ListAsync(ListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

                [WispGateOperation("listWidgets", "GET", "/api/v1/widgets")]
                IAsyncEnumerable<Widget> ListAllAsync(ListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

                [WispGateOperation("createWidget", "POST", "/api/v1/widgets")]
                Task<WispGateResponse<Widget>> CreateAsync(CreateWidgetRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

                [WispGateOperation("noteWidget", "POST", "/api/v1/widgets/{id}/notes")]
                Task<WispGateResponse<Widget>> NoteAsync(string id, NoteRequest? request = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

                [WispGateOperation("deleteWidgetPart", "DELETE", "/api/v1/widgets/{id}/parts/{part_id}")]
                Task<WispGateResponse> RemovePartAsync(string widgetId, string partId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
            }
            """);

        run.GeneratorDiagnostics.Should().BeEmpty();
        run.CompilationErrors.Should().BeEmpty("the generated class implements the interface against the SDK's call path");
        run.Generated.Should().Contain("internal sealed partial class WidgetsClient : IWidgetsClient")
            .And.Contain("s_deleteWidgetPart = new(\"deleteWidgetPart\", global::System.Net.Http.HttpMethod.Delete, \"/api/v1/widgets/{id}/parts/{part_id}\")")
            .And.Contain("\"/api/v1/widgets/\" + global::System.Uri.EscapeDataString(widgetId) + \"/parts/\" + global::System.Uri.EscapeDataString(partId)",
                "{id} binds to the one remaining '…Id' parameter, {part_id} to partId; both are escaped")
            .And.Contain("request ?? new global::Sample.NoteRequest()", "an optional body is sent empty when omitted")
            .And.Contain("global::System.ArgumentNullException.ThrowIfNull(request);", "a required body is checked")
            .And.Contain("options?.ToQuery()", "list options travel as the query")
            .And.Contain("Pager.EnumerateAsync(options?.Cursor", "ListAll pages over List");
    }

    [Fact]
    public void A_method_a_partial_class_writes_by_hand_is_left_to_it()
    {
        var run = Run("""
            public interface IExportsClient
            {
                [WispGateOperation("exportWidgets", "POST", "/api/widgets/export")]
                Task<WispGateResponse<Widget>> ExportAsync(string apiToken, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
            }

            internal sealed partial class ExportsClient
            {
                public Task<WispGateResponse<Widget>> ExportAsync(string apiToken, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
                    throw new System.NotSupportedException(s_exportWidgets.Route);
            }
            """);

        run.GeneratorDiagnostics.Should().BeEmpty("the unmappable form parameter does not matter when the method is written by hand");
        run.CompilationErrors.Should().BeEmpty("the hand-written half uses the generated operation field");
        run.Generated.Should().Contain("s_exportWidgets").And.NotContain("ExportAsync(");
    }

    [Theory]
    [InlineData("WGSDK001", """[WispGateOperation("getWidget", "FETCH", "/api/v1/widgets/{id}")] Task<WispGateResponse<Widget>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);""")]
    [InlineData("WGSDK001", """[WispGateOperation("getWidget", "GET", "api/v1/widgets/{id}")] Task<WispGateResponse<Widget>> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);""")]
    [InlineData("WGSDK002", """[WispGateOperation("getWidget", "GET", "/api/v1/widgets/{widget_key}")] Task<WispGateResponse<Widget>> GetAsync(string key, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);""")]
    [InlineData("WGSDK003", """[WispGateOperation("getWidget", "GET", "/api/v1/widgets/{id}")] Task<WispGateResponse<Widget>> GetAsync(string id, string expand, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);""")]
    [InlineData("WGSDK004", """[WispGateOperation("createWidget", "POST", "/api/v1/widgets")] Task<WispGateResponse<Widget>> CreateAsync(CreateWidgetRequest request, NoteRequest note, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);""")]
    [InlineData("WGSDK005", """[WispGateOperation("getWidget", "GET", "/api/v1/widgets/{id}")] Task<Widget> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);""")]
    [InlineData("WGSDK006", """[WispGateOperation("getWidget", "GET", "/api/v1/widgets/{id}")] Task<WispGateResponse<Widget>> GetAsync(string id);""")]
    [InlineData("WGSDK007", """[WispGateOperation("listWidgets", "GET", "/api/v1/widgets")] IAsyncEnumerable<Widget> ListAllAsync(ListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default);""")]
    public void A_method_it_cannot_map_is_a_compile_error_that_says_why(string id, string method)
    {
        var run = Run($$"""
            public interface IWidgetsClient
            {
                {{method}}
            }
            """);

        var diagnostic = run.GeneratorDiagnostics.Should().Contain(candidate => candidate.Id == id).Subject;
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().StartWith("IWidgetsClient.", "the message names the method");
        diagnostic.Location.GetLineSpan().Path.Should().Be("Area.cs", "the error points at the declaration");
    }

    private static GeneratorRun Run(string area) => GeneratorHarness.Run(new OperationClientGenerator(), Header + area, "Area.cs");
}
