using System.Security.Cryptography;
using System.Text;
using WISPGate.Sdk.Http;

namespace WISPGate.Sdk.Subscribers;

// The rest of the class is generated from ISubscribersClient's [WispGateOperation] declarations.
internal sealed partial class SubscribersClient
{
    /// <summary>The longest caller key used as is as the base of the batch keys; a longer one is hashed.</summary>
    private const int MaxBaseKeyLength = 200;

    /// <summary>
    /// Written by hand: the import sends its rows in batches of at most <see cref="ImportSubscribersRequest.MaxRowsPerCall"/>
    /// (the API's limit per call) and merges the answers, row indexes back to the caller's positions. Its operation is
    /// still the generated <c>s_importSubscribers</c>.
    /// </summary>
    public async Task<WispGateResponse<SubscriberImport>> ImportAsync(
        ImportSubscribersRequest request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Subscribers, nameof(request.Subscribers));
        var rows = request.Subscribers;
        if (rows.Count <= ImportSubscribersRequest.MaxRowsPerCall)
        {
            // One call: exactly what the operation is, with the caller's key (or an automatic one) as it is.
            return await SendBatchAsync(request, requestOptions, cancellationToken).ConfigureAwait(false);
        }

        requestOptions?.Validate();
        var baseKey = BaseKey(requestOptions?.IdempotencyKey);
        var batches = (rows.Count + ImportSubscribersRequest.MaxRowsPerCall - 1) / ImportSubscribersRequest.MaxRowsPerCall;
        var results = new List<ImportRowResult>(rows.Count);
        int created = 0, updated = 0, unchanged = 0, failed = 0;
        WispGateResponse? last = null;
        for (var batch = 0; batch < batches; batch++)
        {
            var offset = batch * ImportSubscribersRequest.MaxRowsPerCall;
            var count = Math.Min(ImportSubscribersRequest.MaxRowsPerCall, rows.Count - offset);
            var batchRows = new CreateSubscriberRequest[count];
            for (var i = 0; i < count; i++)
            {
                batchRows[i] = rows[offset + i];
            }

            // The key names the batch by its position and size, so a repeated import with the same base key replays
            // each batch that already ran, and a different split of the rows can never reuse a key for other rows.
            var batchOptions = (requestOptions ?? new RequestOptions()) with
            {
                IdempotencyKey = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{baseKey}:rows-{offset}-{offset + count - 1}"),
            };
            var answer = await SendBatchAsync(request with { Subscribers = batchRows }, batchOptions, cancellationToken).ConfigureAwait(false);
            foreach (var result in answer.Data.Results)
            {
                results.Add(result with { Index = offset + result.Index });
            }

            created += answer.Data.Summary.Created;
            updated += answer.Data.Summary.Updated;
            unchanged += answer.Data.Summary.Unchanged;
            failed += answer.Data.Summary.Failed;
            last = answer;
        }

        var merged = new SubscriberImport
        {
            Results = results,
            Summary = new ImportSummary { Created = created, Updated = updated, Unchanged = unchanged, Failed = failed },
        };
        return new WispGateResponse<SubscriberImport>(merged, last);
    }

    private Task<WispGateResponse<SubscriberImport>> SendBatchAsync(
        ImportSubscribersRequest batch, RequestOptions? requestOptions, CancellationToken cancellationToken) =>
        _connection.SendAsync<ImportSubscribersRequest, SubscriberImport>(
            s_importSubscribers, s_importSubscribers.Route, batch, requestOptions, cancellationToken);

    private static string BaseKey(string? callerKey)
    {
        if (callerKey is null)
        {
            return "import-" + Guid.NewGuid().ToString("N");
        }

        return callerKey.Length <= MaxBaseKeyLength
            ? callerKey
            : "import-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(callerKey)));
    }
}
