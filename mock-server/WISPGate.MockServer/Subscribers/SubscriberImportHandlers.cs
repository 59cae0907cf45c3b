using System.Text.Json;
using WISPGate.MockServer.Contract;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Subscribers;

/// <summary>
/// importSubscribers: up to 1,000 rows (the contract's <c>maxItems</c>; more → 422 before this runs). Each row is
/// checked against createSubscriber's request schema from the contract — the same check, code and field a single create
/// gets (the field is the row's own, not prefixed: the row is named by its index) — and then by createSubscriber's
/// business rules. Rows are matched on <c>external_id</c>: <c>create_only</c> leaves a match <c>unchanged</c>;
/// <c>upsert</c> applies the row's given fields like updateSubscriber (<c>status</c> only for new subscribers) →
/// <c>updated</c>, or <c>unchanged</c> when nothing differs. Rows run in order; a bad row fails alone. The schema checks
/// run before the tenant's lock is taken; the changes then run under it, all together.
/// </summary>
internal static class SubscriberImportHandlers
{
    private static readonly Lazy<RequestBodyDescriptor> RowSchema = new(() =>
        RouteTable.Instance.ById["createSubscriber"].RequestBody ?? throw new InvalidOperationException("createSubscriber has no request body in the contract."));

    /// <summary>POST /api/v1/subscribers/import.</summary>
    public static ValueTask<ApiResult> ImportAsync(OperationContext context)
    {
        var request = context.ReadBody<ImportSubscribersRequest>();

        // Outside the lock: the contract check of every row (the expensive part) needs no data.
        var rows = new (CreateSubscriberRequest? Row, ApiError? Error)[request.Subscribers.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = Parse(request.Subscribers[i]);
        }

        var results = new List<ImportRowResult>(rows.Length);
        lock (context.Tenant.Gate)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                results.Add(rows[i] is { Row: { } row }
                    ? Apply(context, request.Mode, i, row, request.Subscribers[i])
                    : new ImportRowResult(i, ImportRowStatus.Failed, Error: rows[i].Error));
            }
        }

        var summary = new ImportSummary(
            results.Count(r => r.Status == ImportRowStatus.Created),
            results.Count(r => r.Status == ImportRowStatus.Updated),
            results.Count(r => r.Status == ImportRowStatus.Unchanged),
            results.Count(r => r.Status == ImportRowStatus.Failed));
        return ValueTask.FromResult(ApiResult.Ok(new SubscriberImport(results, summary)));
    }

    // The row as a create request, or the error a createSubscriber with this body would get before its handler.
    private static (CreateSubscriberRequest? Row, ApiError? Error) Parse(JsonElement row)
    {
        if (BodyValidator.Validate(RowSchema.Value, row) is { Error: { } invalid })
        {
            return (null, invalid);
        }

        try
        {
            return (row.Deserialize<CreateSubscriberRequest>(WireJson.Options) ?? throw new JsonException("null"), null);
        }
        catch (JsonException exception)
        {
            return (null, ApiResult.OutOfRange(exception).Error);
        }
    }

    private static ImportRowResult Apply(OperationContext context, ImportMode mode, int index, CreateSubscriberRequest row, JsonElement raw)
    {
        if (SubscriberHandlers.RefuseNew(context, row) is { Error: { } refused })
        {
            return new ImportRowResult(index, ImportRowStatus.Failed, Error: refused);
        }

        var existing = row.ExternalId is { } externalId
            ? context.Collection<Subscriber>().Index(SubscriberIndexes.SubscribersByExternalId).OldestFirst(externalId).FirstOrDefault()
            : null;
        if (existing is null)
        {
            if (context.Tenant.IsFull)
            {
                return new ImportRowResult(index, ImportRowStatus.Failed, Error: ApiResult.StorageLimitReached(context.Tenant.Limits.MaxRecords).Error);
            }

            return new ImportRowResult(index, ImportRowStatus.Created, SubscriberHandlers.Insert(context, row).Id);
        }

        if (mode == ImportMode.CreateOnly)
        {
            return new ImportRowResult(index, ImportRowStatus.Unchanged, existing.Id);
        }

        // The row's given fields replace the stored ones, as updateSubscriber would; status is the lifecycle's.
        var updated = existing with
        {
            FullName = row.FullName,
            Email = raw.TryGetProperty("email", out _) ? row.Email : existing.Email,
            Phone = raw.TryGetProperty("phone", out _) ? row.Phone : existing.Phone,
            BillingProfileId = raw.TryGetProperty("billing_profile_id", out _) ? row.BillingProfileId : existing.BillingProfileId,
            Address = raw.TryGetProperty("address", out _) ? row.Address : existing.Address,
            Metadata = raw.TryGetProperty("metadata", out _) ? row.Metadata ?? new Dictionary<string, string>() : existing.Metadata,
            Balance = null,
        };
        if (Same(existing with { Balance = null }, updated))
        {
            return new ImportRowResult(index, ImportRowStatus.Unchanged, existing.Id);
        }

        updated = updated with { UpdatedAt = context.Now };
        context.Collection<Subscriber>().Replace(updated);
        context.RecordEvent("subscriber.updated", SubscriberViews.Render(context, updated));
        return new ImportRowResult(index, ImportRowStatus.Updated, existing.Id);
    }

    // Equal on the wire (the metadata map and the address compared by value).
    private static bool Same(Subscriber a, Subscriber b) =>
        JsonSerializer.Serialize(a, WireJson.Options) == JsonSerializer.Serialize(b, WireJson.Options);
}
