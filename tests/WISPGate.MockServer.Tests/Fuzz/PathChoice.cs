namespace WISPGate.MockServer.Tests.Fuzz;

/// <summary>A path id: the <see cref="Known"/>-th id of the pool for that collection (wrapping), or a raw encoded segment.</summary>
public readonly record struct PathChoice(int Known, string? Raw)
{
    /// <inheritdoc />
    public override string ToString() => Raw is null ? $"known #{Known}" : $"'{(Raw.Length > 60 ? Raw[..60] + "…" : Raw)}'";
}
