using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace WISPGate.Sdk.Generators;

/// <summary>
/// Reads one area interface: for each method with <c>[WispGateOperation(id, method, route)]</c>, which parameter goes where
/// (route, body, query) and what the answer is read as, and renders the implementing method.
/// </summary>
internal static class AreaReader
{
    public const string AttributeName = "WISPGate.Sdk.WispGateOperationAttribute";

    private const string Connection = "global::WISPGate.Sdk.Http.ApiConnection";
    private const string Operation = "global::WISPGate.Sdk.Http.ApiOperation";

    private static readonly Regex s_routeParameter = new(@"\{([^{}]+)\}", RegexOptions.CultureInvariant);

    private static readonly SymbolDisplayFormat s_type = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly SymbolDisplayFormat s_typeWithoutNullability = SymbolDisplayFormat.FullyQualifiedFormat;

    private static readonly string[] s_methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    /// <summary>The model of an interface with at least one operation method, else <see langword="null"/>.</summary>
    public static AreaModel? Read(INamedTypeSymbol area, CancellationToken cancellationToken)
    {
        if (area.TypeKind != TypeKind.Interface || area.ContainingType is not null)
        {
            return null;
        }

        var methods = area.GetMembers().OfType<IMethodSymbol>()
            .Where(method => method.MethodKind == MethodKind.Ordinary && method.IsAbstract && !method.IsStatic)
            .Select(method => (Method: method, Attribute: method.GetAttributes().FirstOrDefault(IsOperationAttribute)))
            .Where(pair => pair.Attribute is not null)
            .ToList();
        if (methods.Count == 0)
        {
            return null;
        }

        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        var operations = new List<string>();
        var operationIds = new HashSet<string>(StringComparer.Ordinal);
        var rendered = ImmutableArray.CreateBuilder<MethodModel>();
        foreach (var (method, attribute) in methods)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var declaration = Declaration.Read(method, attribute!, diagnostics);
            if (declaration is null)
            {
                continue;
            }

            var methodDiagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
            var mapped = declaration.Map(methodDiagnostics);

            if (declaration.Shape != Shape.ListAll && operationIds.Add(declaration.OperationId))
            {
                operations.Add(
                    $"private static readonly {Operation} {declaration.FieldName} = new(\"{declaration.OperationId}\", " +
                    $"global::System.Net.Http.HttpMethod.{declaration.HttpMethodProperty}, {Literal(declaration.Route)});");
            }

            var code = !mapped ? null
                : declaration.Shape == Shape.ListAll ? RenderListAll(declaration, methods.Select(pair => pair.Method), methodDiagnostics)
                : Render(declaration, methodDiagnostics);
            rendered.Add(new MethodModel(KeyOf(method), code, new EquatableArray<DiagnosticInfo>(methodDiagnostics.ToImmutable())));
        }

        var ns = area.ContainingNamespace.IsGlobalNamespace ? string.Empty : area.ContainingNamespace.ToDisplayString();
        var className = area.Name.Length > 1 && area.Name[0] == 'I' && char.IsUpper(area.Name[1]) ? area.Name.Substring(1) : area.Name + "Implementation";
        return new AreaModel(
            ns,
            area.Name,
            className,
            new EquatableArray<string>(operations.ToImmutableArray()),
            new EquatableArray<MethodModel>(rendered.ToImmutable()),
            new EquatableArray<DiagnosticInfo>(diagnostics.ToImmutable()));
    }

    /// <summary>Name and parameter types (nullability aside): the identity a hand-written method shares with the generated one.</summary>
    public static string KeyOf(IMethodSymbol method) =>
        method.Name + "(" + string.Join(",", method.Parameters.Select(parameter => parameter.Type.ToDisplayString(s_typeWithoutNullability))) + ")";

    private static bool IsOperationAttribute(AttributeData attribute) =>
        attribute.AttributeClass?.ToDisplayString() == AttributeName;

    private static string? Render(Declaration declaration, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        var body = new StringBuilder();
        declaration.AppendGuards(body);
        var path = declaration.PathExpression();
        var tail = $"{declaration.RequestOptions}, {declaration.CancellationToken});";
        switch (declaration.Shape)
        {
            case Shape.Data when declaration.Body is { } requestBody:
                body.Append($"        return _connection.SendAsync<{requestBody.TypeName}, {declaration.ResultType}>({declaration.FieldName}, {path}, {requestBody.Expression}, {tail}");
                break;
            case Shape.Data:
                body.Append($"        return _connection.SendAsync<{declaration.ResultType}>({declaration.FieldName}, {path}, {tail}");
                break;
            case Shape.NoData when declaration.Body is { } requestBody:
                body.Append($"        return _connection.SendWithoutDataAsync<{requestBody.TypeName}>({declaration.FieldName}, {path}, {requestBody.Expression}, {tail}");
                break;
            case Shape.NoData:
                body.Append($"        return _connection.SendWithoutDataAsync({declaration.FieldName}, {path}, {tail}");
                break;
            case Shape.Page when declaration.Body is null:
                var query = declaration.ListOptions is { } options ? $"{options}?.ToQuery()" : "null";
                body.Append($"        return _connection.SendPageAsync<{declaration.ResultType}>({declaration.FieldName}, {path}, {query}, {tail}");
                break;
            default:
                diagnostics.Add(DiagnosticInfo.Create(
                    Descriptors.UnsupportedReturn, declaration.Location, declaration.Name, "client", "a page is read by GET without a request body"));
                return null;
        }

        return declaration.Signature() + "\n    {\n" + body + "\n    }";
    }

    private static string? RenderListAll(Declaration declaration, IEnumerable<IMethodSymbol> siblings, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        var method = declaration.Method;
        var list = siblings.FirstOrDefault(candidate =>
            !SymbolEqualityComparer.Default.Equals(candidate, method)
            && candidate.GetAttributes().FirstOrDefault(IsOperationAttribute) is { } attribute
            && attribute.ConstructorArguments.Length > 0
            && attribute.ConstructorArguments[0].Value as string == declaration.OperationId
            && ReturnShape(candidate.ReturnType, out _) == Shape.Page
            && candidate.Parameters.Select(parameter => parameter.Type.ToDisplayString(s_typeWithoutNullability))
                .SequenceEqual(method.Parameters.Select(parameter => parameter.Type.ToDisplayString(s_typeWithoutNullability))));
        if (list is null || declaration.ListOptions is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.ListAllWithoutList, declaration.Location, declaration.Name, declaration.OperationId));
            return null;
        }

        var arguments = method.Parameters.Select(parameter =>
            parameter.Name == declaration.ListOptions ? $"({Identifier(parameter.Name)} ?? new()) with {{ Cursor = __cursor }}"
            : parameter.Name == declaration.CancellationToken ? "__cancellationToken"
            : Identifier(parameter.Name));
        var body = new StringBuilder();
        declaration.AppendGuards(body);
        body.Append(
            $"        return global::WISPGate.Sdk.Paging.Pager.EnumerateAsync({declaration.ListOptions}?.Cursor, " +
            $"(__cursor, __cancellationToken) => {list.Name}({string.Join(", ", arguments)}), {declaration.CancellationToken});");
        return declaration.Signature() + "\n    {\n" + body + "\n    }";
    }

    private static Shape? ReturnShape(ITypeSymbol type, out ITypeSymbol? result)
    {
        result = null;
        if (type is not INamedTypeSymbol named)
        {
            return null;
        }

        var definition = named.OriginalDefinition.ToDisplayString();
        if (definition == "System.Collections.Generic.IAsyncEnumerable<T>")
        {
            result = named.TypeArguments[0];
            return Shape.ListAll;
        }

        if (definition != "System.Threading.Tasks.Task<TResult>" || named.TypeArguments[0] is not INamedTypeSymbol inner)
        {
            return null;
        }

        switch (inner.OriginalDefinition.ToDisplayString())
        {
            case "WISPGate.Sdk.Paging.Page<T>":
                result = inner.TypeArguments[0];
                return Shape.Page;
            case "WISPGate.Sdk.WispGateResponse<T>":
                result = inner.TypeArguments[0];
                return Shape.Data;
            case "WISPGate.Sdk.WispGateResponse":
                return Shape.NoData;
            default:
                return null;
        }
    }

    private static bool DerivesFromListOptions(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.ToDisplayString(s_typeWithoutNullability) == "global::WISPGate.Sdk.Paging.ListOptions")
            {
                return true;
            }
        }

        return false;
    }

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    private static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary><c>contact_id</c> → <c>contactId</c>.</summary>
    private static string CamelCase(string name)
    {
        var builder = new StringBuilder(name.Length);
        var upper = false;
        foreach (var character in name)
        {
            if (character is '_' or '-')
            {
                upper = builder.Length > 0;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(character) : character);
            upper = false;
        }

        return builder.ToString();
    }

    private enum Shape
    {
        Data,
        NoData,
        Page,
        ListAll,
    }

    /// <summary>A request body parameter and the expression that sends it.</summary>
    private sealed record BodyParameter(string TypeName, string Expression);

    /// <summary>One attributed method, mapped.</summary>
    private sealed class Declaration
    {
        private readonly List<(string Literal, string? Parameter)> _path = [];
        private readonly List<string> _guards = [];

        private Declaration(IMethodSymbol method, string operationId, string httpMethod, string route)
        {
            Method = method;
            OperationId = operationId;
            HttpMethodProperty = httpMethod.Substring(0, 1) + httpMethod.Substring(1).ToLowerInvariant();
            Route = route;
            Location = method.Locations.FirstOrDefault();
            Name = method.ContainingType.Name + "." + method.Name;
        }

        public IMethodSymbol Method { get; }

        public string OperationId { get; }

        public string HttpMethodProperty { get; }

        public string Route { get; }

        public Location? Location { get; }

        public string Name { get; }

        public string FieldName => "s_" + OperationId;

        public Shape Shape { get; private set; }

        public string ResultType { get; private set; } = string.Empty;

        public BodyParameter? Body { get; private set; }

        public string? ListOptions { get; private set; }

        public string RequestOptions { get; private set; } = string.Empty;

        public string CancellationToken { get; private set; } = string.Empty;

        public static Declaration? Read(IMethodSymbol method, AttributeData attribute, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
        {
            var location = method.Locations.FirstOrDefault();
            var name = method.ContainingType.Name + "." + method.Name;
            var arguments = attribute.ConstructorArguments;
            if (arguments.Length != 3 || arguments.Any(argument => argument.Value is not string { Length: > 0 }))
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.AttributeShape, location, name, string.Empty));
                return null;
            }

            var (operationId, httpMethod, route) = ((string)arguments[0].Value!, (string)arguments[1].Value!, (string)arguments[2].Value!);
            if (!s_methods.Contains(httpMethod) || !route.StartsWith("/", StringComparison.Ordinal) || route.IndexOfAny(['?', '#', ' ']) >= 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    Descriptors.AttributeShape, location, name, $" ('{httpMethod} {route}' is not an upper-case HTTP method and a path starting with '/')"));
                return null;
            }

            var declaration = new Declaration(method, operationId, httpMethod, route);
            declaration.Shape = ReturnShape(method.ReturnType, out _) ?? Shape.Data;
            return declaration;
        }

        public void AppendGuards(StringBuilder body)
        {
            foreach (var guard in _guards)
            {
                body.Append("        ").Append(guard).Append('\n');
            }
        }

        /// <summary>The path as a concatenation of the route's literal parts and the escaped parameters.</summary>
        public string PathExpression() => string.Join(
            " + ",
            _path.Where(part => part.Parameter is not null || part.Literal.Length > 0)
                .Select(part => part.Parameter is null ? Literal(part.Literal) : $"global::System.Uri.EscapeDataString({part.Parameter})"));

        public string Signature() =>
            $"    public {Method.ReturnType.ToDisplayString(s_type)} {Method.Name}(" +
            string.Join(", ", Method.Parameters.Select(parameter => $"{parameter.Type.ToDisplayString(s_type)} {Identifier(parameter.Name)}")) + ")";

        public bool Map(ImmutableArray<DiagnosticInfo>.Builder diagnostics)
        {
            var count = diagnostics.Count;
            if (ReturnShape(Method.ReturnType, out var result) is not { } shape)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    Descriptors.UnsupportedReturn, Location, Name, Method.ContainingType.Name.TrimStart('I'), $"{Method.ReturnType.ToDisplayString()} is none of them"));
                return false;
            }

            Shape = shape;
            ResultType = result?.ToDisplayString(s_typeWithoutNullability) ?? string.Empty;

            var strings = new List<IParameterSymbol>();
            var bodies = new List<IParameterSymbol>();
            foreach (var parameter in Method.Parameters)
            {
                var type = parameter.Type.ToDisplayString(s_typeWithoutNullability);
                if (type == "global::System.Threading.CancellationToken")
                {
                    CancellationToken = Identifier(parameter.Name);
                }
                else if (type == "global::WISPGate.Sdk.RequestOptions")
                {
                    RequestOptions = Identifier(parameter.Name);
                }
                else if (DerivesFromListOptions(parameter.Type))
                {
                    ListOptions = Identifier(parameter.Name);
                }
                else if (parameter.Type.SpecialType == SpecialType.System_String)
                {
                    strings.Add(parameter);
                }
                else
                {
                    bodies.Add(parameter);
                }
            }

            if (RequestOptions.Length == 0 || CancellationToken.Length == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.MissingStandardParameter, Location, Name));
            }

            // Route parameters bind by name ({contact_id} → contactId). {id} may also bind to the one remaining string
            // parameter named like 'subscriberId' (kept from 1.0.0, where sub-resource methods name the parent's id so).
            var bound = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
            var position = 0;
            foreach (Match match in s_routeParameter.Matches(Route))
            {
                _path.Add((Route.Substring(position, match.Index - position), null));
                position = match.Index + match.Length;
                var routeName = match.Groups[1].Value;
                var wanted = CamelCase(routeName);
                var parameter = strings.FirstOrDefault(candidate => candidate.Name == wanted && !bound.Contains(candidate));
                if (parameter is null && routeName == "id")
                {
                    var named = strings.Where(candidate => !bound.Contains(candidate)
                        && candidate.Name.EndsWith("Id", StringComparison.Ordinal)
                        && !s_routeParameter.Matches(Route).Cast<Match>().Any(other => CamelCase(other.Groups[1].Value) == candidate.Name)).ToList();
                    parameter = named.Count == 1 ? named[0] : null;
                }

                if (parameter is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnknownRouteParameter, Location, Name, Route, routeName, wanted));
                    continue;
                }

                bound.Add(parameter);
                _path.Add((string.Empty, Identifier(parameter.Name)));
            }

            _path.Add((Route.Substring(position), null));

            foreach (var parameter in strings.Where(candidate => !bound.Contains(candidate)))
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnmappedParameter, parameter.Locations.FirstOrDefault() ?? Location, Name, parameter.Name, Route));
            }

            if (bodies.Count > 1)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.TwoBodies, bodies[1].Locations.FirstOrDefault() ?? Location, Name, bodies[0].Name, bodies[1].Name));
            }
            else if (bodies.Count == 1)
            {
                var parameter = bodies[0];
                var typeName = parameter.Type.ToDisplayString(s_typeWithoutNullability);
                var optional = parameter.NullableAnnotation == NullableAnnotation.Annotated && parameter.Type.IsReferenceType;
                Body = new BodyParameter(typeName, optional ? $"{Identifier(parameter.Name)} ?? new {typeName}()" : Identifier(parameter.Name));
            }

            // Guards in parameter order, as the hand-written clients had them: ids must be non-blank, a required body present.
            foreach (var parameter in Method.Parameters)
            {
                if (bound.Contains(parameter))
                {
                    _guards.Add($"global::System.ArgumentException.ThrowIfNullOrWhiteSpace({Identifier(parameter.Name)});");
                }
                else if (bodies.Count == 1 && SymbolEqualityComparer.Default.Equals(parameter, bodies[0])
                    && Body is { } required && required.Expression == Identifier(parameter.Name))
                {
                    _guards.Add($"global::System.ArgumentNullException.ThrowIfNull({Identifier(parameter.Name)});");
                }
            }

            return diagnostics.Count == count;
        }
    }
}
