using WISPGate.MockServer.Store;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Handlers;

/// <summary>
/// What code that changes a tenant's data needs: the tenant, the clock, new ids, and event recording.
/// Handlers get it as part of their <see cref="OperationContext"/>; clock hooks get it directly.
/// </summary>
internal class TenantScope
{
    private readonly TenantData? _tenant;
    private readonly List<DomainEvent> _recorded = [];
    private readonly List<WorkRequest> _work = [];
    private DateTimeOffset? _now;

    /// <summary>Creates a scope.</summary>
    public TenantScope(MockState state, TenantData? tenant, TimeProvider clock)
    {
        State = state;
        _tenant = tenant;
        Clock = clock;
    }

    /// <summary>The whole state (tokens, tenants, ids).</summary>
    public MockState State { get; }

    /// <summary>The tenant the code acts for.</summary>
    public TenantData Tenant => _tenant ?? throw new InvalidOperationException("This operation has no tenant (it is public).");

    /// <summary>Whether there is a tenant (public operations have none).</summary>
    public bool HasTenant => _tenant is not null;

    /// <summary>The server clock.</summary>
    public TimeProvider Clock { get; }

    /// <summary>
    /// The current time by the server clock, read once per scope: everything one operation (or one run of the clock
    /// hooks) stamps carries the same instant, and a page of subscribers does not read the clock once per row.
    /// </summary>
    public DateTimeOffset Now => _now ??= Clock.GetUtcNow();

    /// <summary>
    /// The workflow run on whose behalf the scope acts (a workflow action runs an operation in a scope of its own):
    /// every event recorded here carries <c>caused_by {workflow_run_id}</c>. Null for API calls and clock hooks.
    /// </summary>
    public string? CausedBy { get; init; }

    /// <summary>Events recorded in this scope, in order.</summary>
    public IReadOnlyList<DomainEvent> RecordedEvents => _recorded;

    /// <summary>Background work asked for in this scope, in order (announced with the events, after the change completed).</summary>
    public IReadOnlyList<WorkRequest> RequestedWork => _work;

    /// <summary>
    /// Asks for background work of <paramref name="kind"/> on <paramref name="id"/> (a provisioning hook call): the
    /// observers registered for the kind get it once the change completed and the tenant's lock is released.
    /// </summary>
    public void RequestWork(string kind, string id) => _work.Add(new WorkRequest(State, Tenant, kind, id));

    /// <summary>The tenant's collection of an entity type.</summary>
    public EntityCollection<T> Collection<T>()
        where T : class, IEntity => Tenant.Collection<T>();

    /// <summary>A new prefixed id (<c>sub</c> → <c>sub_000184</c>).</summary>
    public string NewId(string prefix) => State.Ids.Next(prefix);

    /// <summary>
    /// Records a state change as an event (<c>subscriber.created</c>) whose <c>data.object</c> is a snapshot of
    /// <paramref name="subject"/> in its wire form.
    /// </summary>
    public DomainEvent RecordEvent(string type, object subject)
    {
        var data = WireJson.ToElement(new Dictionary<string, object> { ["object"] = subject });
        var recorded = new DomainEvent(NewId("evt"), type, Now, Tenant.Id, data, CausedBy is { } run ? new EventCause(run) : null);
        Tenant.Collection<DomainEvent>().Add(recorded);
        _recorded.Add(recorded);
        return recorded;
    }

    /// <summary>
    /// Takes over events another scope recorded in this tenant (a workflow action's own scope), so that they are announced
    /// with this scope's events, in order.
    /// </summary>
    public void Adopt(IEnumerable<DomainEvent> events) => _recorded.AddRange(events);
}
