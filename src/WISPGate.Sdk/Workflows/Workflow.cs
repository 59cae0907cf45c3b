namespace WISPGate.Sdk.Workflows;

/// <summary>An automation: a trigger (an event type and conditions) and the actions each run executes, in order, on the server clock.</summary>
public sealed partial record Workflow
{
    /// <summary>The WISPGate id, <c>wf_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>A display name.</summary>
    public required string Name { get; init; }

    /// <summary>A description.</summary>
    public string? Description { get; init; }

    /// <summary>Whether matching events start runs.</summary>
    public required partial WorkflowStatus Status { get; init; }

    /// <summary>
    /// <see cref="Status"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Status"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? StatusRaw { get; init; }

    /// <summary>What starts a run.</summary>
    public required WorkflowTrigger Trigger { get; init; }

    /// <summary>The steps of each run, in order (1–20).</summary>
    public required IReadOnlyList<WorkflowAction> Actions { get; init; }

    /// <summary>The template it was made from (e.g. <c>dunning</c>), if any.</summary>
    public string? TemplateId { get; init; }

    /// <summary>The signing secret of its <c>call_webhook</c> calls (<c>whsec_…</c>): only in the answer of <see cref="IWorkflowsClient.CreateAsync"/>, never again — store it then.</summary>
    public string? Secret { get; init; }

    /// <summary>When it was created (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When it last started a run (UTC); <see langword="null"/> if never.</summary>
    public DateTimeOffset? LastRunAt { get; init; }
}
