namespace WISPGate.Contract.Tests;

/// <summary>
/// v1 is additive only: the current contract keeps every promise of the released one
/// (docs/compatibility.md). <c>.ci/run</c> installs Optic (npm, pinned) and names it in <c>WISPGATE_OPTIC</c>; without it a developer
/// machine skips this test and CI fails it.
/// </summary>
public sealed class ReleasedContractGateTests
{
    [Fact(Timeout = 600_000)]
    public async Task Current_contract_has_no_breaking_change_against_the_released_one()
    {
        var optic = RequireOptic();

        var findings = await BreakingChangeGate.FindAsync(
            optic,
            Path.Combine(AppContext.BaseDirectory, BreakingChangeGate.ReleasedFileName),
            Path.Combine(AppContext.BaseDirectory, ContractDocument.FileName),
            TestContext.Current.CancellationToken);

        findings.Should().BeEmpty(
            "v1 may only grow; what broke (fix it, or accept it with a reason in src/openapi/released/{0}):\n{1}",
            BreakingChangeGate.AcceptedChangesFileName,
            string.Join("\n", findings));
    }

    internal static string RequireOptic()
    {
        var optic = BreakingChangeGate.OpticPath();
        if (optic is null)
        {
            Environment.GetEnvironmentVariable("CI").Should().NotBe("true", "CI installs Optic and sets WISPGATE_OPTIC");
            Assert.Skip("Optic is not installed (bash .ci/run installs it; or set WISPGATE_OPTIC).");
        }

        return optic;
    }
}
