using Microsoft.Extensions.Logging;
using WISPGate.Sdk;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.Samples.Onboarding;

/// <summary>
/// Onboards CSV rows as prospects, idempotently: a row whose <c>external_id</c> already exists is
/// skipped, and every create carries the deterministic idempotency key <c>onboard-&lt;external_id&gt;</c>,
/// so a run interrupted mid-request and started again can neither create a row twice nor lose it.
/// </summary>
public sealed class SubscriberOnboarder(IWispGateClient client, ILogger<SubscriberOnboarder> logger)
{
    /// <summary>Onboards every row, logging progress; failures of one row do not stop the others.</summary>
    /// <param name="rows">The rows to onboard.</param>
    /// <param name="cancellationToken">Stops the run between (or during) requests.</param>
    /// <returns>How many were created, already there, or failed.</returns>
    public async Task<OnboardingResult> OnboardAsync(IReadOnlyList<SubscriberRow> rows, CancellationToken cancellationToken)
    {
        var result = new OnboardingResult();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var progress = $"[{i + 1}/{rows.Count}] {row.ExternalId}";
            try
            {
                var existing = await client.Subscribers.ListAsync(
                    new SubscriberListOptions { ExternalId = row.ExternalId, Limit = 1 }, cancellationToken: cancellationToken);
                if (existing.Items.Count > 0)
                {
                    logger.LogInformation("{Progress} already there as {SubscriberId}", progress, existing.Items[0].Id);
                    result = result with { AlreadyThere = result.AlreadyThere + 1 };
                    continue;
                }

                var created = await client.Subscribers.CreateAsync(
                    new CreateSubscriberRequest
                    {
                        ExternalId = row.ExternalId,
                        FullName = row.FullName,
                        Email = row.Email,
                        Phone = row.Phone,
                        Status = SubscriberStatus.Prospect,
                    },
                    new RequestOptions { IdempotencyKey = $"onboard-{row.ExternalId}" },
                    cancellationToken);
                logger.LogInformation("{Progress} created {SubscriberId} {FullName} ({RequestId})", progress, created.Data.Id, created.Data.FullName, created.RequestId);
                result = result with { Created = result.Created + 1 };
            }
            catch (WispGateConflictException e) when (e.Code == "duplicate_subscriber")
            {
                // Someone else (or an earlier run we did not see finish) created it between our check and our create.
                logger.LogInformation("{Progress} already there ({RequestId})", progress, e.RequestId);
                result = result with { AlreadyThere = result.AlreadyThere + 1 };
            }
            catch (WispGateApiException e)
            {
                logger.LogError("{Progress} failed: {Code} {Message} ({RequestId})", progress, e.Code, e.Message, e.RequestId);
                result = result with { Failed = result.Failed + 1 };
            }
            catch (WispGateException e)
            {
                logger.LogError("{Progress} failed: {Message}", progress, e.Message);
                result = result with { Failed = result.Failed + 1 };
            }
        }

        return result;
    }
}
