namespace WISPGate.MockServer.Contract;

/// <summary>A path template of the contract (<c>/api/v1/subscribers/{id}</c>) and how it matches request paths.</summary>
internal sealed class RouteTemplate
{
    private readonly string[] _segments;

    /// <summary>Parses a template.</summary>
    public RouteTemplate(string template)
    {
        Template = template;
        _segments = Split(template);
    }

    /// <summary>The template text.</summary>
    public string Template { get; }

    /// <summary>
    /// Orders templates so that literal segments win over parameters position by position
    /// (<c>/payments/reconcile</c> before <c>/payments/{id}</c>).
    /// </summary>
    public string Specificity => string.Concat(_segments.Select(s => IsParameter(s) ? '1' : '0'));

    /// <summary>Splits a path into segments (no empty ones), still encoded: the match decodes each one once.</summary>
    public static string[] Split(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Matches request path segments; returns the path parameters or null.</summary>
    public IReadOnlyDictionary<string, string>? Match(IReadOnlyList<string> pathSegments)
    {
        if (pathSegments.Count != _segments.Length)
        {
            return null;
        }

        Dictionary<string, string>? parameters = null;
        for (var i = 0; i < _segments.Length; i++)
        {
            var segment = _segments[i];
            if (IsParameter(segment))
            {
                if (pathSegments[i].Length == 0)
                {
                    return null;
                }

                parameters ??= new Dictionary<string, string>(StringComparer.Ordinal);
                parameters[segment[1..^1]] = Uri.UnescapeDataString(pathSegments[i]);
            }
            else if (!string.Equals(segment, Uri.UnescapeDataString(pathSegments[i]), StringComparison.Ordinal))
            {
                return null;
            }
        }

        return parameters ?? (IReadOnlyDictionary<string, string>)EmptyParameters;
    }

    /// <inheritdoc />
    public override string ToString() => Template;

    private static readonly Dictionary<string, string> EmptyParameters = new(StringComparer.Ordinal);

    private static bool IsParameter(string segment) => segment.Length > 2 && segment[0] == '{' && segment[^1] == '}';
}
