using Microsoft.Extensions.Logging;
using WISPGate.Sdk;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.Samples.Onboarding;

/// <summary>
/// Onboards CSV rows as prospects in bulk: one <see cref="ISubscribersClient.ImportAsync"/> for the whole file, which the
/// SDK sends in batches of at most 1,000 rows. The import runs in <see cref="ImportMode.CreateOnly"/> mode, matched on
/// <c>external_id</c>, so a run started again after a crash leaves the rows that exist as they are (<c>already there</c>)
/// and creates only the rest; each batch carries its own idempotency key, so a retried batch is replayed, never stored twice.
/// </summary>
public sealed class SubscriberOnboarder(IWispGateClient client, ILogger<SubscriberOnboarder> logger)
{
    /// <summary>Onboards every row, logging one line per row; a bad row fails alone, the others go on.</summary>
    /// <param name="rows">The rows to onboard.</param>
    /// <param name="cancellationToken">Stops the run between (or during) batches.</param>
    /// <returns>How many were created, already there, or failed.</returns>
    public async Task<OnboardingResult> OnboardAsync(IReadOnlyList<SubscriberRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return new OnboardingResult();
        }

        var request = new ImportSubscribersRequest
        {
            Mode = ImportMode.CreateOnly,
            Subscribers = rows.Select(row => new CreateSubscriberRequest
            {
                ExternalId = row.ExternalId,
                FullName = row.FullName,
                Email = row.Email,
                Phone = row.Phone,
                Status = SubscriberStatus.Prospect,
            }).ToList(),
        };

        WispGateResponse<SubscriberImport> import;
        try
        {
            import = await client.Subscribers.ImportAsync(request, cancellationToken: cancellationToken);
        }
        catch (WispGateException e)
        {
            // The call as a whole was refused or could not be sent (the rows of earlier batches may be in): running the
            // onboarding again is safe, existing rows come back as "already there".
            logger.LogError("Import stopped: {Message}", e.Message);
            return new OnboardingResult(Failed: rows.Count);
        }

        foreach (var result in import.Data.Results)
        {
            var progress = $"[{result.Index + 1}/{rows.Count}] {rows[result.Index].ExternalId}";
            switch (result.Status)
            {
                case ImportRowStatus.Created:
                    logger.LogInformation("{Progress} created {SubscriberId} {FullName}", progress, result.Id, rows[result.Index].FullName);
                    break;
                case ImportRowStatus.Unchanged or ImportRowStatus.Updated:
                    logger.LogInformation("{Progress} already there as {SubscriberId}", progress, result.Id);
                    break;
                default:
                    logger.LogError(
                        "{Progress} failed: {Code} {Message} (field {Field})", progress, result.Error?.Code, result.Error?.Message, result.Error?.Field);
                    break;
            }
        }

        var summary = import.Data.Summary;
        logger.LogInformation("Imported with request {RequestId}", import.RequestId);
        return new OnboardingResult(summary.Created, summary.Unchanged + summary.Updated, summary.Failed);
    }
}
