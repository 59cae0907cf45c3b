using WISPGate.Sdk.Waiting;

namespace WISPGate.Sdk.Workflows;

/// <summary>Waiting for workflow runs.</summary>
public static class WorkflowRunsClientExtensions
{
    /// <summary>
    /// Polls a workflow run (<see cref="IWorkflowRunsClient.GetAsync"/>) until it is final — <c>succeeded</c>,
    /// <c>failed</c>, <c>skipped</c> or <c>cancelled</c> — and returns it. A run that is <c>waiting</c> (a <c>wait</c>
    /// step, on the server clock) is not final: give the options a timeout that covers it. A failed or skipped run is an
    /// answer, not an error: check <see cref="WorkflowRun.Status"/> and its steps.
    /// <code>
    /// WorkflowRun run = await client.WorkflowRuns.WaitForCompletionAsync(runId, cancellationToken: ct);
    /// </code>
    /// </summary>
    /// <param name="runs">The workflow runs area of a client.</param>
    /// <param name="runId">The run id (<c>wfr_…</c>).</param>
    /// <param name="options">Polling interval (default 1 s), timeout (default 5 min), clock and per-poll settings.</param>
    /// <param name="cancellationToken">Stops the wait.</param>
    /// <returns>The last read of the run, final.</returns>
    /// <exception cref="TimeoutException">The run was not final within <see cref="WaitOptions.Timeout"/>; the message names its last status.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="Errors.WispGateException">A poll failed (after the client's retries), e.g. the run does not exist (404).</exception>
    public static Task<WispGateResponse<WorkflowRun>> WaitForCompletionAsync(
        this IWorkflowRunsClient runs, string runId, WaitOptions? options = null, CancellationToken cancellationToken = default) =>
        Poller.WaitForCompletionAsync(
            runs, runId, static (area, id, requestOptions, token) => area.GetAsync(id, requestOptions, token), IsFinal, static run => run.Status, "workflow run", options, cancellationToken);

    /// <summary>Final: succeeded, failed, skipped or cancelled, or any state with a finish time (one this SDK does not know yet).</summary>
    internal static bool IsFinal(WorkflowRun run) =>
        run.Status is WorkflowRunStatus.Succeeded or WorkflowRunStatus.Failed or WorkflowRunStatus.Skipped or WorkflowRunStatus.Cancelled
        || run.FinishedAt is not null;
}
