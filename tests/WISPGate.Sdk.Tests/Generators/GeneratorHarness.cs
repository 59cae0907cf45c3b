using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace WISPGate.Sdk.Tests.Generators;

/// <summary>Runs one of the SDK's source generators on a source file compiled in memory against the SDK.</summary>
internal static class GeneratorHarness
{
    /// <summary>The framework, the SDK and its dependencies, as this test process loaded them.</summary>
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => !Path.GetFileName(path).Equals("WISPGate.Sdk.Tests.dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList());

    public static GeneratorRun Run(IIncrementalGenerator generator, string source, string path)
    {
        // Named like this test assembly, the sample sees the SDK's internals (InternalsVisibleTo), as the SDK's own code does.
        var compilation = CSharpCompilation.Create(
            "WISPGate.Sdk.Tests",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: path)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(generator)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics, TestContext.Current.CancellationToken);
        var generated = string.Join("\n", output.SyntaxTrees.Skip(1).Select(tree => tree.ToString()));
        var errors = output.GetDiagnostics(TestContext.Current.CancellationToken)
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .Select(diagnostic => diagnostic.ToString())
            .ToList();
        return new GeneratorRun(diagnostics, errors, generated);
    }
}

/// <summary>What a generator run gave: the generator's diagnostics, the compilation's errors, the generated source.</summary>
internal sealed record GeneratorRun(IReadOnlyList<Diagnostic> GeneratorDiagnostics, IReadOnlyList<string> CompilationErrors, string Generated);
