namespace WISPGate.Sdk.Workflows;

/// <summary>One action of a dry run.</summary>
public sealed record WorkflowTestStep
{
    /// <summary>The action's position (0-based).</summary>
    public required int Index { get; init; }

    /// <summary>The action's type, e.g. <c>suspend_subscriber</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Whether it would run.</summary>
    public required bool WouldRun { get; init; }

    /// <summary>For a <c>check</c>, its evaluation against the subject as it is now.</summary>
    public WorkflowConditionResult? Check { get; init; }
}
