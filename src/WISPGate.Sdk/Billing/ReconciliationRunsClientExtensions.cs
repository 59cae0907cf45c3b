using WISPGate.Sdk.Waiting;

namespace WISPGate.Sdk.Billing;

/// <summary>Waiting for reconciliation runs.</summary>
public static class ReconciliationRunsClientExtensions
{
    /// <summary>
    /// Polls a reconciliation run (<see cref="IReconciliationRunsClient.GetAsync"/>) until it is final —
    /// <c>completed</c> or <c>failed</c> — and returns it, as Azure's <c>Operation&lt;T&gt;.WaitForCompletionAsync</c>.
    /// A <c>failed</c> run is an answer, not an error: check <see cref="ReconciliationRun.Status"/>.
    /// <code>
    /// ReconciliationRun run = await client.Payments.ReconcileAsync(cancellationToken: ct);
    /// run = await client.ReconciliationRuns.WaitForCompletionAsync(run.Id, cancellationToken: ct);
    /// </code>
    /// </summary>
    /// <param name="runs">The reconciliation runs area of a client.</param>
    /// <param name="runId">The run id (<c>rec_…</c>).</param>
    /// <param name="options">Polling interval (default 1 s), timeout (default 5 min), clock and per-poll settings.</param>
    /// <param name="cancellationToken">Stops the wait.</param>
    /// <returns>The last read of the run, final.</returns>
    /// <exception cref="TimeoutException">The run was not final within <see cref="WaitOptions.Timeout"/>; the message names its last status.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="Errors.WispGateException">A poll failed (after the client's retries), e.g. the run does not exist (404).</exception>
    public static Task<WispGateResponse<ReconciliationRun>> WaitForCompletionAsync(
        this IReconciliationRunsClient runs, string runId, WaitOptions? options = null, CancellationToken cancellationToken = default) =>
        Poller.WaitForCompletionAsync(
            runs, runId, static (area, id, requestOptions, token) => area.GetAsync(id, requestOptions, token), IsFinal, static run => run.Status, "reconciliation run", options, cancellationToken);

    /// <summary>Final: completed or failed, or any state with a completion time (a state this SDK does not know yet).</summary>
    internal static bool IsFinal(ReconciliationRun run) =>
        run.Status is ReconciliationRunStatus.Completed or ReconciliationRunStatus.Failed || run.CompletedAt is not null;
}
