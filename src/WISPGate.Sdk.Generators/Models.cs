using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace WISPGate.Sdk.Generators;

/// <summary>One area interface as the generator emits it: the class to write and its members, already rendered.</summary>
/// <param name="Namespace">The namespace of the interface (and of the class).</param>
/// <param name="InterfaceName">The interface's simple name, e.g. <c>ISubscribersClient</c>.</param>
/// <param name="ClassName">The implementation's name, e.g. <c>SubscribersClient</c>.</param>
/// <param name="Operations">The <c>ApiOperation</c> fields, one per operation (also for hand-written methods).</param>
/// <param name="Methods">The implemented methods.</param>
/// <param name="Diagnostics">Malformed declarations (reported whether or not the method is hand-written).</param>
internal sealed record AreaModel(
    string Namespace,
    string InterfaceName,
    string ClassName,
    EquatableArray<string> Operations,
    EquatableArray<MethodModel> Methods,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public string FullClassName => Namespace.Length == 0 ? ClassName : Namespace + "." + ClassName;
}

/// <summary>One method to generate, or why it cannot be (reported only when no hand-written method replaces it).</summary>
/// <param name="Key">Name and parameter types: what a hand-written method must match to replace it.</param>
/// <param name="Code">The method's source text; <see langword="null"/> when it cannot be mapped.</param>
/// <param name="Diagnostics">Why it cannot be mapped.</param>
internal sealed record MethodModel(string Key, string? Code, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The members a hand-written partial declaration of an implementation class already has.</summary>
/// <param name="FullClassName">The class, namespace included.</param>
/// <param name="MethodKeys">Name and parameter types of each method.</param>
internal sealed record HandWrittenClass(string FullClassName, EquatableArray<string> MethodKeys);

/// <summary>A diagnostic without a live <see cref="Location"/> (which would keep a compilation alive in the cache).</summary>
internal sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor, string FilePath, TextSpan Span, LinePositionSpan LineSpan, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] arguments)
    {
        var span = location?.GetLineSpan() ?? default;
        return new DiagnosticInfo(
            descriptor,
            location?.SourceTree?.FilePath ?? string.Empty,
            location?.SourceSpan ?? default,
            span.Span,
            new EquatableArray<string>(System.Collections.Immutable.ImmutableArray.Create(arguments)));
    }

    public Diagnostic ToDiagnostic() => Diagnostic.Create(
        Descriptor,
        FilePath.Length == 0 ? Location.None : Location.Create(FilePath, Span, LineSpan),
        Arguments.Items.ToArray<object>());
}
