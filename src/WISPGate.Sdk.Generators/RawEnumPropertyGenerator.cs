using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace WISPGate.Sdk.Generators;

/// <summary>
/// Implements every <c>partial</c> enum property of an SDK model (an enum with the SDK's tolerant converter, its
/// nullable form, or a read-only list of it) together with its <c>partial</c> <c>…Raw</c> sibling, which the model
/// declares next to it (System.Text.Json's source generator sees only hand-written members): <c>Status</c> reads
/// <c>Unknown</c> for a value this SDK version does not know and <c>StatusRaw</c> keeps the string as received, so it
/// can be logged and sent back. <c>RawEnumWireProperties</c> puts the sibling on the wire in the enum's place. A non-partial enum
/// property of a public model (WGSDK008) or one without its <c>…Raw</c> declaration (WGSDK010) is a compile error, so a new model or enum cannot miss it; list options
/// (query strings) and <c>[JsonIgnore]</c>d helpers are left alone.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class RawEnumPropertyGenerator : IIncrementalGenerator
{
    private const string RawEnum = "global::WISPGate.Sdk.Serialization.RawEnum";

    private static readonly SymbolDisplayFormat s_typeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var properties = context.SyntaxProvider.CreateSyntaxProvider(
                static (node, _) => node is PropertyDeclarationSyntax,
                static (syntax, cancellationToken) => Read((PropertyDeclarationSyntax)syntax.Node, syntax.SemanticModel, cancellationToken))
            .Where(static property => property is not null)
            .Select(static (property, _) => property!);

        context.RegisterSourceOutput(properties, static (output, property) => Emit(output, property));
    }

    private static RawEnumProperty? Read(PropertyDeclarationSyntax declaration, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetDeclaredSymbol(declaration, cancellationToken) is not { } property
            || property.ContainingType is not { } type
            || Shape(property.Type) is not { } shape
            || property.GetAttributes().Any(attribute => attribute.AttributeClass?.Name == "JsonIgnoreAttribute")
            || DerivesFrom(type, "ListOptions"))
        {
            return null;
        }

        var isPartial = declaration.Modifiers.Any(SyntaxKind.PartialKeyword);
        var isPatch = DerivesFrom(type, "PatchRequest");
        var modifiers = string.Join(" ", declaration.Modifiers.Where(modifier => !modifier.IsKind(SyntaxKind.PartialKeyword)).Select(modifier => modifier.Text));
        var setter = property.SetMethod is { IsInitOnly: true } ? "init" : "set";
        DiagnosticInfo? diagnostic = null;
        if (!isPartial)
        {
            if (type.DeclaredAccessibility != Accessibility.Public || property.DeclaredAccessibility != Accessibility.Public)
            {
                return null;
            }

            diagnostic = DiagnosticInfo.Create(
                Descriptors.EnumPropertyNotPartial, declaration.Identifier.GetLocation(), type.Name, property.Name, modifiers, property.Type.ToDisplayString(), setter);
        }
        else if (declaration.AccessorList is null || declaration.AccessorList.Accessors.Any(accessor => accessor.Body is not null || accessor.ExpressionBody is not null))
        {
            // The implementing half (this generator's own output in another compilation, or hand-written): nothing to add.
            return null;
        }
        else if (property.SetMethod is null || property.GetMethod is null)
        {
            diagnostic = DiagnosticInfo.Create(Descriptors.EnumPropertyShape, declaration.Identifier.GetLocation(), type.Name, property.Name, "it needs a getter and an init or set accessor");
        }
        else if (isPatch && shape.Kind != ShapeKind.Nullable)
        {
            diagnostic = DiagnosticInfo.Create(Descriptors.EnumPropertyShape, declaration.Identifier.GetLocation(), type.Name, property.Name, "a patch property must be a nullable enum (null clears the field)");
        }
        else if (!HasRawDeclaration(type, property.Name, shape.Kind, setter))
        {
            diagnostic = DiagnosticInfo.Create(
                Descriptors.EnumPropertyWithoutRaw, declaration.Identifier.GetLocation(), type.Name, property.Name,
                $"public partial {(shape.Kind == ShapeKind.List ? "IReadOnlyList<string>?" : "string?")} {property.Name}Raw {{ get; {setter}; }}");
        }
        else if (type.ContainingType is not null)
        {
            diagnostic = DiagnosticInfo.Create(Descriptors.EnumPropertyShape, declaration.Identifier.GetLocation(), type.Name, property.Name, "the model must be a top-level type");
        }

        return new RawEnumProperty(
            type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString(),
            type.IsRecord ? "record" : type.TypeKind == TypeKind.Struct ? "struct" : "class",
            type.Name,
            property.Name,
            modifiers,
            property.Type.ToDisplayString(s_typeFormat),
            shape.EnumType,
            shape.Kind,
            isPatch,
            setter,
            diagnostic);
    }

    private static (string EnumType, ShapeKind Kind)? Shape(ITypeSymbol type)
    {
        if (IsSdkEnum(type))
        {
            return (type.ToDisplayString(s_typeFormat), ShapeKind.Scalar);
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && IsSdkEnum(nullable.TypeArguments[0]))
        {
            return (nullable.TypeArguments[0].ToDisplayString(s_typeFormat), ShapeKind.Nullable);
        }

        if (type is INamedTypeSymbol { IsGenericType: true } list
            && list.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IReadOnlyList<T>"
            && IsSdkEnum(list.TypeArguments[0]))
        {
            return (list.TypeArguments[0].ToDisplayString(s_typeFormat), ShapeKind.List);
        }

        return null;
    }

    /// <summary>
    /// Whether the model declares the sibling <c>partial string? {Name}Raw { get; init; }</c> (a list: <c>IReadOnlyList&lt;string&gt;?</c>).
    /// It is declared by hand, not generated: System.Text.Json's source generator does not see other generators' members.
    /// </summary>
    private static bool HasRawDeclaration(INamedTypeSymbol type, string name, ShapeKind kind, string setter) =>
        type.GetMembers(name + "Raw").OfType<IPropertySymbol>().Any(raw =>
            raw.IsPartialDefinition
            && raw.DeclaredAccessibility == Accessibility.Public
            && (raw.SetMethod?.IsInitOnly ?? false) == (setter == "init")
            && raw.Type.NullableAnnotation == NullableAnnotation.Annotated
            && (kind == ShapeKind.List
                ? raw.Type is INamedTypeSymbol { IsGenericType: true } list
                    && list.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IReadOnlyList<T>"
                    && list.TypeArguments[0].SpecialType == SpecialType.System_String
                : raw.Type.SpecialType == SpecialType.System_String));

    /// <summary>An enum read through the SDK's <c>TolerantEnumConverter</c> (member 0 is <c>Unknown</c>).</summary>
    private static bool IsSdkEnum(ITypeSymbol type) =>
        type.TypeKind == TypeKind.Enum
        && type.GetAttributes().Any(attribute => attribute.AttributeClass?.Name == "JsonConverterAttribute"
            && attribute.ConstructorArguments.Length == 1
            && attribute.ConstructorArguments[0].Value is INamedTypeSymbol converter
            && converter.Name == "TolerantEnumConverter");

    private static bool DerivesFrom(INamedTypeSymbol type, string baseName)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.Name == baseName && current.ContainingNamespace.ToDisplayString().StartsWith("WISPGate.Sdk", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void Emit(SourceProductionContext output, RawEnumProperty property)
    {
        if (property.Diagnostic is not null)
        {
            output.ReportDiagnostic(property.Diagnostic.ToDiagnostic());
            return;
        }

        var name = property.Name;
        var camel = char.ToLowerInvariant(name[0]) + name.Substring(1);
        var value = $"__{camel}Value";
        var unknown = $"__{camel}UnknownRaw";
        var enumType = property.EnumType;
        var source = new StringBuilder();
        source.Append("// <auto-generated/>\n");
        source.Append($"// Generated by WISPGate.Sdk.Generators (RawEnumPropertyGenerator) for {property.TypeName}.{name}.\n");
        source.Append("#nullable enable\n");
        if (property.Namespace.Length > 0)
        {
            source.Append($"namespace {property.Namespace};\n");
        }

        source.Append('\n');
        source.Append($"partial {property.TypeKeyword} {property.TypeName}\n{{\n");
        switch (property.Kind)
        {
            case ShapeKind.Nullable when property.IsPatch:
                source.Append($"    {property.Modifiers} partial {property.PropertyType} {name}\n    {{\n");
                source.Append($"        get => {RawEnum}.ParseNullable<{enumType}>(Get<string?>(\"{name}\"), out _);\n");
                source.Append($"        set => Set({RawEnum}.ToPatchValue(value, \"{name}\"), \"{name}\");\n    }}\n\n");
                source.Append($"    public partial string? {name}Raw\n    {{\n        get => Get<string?>(\"{name}\");\n        set => Set(value, \"{name}\");\n    }}\n");
                break;
            case ShapeKind.Scalar:
            case ShapeKind.Nullable:
                source.Append($"    private {enumType}{(property.Kind == ShapeKind.Nullable ? "?" : string.Empty)} {value};\n");
                source.Append($"    private string? {unknown};\n\n");
                source.Append($"    {property.Modifiers} partial {property.PropertyType} {name}\n    {{\n");
                source.Append($"        get => {value};\n");
                source.Append($"        {property.Setter}\n        {{\n            {value} = value;\n");
                var known = property.Kind == ShapeKind.Nullable ? $"value is null || {RawEnum}.ToRaw(value, null) is not null" : $"{RawEnum}.ToRaw(value, null) is not null";
                source.Append($"            if ({known})\n            {{\n                {unknown} = null;\n            }}\n        }}\n    }}\n\n");
                source.Append($"    public partial string? {name}Raw\n    {{\n        get => {RawEnum}.ToRaw({value}, {unknown});\n");
                source.Append($"        {property.Setter}\n        {{\n            if (value is not null)\n            {{\n");
                source.Append($"                {value} = {RawEnum}.Parse<{enumType}>(value, out {unknown});\n            }}\n        }}\n    }}\n");
                break;
            case ShapeKind.List:
                source.Append($"    private global::System.Collections.Generic.IReadOnlyList<{enumType}>? {value};\n");
                source.Append($"    private global::System.Collections.Generic.IReadOnlyList<string>? {unknown};\n\n");
                source.Append($"    {property.Modifiers} partial {property.PropertyType} {name}\n    {{\n");
                source.Append($"        get => {value}{(property.PropertyType.EndsWith("?", StringComparison.Ordinal) ? string.Empty : "!")};\n");
                source.Append($"        {property.Setter}\n        {{\n            {value} = value;\n            {unknown} = null;\n        }}\n    }}\n\n");
                source.Append($"    public partial global::System.Collections.Generic.IReadOnlyList<string>? {name}Raw\n    {{\n");
                source.Append($"        get => {RawEnum}.ToRawList({value}, {unknown});\n");
                source.Append($"        {property.Setter}\n        {{\n            if (value is not null)\n            {{\n");
                source.Append($"                {value} = {RawEnum}.ParseList<{enumType}>(value, out {unknown});\n            }}\n        }}\n    }}\n");
                break;
        }

        source.Append("}\n");
        var hintPrefix = property.Namespace.Length == 0 ? property.TypeName : property.Namespace + "." + property.TypeName;
        output.AddSource($"{hintPrefix}.{name}.RawEnum.g.cs", SourceText.From(source.ToString(), Encoding.UTF8));
    }
}

/// <summary>How an enum property holds its enum.</summary>
internal enum ShapeKind
{
    /// <summary><c>TEnum</c>.</summary>
    Scalar,

    /// <summary><c>TEnum?</c>.</summary>
    Nullable,

    /// <summary><c>IReadOnlyList&lt;TEnum&gt;</c>.</summary>
    List,
}

/// <summary>One partial enum property to implement, or why it cannot be.</summary>
internal sealed record RawEnumProperty(
    string Namespace,
    string TypeKeyword,
    string TypeName,
    string Name,
    string Modifiers,
    string PropertyType,
    string EnumType,
    ShapeKind Kind,
    bool IsPatch,
    string Setter,
    DiagnosticInfo? Diagnostic);
