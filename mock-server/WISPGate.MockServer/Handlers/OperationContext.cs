using System.Text.Json;
using System.Text.Json.Nodes;
using WISPGate.MockServer.Contract;
using WISPGate.MockServer.Pipeline;
using WISPGate.MockServer.Store;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Handlers;

/// <summary>
/// Everything a handler gets: the validated request (path parameters, query, body), the caller's tenant,
/// the clock, ids, event recording, and helpers for the contract's list and patch conventions.
/// By the time a handler runs, auth, scopes, tenant, rate limit, content type, size, the request schema
/// and idempotency have all been applied: a handler keeps only business rules.
/// </summary>
internal sealed class OperationContext : TenantScope
{
    private const int DefaultPageSize = 25;
    private const int MaxPageSize = 100;

    /// <summary>Creates the context of one request.</summary>
    public OperationContext(ApiRequest request, MockState state, TenantData? tenant, TimeProvider clock)
        : base(state, tenant, clock)
    {
        Request = request;
        Query = new QueryReader(request.Query);
    }

    /// <summary>The request.</summary>
    public ApiRequest Request { get; }

    /// <summary>The operation being served.</summary>
    public OperationDescriptor Operation => Request.Operation!;

    /// <summary>The caller (null for public operations).</summary>
    public ApiCaller? Caller => Request.Caller;

    /// <summary>Query parameters.</summary>
    public QueryReader Query { get; }

    /// <summary>The <c>{id}</c> path parameter.</summary>
    public string Id => PathParameter("id");

    /// <summary>The JSON body (an empty object when the operation has none).</summary>
    public JsonElement Body => Request.ParsedBody ?? EmptyObject;

    /// <summary>Cancelled when the client disconnects.</summary>
    public CancellationToken Aborted => Request.Connection.Aborted;

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>
    /// 409 <c>storage_limit_reached</c> when the operation creates a record and the tenant is full, else null: checked
    /// under the tenant's lock (concurrent creates cannot pass it together) and before the handler (a refused create
    /// stores nothing), for every create alike — handlers keep business rules.
    /// </summary>
    public ApiResult? StorageRefusal() =>
        HasTenant && Operation.CreatesResource && Tenant.IsFull ? ApiResult.StorageLimitReached(Tenant.Limits.MaxRecords) : null;

    /// <summary>A path parameter by name.</summary>
    public string PathParameter(string name) =>
        Request.Route!.PathParameters.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"No path parameter '{name}'.");

    /// <summary>Whether the body has a property (to tell "absent" from "null" in a PATCH).</summary>
    public bool Has(string property) => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(property, out _);

    /// <summary>The body as a request record (snake_case fields).</summary>
    public T ReadBody<T>()
    {
        try
        {
            return Body.Deserialize<T>(WireJson.Options) ?? throw new JsonException("The body is null.");
        }
        catch (JsonException exception)
        {
            throw new ApiException(ApiResult.OutOfRange(exception));
        }
    }

    /// <summary>An entity of the caller's tenant by id, or a 404 that names the resource.</summary>
    public T Require<T>(string id, string resource)
        where T : class, IEntity =>
        Collection<T>().Find(id) ?? throw new ApiException(ApiResult.NotFound(resource, id));

    /// <summary>
    /// An entity of the caller's tenant named by a body field, or a 422 <c>unknown_reference</c> on that field
    /// ("No {resource} '{id}' exists.").
    /// </summary>
    public T RequireReference<T>(string field, string id, string resource)
        where T : class, IEntity =>
        Collection<T>().Find(id) ?? throw new ApiException(ApiResult.UnknownReference(field, resource, id));

    /// <summary>Stores a new entity, records <paramref name="eventType"/> with it and answers 201 with it at <paramref name="location"/>.</summary>
    public ApiResult Created<T>(T entity, string eventType, string location)
        where T : class, IEntity
    {
        Collection<T>().Add(entity);
        RecordEvent(eventType, entity);
        return ApiResult.Created(entity, location);
    }

    /// <summary>Stores a changed entity, records <paramref name="eventType"/> with it and answers 200 with it.</summary>
    public ApiResult Updated<T>(T entity, string eventType)
        where T : class, IEntity
    {
        Collection<T>().Replace(entity);
        RecordEvent(eventType, entity);
        return ApiResult.Ok(entity);
    }

    /// <summary>
    /// Applies the body to an entity as the contract's merge patch, limited to the properties the operation's
    /// request schema declares: each given property replaces the old value as a whole, <c>null</c> clears it.
    /// </summary>
    public T MergePatch<T>(T entity)
        where T : class
    {
        var target = JsonSerializer.SerializeToNode(entity, WireJson.Options)!.AsObject();
        var allowed = Operation.RequestBody?.PropertyNames ?? new HashSet<string>();
        if (Body.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in Body.EnumerateObject().Where(p => allowed.Contains(p.Name)))
            {
                target[property.Name] = JsonNode.Parse(property.Value.GetRawText());
            }
        }

        try
        {
            return target.Deserialize<T>(WireJson.Options)!;
        }
        catch (JsonException exception)
        {
            var field = WireJson.Field(exception);
            throw new ApiException(ApiResult.Invalid(field, "invalid_value", $"The value of '{field}' cannot be applied."));
        }
    }

    /// <summary>
    /// A page of a collection, newest first, after the contract's conventions: <c>limit</c> (1–100, default from the
    /// contract or 25), <c>cursor</c> (400 <c>invalid_cursor</c> when it is not one of this list's cursors),
    /// <c>created_after</c>/<c>created_before</c>, plus the handler's own filter. <paramref name="source"/> is the
    /// collection, or the part of it an index selects for a filter (<c>EntityCollection.Where</c>), so that a
    /// filtered list walks only the entities it can return.
    /// </summary>
    public ApiResult Page<T>(IOrderedEntities<T> source, Func<T, bool>? filter = null, Func<T, object>? render = null)
        where T : class, IEntity
    {
        var limit = Query.Integer("limit") ?? DefaultLimit();
        if (limit is < 1 or > MaxPageSize)
        {
            throw new ApiException(ApiResult.Failure(400, ErrorCodes.InvalidParameter, $"limit must be between 1 and {MaxPageSize}.", "limit"));
        }

        var below = long.MaxValue;
        if (Query.Get("cursor") is { } cursor && !Cursor.TryDecode(cursor, Operation.OperationId, out below))
        {
            throw new ApiException(ApiResult.Failure(400, ErrorCodes.InvalidCursor, "The cursor is not one this list issued.", "cursor"));
        }

        var after = Query.Timestamp("created_after");
        var before = Query.Timestamp("created_before");
        var items = new List<object>();
        var last = 0L;
        var hasMore = false;
        foreach (var (sequence, entity) in source.NewestFirst(below))
        {
            if ((after is { } a && entity.CreatedAt < a) || (before is { } b && entity.CreatedAt >= b) || (filter is not null && !filter(entity)))
            {
                continue;
            }

            if (items.Count == limit)
            {
                hasMore = true;
                break;
            }

            items.Add(render is null ? entity : render(entity));
            last = sequence;
        }

        return ApiResult.List(items, new PageInfo((int)limit, hasMore ? Cursor.Encode(Operation.OperationId, last) : null, hasMore));
    }

    private long DefaultLimit() =>
        Operation.Parameter("query", "limit")?.Default is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var limit)
            ? limit
            : DefaultPageSize;
}
