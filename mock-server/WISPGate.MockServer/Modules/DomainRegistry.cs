using System.Text.Json;
using WISPGate.MockServer.Contract;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Store;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Modules;

/// <summary>
/// What the domain modules register: handlers by operationId (checked against the contract at start-up),
/// the entity collections of the seed format, and hooks for clock changes and recorded events.
/// </summary>
internal sealed class DomainRegistry
{
    private readonly Dictionary<string, OperationHandler> _handlers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Action<TenantData, JsonElement, IdGenerator>> _seedCollections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Snapshots.StateCollection> _stateCollections = new(StringComparer.Ordinal);
    private readonly List<Action<TenantScope>> _clockHooks = [];
    private readonly List<Action<DomainEvent>> _eventObservers = [];
    private readonly List<(string Kind, Action<WorkRequest> Observer)> _workObservers = [];
    private readonly List<Func<ValueTask>> _stopHooks = [];
    private readonly HashSet<string> _withoutTenant = new(StringComparer.Ordinal);
    private readonly RouteTable _routes;

    /// <summary>Creates a registry that checks operationIds against a route table.</summary>
    public DomainRegistry(RouteTable routes, DomainHost host)
    {
        _routes = routes;
        Host = host;
    }

    /// <summary>The server the modules are registered in (options, clock, current state).</summary>
    public DomainHost Host { get; }

    /// <summary>Handlers by operationId.</summary>
    public IReadOnlyDictionary<string, OperationHandler> Handlers => _handlers;

    /// <summary>Seed loaders by collection name.</summary>
    public IReadOnlyDictionary<string, Action<TenantData, JsonElement, IdGenerator>> SeedCollections => _seedCollections;

    /// <summary>
    /// Every entity collection of a tenant by its name in a state snapshot (<see cref="StateCollection{T}"/>): the seed
    /// collections and those no seed fills (tickets, webhook endpoints…).
    /// </summary>
    public IReadOnlyDictionary<string, Snapshots.StateCollection> StateCollections => _stateCollections;

    /// <summary>
    /// Hooks run for every tenant (under its lock) as time passes: after the clock is advanced, every
    /// <see cref="ClockHookInterval"/> of the underlying time source, and before every operation of the tenant.
    /// </summary>
    public IReadOnlyList<Action<TenantScope>> ClockHooks => _clockHooks;

    /// <summary>Observers of recorded events.</summary>
    public IReadOnlyList<Action<DomainEvent>> EventObservers => _eventObservers;

    /// <summary>Observers of requested background work, by kind.</summary>
    public IReadOnlyList<(string Kind, Action<WorkRequest> Observer)> WorkObservers => _workObservers;

    /// <summary>What to stop (background work) when the server is disposed.</summary>
    public IReadOnlyList<Func<ValueTask>> StopHooks => _stopHooks;

    /// <summary>Operations that act for no tenant: a multi-tenant token may call them without <c>X-Tenant-ID</c>.</summary>
    public IReadOnlySet<string> TenantOptional => _withoutTenant;

    /// <summary>How often the clock hooks run while real time passes.</summary>
    public static TimeSpan ClockHookInterval { get; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Maps an operation to a synchronous handler, run under the tenant's lock.</summary>
    public DomainRegistry Map(string operationId, Func<OperationContext, ApiResult> handler) =>
        Add(operationId, new OperationHandler(handler, null));

    /// <summary>Maps an operation to an asynchronous handler, run without the tenant's lock.</summary>
    public DomainRegistry MapAsync(string operationId, Func<OperationContext, ValueTask<ApiResult>> handler) =>
        Add(operationId, new OperationHandler(null, handler));

    /// <summary>
    /// Declares a seed collection: <c>"subscribers": [...]</c> under a tenant in a seed file becomes entities of
    /// type <typeparamref name="T"/> (snake_case fields, the wire format), oldest first; <paramref name="prepare"/>, when
    /// given, completes each one (state the wire format does not carry, such as a signing secret).
    /// </summary>
    public DomainRegistry SeedCollection<T>(string name, Func<T, T>? prepare = null)
        where T : class, IEntity
    {
        StateCollection<T>(name);
        _seedCollections.Add(name, (tenant, items, ids) =>
        {
            var collection = tenant.Collection<T>();
            foreach (var item in items.Deserialize<List<T>>(WireJson.Options) ?? [])
            {
                ids.Observe(item.Id);
                collection.Add(prepare is null ? item : prepare(item));
            }
        });
        return this;
    }

    /// <summary>
    /// Declares an entity collection of a tenant that state snapshots (<c>GET /__admin/wispgate/state</c>) carry, under
    /// <paramref name="name"/>: every stored entity type must be declared, by <see cref="SeedCollection{T}"/> or here
    /// (a test checks it), or a snapshot would lose it.
    /// </summary>
    public DomainRegistry StateCollection<T>(string name)
        where T : class, IEntity
    {
        if (_stateCollections.Values.Any(c => c.EntityType == typeof(T)))
        {
            throw new InvalidOperationException($"The entity type {typeof(T).Name} is already declared as a state collection.");
        }

        _stateCollections.Add(name, new Snapshots.StateCollection<T>(name));
        return this;
    }

    /// <summary>
    /// Runs <paramref name="hook"/> for each tenant, under its lock, whenever time may have passed (see
    /// <see cref="ClockHooks"/>). A hook makes the changes that are due by <see cref="TenantScope.Now"/> and must be
    /// cheap and idempotent: running it twice at the same time changes nothing the second time.
    /// </summary>
    public DomainRegistry OnClockAdvanced(Action<TenantScope> hook)
    {
        _clockHooks.Add(hook);
        return this;
    }

    /// <summary>Calls <paramref name="observer"/> for every recorded event, after its change completed.</summary>
    public DomainRegistry OnEventRecorded(Action<DomainEvent> observer)
    {
        _eventObservers.Add(observer);
        return this;
    }

    /// <summary>
    /// Calls <paramref name="observer"/> for every <see cref="WorkRequest"/> of <paramref name="kind"/>
    /// (<see cref="TenantScope.RequestWork"/>), once the change that asked for it completed, outside the tenant's lock.
    /// </summary>
    public DomainRegistry OnWorkRequested(string kind, Action<WorkRequest> observer)
    {
        _workObservers.Add((kind, observer));
        return this;
    }

    /// <summary>
    /// Marks an operation as acting for no tenant (<c>getMe</c>): a token without a default tenant may call it without
    /// <c>X-Tenant-ID</c> (a named tenant is still checked). Its handler must not touch tenant data when there is none.
    /// </summary>
    public DomainRegistry WithoutTenant(string operationId)
    {
        if (!_routes.ById.ContainsKey(operationId))
        {
            throw new InvalidOperationException($"No operation '{operationId}' in the contract.");
        }

        _withoutTenant.Add(operationId);
        return this;
    }

    /// <summary>Runs <paramref name="stop"/> when the server is disposed, after it stopped serving.</summary>
    public DomainRegistry OnStop(Func<ValueTask> stop)
    {
        _stopHooks.Add(stop);
        return this;
    }

    private DomainRegistry Add(string operationId, OperationHandler handler)
    {
        if (!_routes.ById.ContainsKey(operationId))
        {
            throw new InvalidOperationException($"No operation '{operationId}' in the contract.");
        }

        _handlers.Add(operationId, handler);
        return this;
    }
}
