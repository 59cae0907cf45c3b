using System.Diagnostics;
using System.Reflection;

namespace WISPGate.Sdk;

/// <summary>Names to subscribe to the SDK's logs and traces.</summary>
public static class WispGateDiagnostics
{
    /// <summary>The <see cref="ActivitySource"/> name (<c>WISPGate.Sdk</c>): one span per call, with status and request id.</summary>
    public const string ActivitySourceName = "WISPGate.Sdk";

    /// <summary>The logger category of the per-attempt and retry logs (<c>WISPGate.Sdk</c>).</summary>
    public const string LoggerCategory = "WISPGate.Sdk";

    /// <summary>The SDK version sent in the <c>User-Agent</c>.</summary>
    public static string Version { get; } = ReadVersion();

    internal static ActivitySource ActivitySource { get; } = new(ActivitySourceName, Version);

    private static string ReadVersion()
    {
        var informational = typeof(WispGateDiagnostics).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
