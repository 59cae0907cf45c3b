namespace WISPGate.Contract.Tests;

/// <summary>One incompatibility of the current contract with the released one: where, which rule, what broke.</summary>
internal sealed record BreakingChange(string Where, string Rule, string Message)
{
    public override string ToString() => $"{Where}: [{Rule}] {Message}";
}
