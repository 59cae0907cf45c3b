using System.Reflection;
using WISPGate.Sdk.Errors;

namespace WISPGate.Sdk.Tests.DriftGuard;

/// <summary><see cref="WispGateErrorCodes"/> against the contract's <c>ErrorCode</c> enum: the same set, both ways.</summary>
public sealed class ErrorCodeConstantsTests
{
    [Fact]
    public void The_error_code_constants_are_exactly_the_contracts_ErrorCode_values()
    {
        var contract = OpenApiContract.Schemas["ErrorCode"]!["enum"]!.AsArray().Select(value => value!.GetValue<string>()).ToList();
        var constants = typeof(WispGateErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .ToDictionary(field => field.Name, field => (string)field.GetRawConstantValue()!);

        constants.Values.Should().BeEquivalentTo(contract, "every documented code has a constant and every constant is a documented code");
        constants.Values.Should().OnlyHaveUniqueItems();
        foreach (var (name, value) in constants)
        {
            name.Should().Be(string.Concat(value.Split('_').Select(part => char.ToUpperInvariant(part[0]) + part[1..])), "a constant is named after its code in PascalCase");
        }
    }
}
