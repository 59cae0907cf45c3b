using Microsoft.CodeAnalysis;
using WISPGate.Sdk.Generators;

namespace WISPGate.Sdk.Tests.Generators;

/// <summary>
/// The raw-enum generator on small models compiled in memory: it implements a partial enum property and its declared
/// <c>…Raw</c> sibling, and a model that would lose raw values (a non-partial enum property, a missing sibling) does not compile.
/// </summary>
public sealed class RawEnumPropertyGeneratorTests
{
    private const string Header = """
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using WISPGate.Sdk;
        using WISPGate.Sdk.Serialization;

        namespace Sample;

        [JsonConverter(typeof(TolerantEnumConverter<Color>))]
        public enum Color { Unknown = 0, Red, Green }

        """;

    [Fact]
    public void A_partial_enum_property_and_its_raw_sibling_are_implemented_for_scalars_nullables_lists_and_patches()
    {
        var run = Run("""
            public sealed partial record Paint
            {
                /// <summary>The color.</summary>
                public required partial Color Color { get; init; }

                /// <summary>The raw color.</summary>
                public partial string? ColorRaw { get; init; }

                /// <summary>A second color.</summary>
                public partial Color? Accent { get; init; }

                /// <summary>The raw second color.</summary>
                public partial string? AccentRaw { get; init; }

                /// <summary>All colors.</summary>
                public required partial IReadOnlyList<Color> Palette { get; init; }

                /// <summary>The raw colors.</summary>
                public partial IReadOnlyList<string>? PaletteRaw { get; init; }
            }

            public sealed partial record UpdatePaintRequest : PatchRequest
            {
                /// <summary>A new color.</summary>
                public partial Color? Color { get; set; }

                /// <summary>The raw new color.</summary>
                public partial string? ColorRaw { get; set; }
            }
            """);

        run.GeneratorDiagnostics.Should().BeEmpty();
        run.CompilationErrors.Should().BeEmpty();
        run.Generated.Should().Contain("public required partial global::Sample.Color Color")
            .And.Contain("public partial string? ColorRaw")
            .And.Contain("public partial global::System.Collections.Generic.IReadOnlyList<string>? PaletteRaw")
            .And.Contain("Set(global::WISPGate.Sdk.Serialization.RawEnum.ToPatchValue(value, \"Color\"), \"Color\")");
    }

    [Theory]
    [InlineData("public required Color Color { get; init; }", "WGSDK008")]
    [InlineData("public required partial Color Color { get; init; }", "WGSDK010")]
    public void A_model_that_would_lose_raw_values_is_a_compile_error(string property, string id)
    {
        var run = Run($$"""
            public sealed partial record Paint
            {
                /// <summary>The color.</summary>
                {{property}}
            }
            """);

        var diagnostic = run.GeneratorDiagnostics.Should().Contain(candidate => candidate.Id == id).Subject;
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Contain("Paint.Color").And.Contain("ColorRaw");
    }

    private static GeneratorRun Run(string models) => GeneratorHarness.Run(new RawEnumPropertyGenerator(), Header + models, "Models.cs");
}
