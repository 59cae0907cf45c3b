using Microsoft.CodeAnalysis;

namespace WISPGate.Sdk.Generators;

/// <summary>The generator's diagnostics: every one is an error, since a method it cannot map would otherwise be missing.</summary>
internal static class Descriptors
{
    private const string Category = "WISPGate.Sdk.Generators";

    public static readonly DiagnosticDescriptor AttributeShape = Error(
        "WGSDK001",
        "[WispGateOperation] needs an operation id, an HTTP method and a route",
        "{0}: write [WispGateOperation(\"operationId\", \"GET\", \"/api/v1/...\")] (operation id, HTTP method, route template of the contract){1}");

    public static readonly DiagnosticDescriptor UnknownRouteParameter = Error(
        "WGSDK002",
        "A route parameter has no method parameter",
        "{0}: the route {1} has the parameter {{{2}}}, but the method has no string parameter '{3}' for it");

    public static readonly DiagnosticDescriptor UnmappedParameter = Error(
        "WGSDK003",
        "A method parameter has no place in the request",
        "{0}: the parameter '{1}' is not a route parameter of {2}, a request body, list options, RequestOptions or a CancellationToken");

    public static readonly DiagnosticDescriptor TwoBodies = Error(
        "WGSDK004",
        "A method has more than one request body",
        "{0}: both '{1}' and '{2}' could be the request body; an operation sends at most one");

    public static readonly DiagnosticDescriptor UnsupportedReturn = Error(
        "WGSDK005",
        "The return type cannot be generated",
        "{0}: return Task<WispGateResponse<T>>, Task<WispGateResponse>, Task<Page<T>> or IAsyncEnumerable<T>, or write the method by hand in a partial {1}; {2}");

    public static readonly DiagnosticDescriptor MissingStandardParameter = Error(
        "WGSDK006",
        "A method lacks RequestOptions or CancellationToken",
        "{0}: every operation method ends with 'RequestOptions? requestOptions = null, CancellationToken cancellationToken = default'");

    public static readonly DiagnosticDescriptor ListAllWithoutList = Error(
        "WGSDK007",
        "A ListAll method has no List method to page over",
        "{0}: an IAsyncEnumerable<T> method pages over the Task<Page<T>> method of the same operation id and the same parameters; none was found for {1}");

    public static readonly DiagnosticDescriptor EnumPropertyNotPartial = Error(
        "WGSDK008",
        "An enum property of an SDK model must be partial",
        "{0}.{1}: declare it 'partial' ({2} partial {3} {1} {{ get; {4}; }}, and the type partial too) and declare its {1}Raw sibling, which keeps the raw wire string of a value this SDK version does not know");

    public static readonly DiagnosticDescriptor EnumPropertyShape = Error(
        "WGSDK009",
        "An enum property has a shape the generator cannot implement",
        "{0}.{1}: {2}");

    public static readonly DiagnosticDescriptor EnumPropertyWithoutRaw = Error(
        "WGSDK010",
        "An enum property of an SDK model needs its raw sibling declared",
        "{0}.{1}: declare its sibling next to it, with XML docs: {2} (the generator implements both)");

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
