using System.Text.Json;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Automation;

/// <summary>
/// What a run is about and how it is read: the subject of an event (its <c>data.object</c>, typed by the id prefix), the
/// subject re-read now through its get operation, and the subscriber behind it (itself, its <c>subscriber_id</c>, or the
/// subscriber of the service a provisioning job or session is about).
/// </summary>
internal static class WorkflowSubjects
{
    private static readonly Dictionary<string, (string Type, string Collection)> ByPrefix = new(StringComparer.Ordinal)
    {
        ["sub"] = ("subscriber", "subscribers"),
        ["svc"] = ("service", "services"),
        ["inv"] = ("invoice", "invoices"),
        ["pay"] = ("payment", "payments"),
        ["job"] = ("provisioning_job", "provisioning-jobs"),
        ["tkt"] = ("ticket", "tickets"),
        ["ntf"] = ("notification", "notifications"),
        ["sbn"] = ("subscription", "subscriptions"),
        ["ses"] = ("session", "sessions"),
        ["dev"] = ("device", "devices"),
        ["cn"] = ("credit_note", "credit-notes"),
        ["pkg"] = ("service_package", "service-packages"),
        ["rec"] = ("reconciliation_run", "reconciliation-runs"),
        ["wfr"] = ("workflow_run", "workflow-runs"),
    };

    /// <summary>The event's <c>data.object</c> (an empty object when it has none).</summary>
    public static JsonElement Object(DomainEvent recorded) =>
        recorded.Data.ValueKind == JsonValueKind.Object && recorded.Data.TryGetProperty("object", out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : EmptyObject;

    /// <summary>The subject of an object carried by an event of <paramref name="eventType"/>.</summary>
    public static WorkflowSubject Of(JsonElement item, string eventType)
    {
        var id = Text(item, "id") ?? string.Empty;
        var separator = id.IndexOf('_', StringComparison.Ordinal);
        var type = separator > 0 && ByPrefix.TryGetValue(id[..separator], out var known)
            ? known.Type
            : eventType.Split('.', 2)[0];
        return new WorkflowSubject(type.Length == 0 ? "unknown" : type, id.Length == 0 ? "unknown" : id);
    }

    /// <summary>The subject as its get operation answers it now, or null when it is gone (or has no get operation).</summary>
    public static JsonElement? ReadNow(ApiInvoker api, TenantScope scope, WorkflowSubject subject)
    {
        var separator = subject.Id.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !ByPrefix.TryGetValue(subject.Id[..separator], out var known) || subject.Id.Length > 64)
        {
            return null;
        }

        return ApiInvoker.Data(api.Invoke(scope, null, "GET", $"/api/v1/{known.Collection}/{Uri.EscapeDataString(subject.Id)}"));
    }

    /// <summary>The subscriber id behind an object (null when there is none).</summary>
    public static string? SubscriberId(ApiInvoker api, TenantScope scope, JsonElement item)
    {
        var id = Text(item, "id");
        if (id is not null && id.StartsWith("sub_", StringComparison.Ordinal))
        {
            return id;
        }

        if (Text(item, "subscriber_id") is { } subscriberId)
        {
            return subscriberId;
        }

        return ServiceId(api, scope, item) is { } serviceId
            && ReadNow(api, scope, new WorkflowSubject("service", serviceId)) is { } service
                ? Text(service, "subscriber_id")
                : null;
    }

    /// <summary>The service an object is about: a service itself, a session's service, a job's target service (or its target session's).</summary>
    public static string? ServiceId(ApiInvoker api, TenantScope scope, JsonElement item)
    {
        var id = Text(item, "id");
        if (id is not null && id.StartsWith("svc_", StringComparison.Ordinal))
        {
            return id;
        }

        foreach (var name in new[] { "service_id", "target_id" })
        {
            if (Text(item, name) is { } value && value.StartsWith("svc_", StringComparison.Ordinal))
            {
                return value;
            }
        }

        if (Text(item, "target_id") is { } target && target.StartsWith("ses_", StringComparison.Ordinal)
            && ReadNow(api, scope, new WorkflowSubject("session", target)) is { } session)
        {
            return Text(session, "service_id");
        }

        return null;
    }

    /// <summary>
    /// A resolver of dot paths over <paramref name="item"/>: <c>status</c>, <c>balance.outstanding</c>; a first segment naming
    /// the subject's own type is skipped (<c>invoice.number</c>); a first segment <c>subscriber</c> the object lacks reads
    /// the subscriber behind it (once, now).
    /// </summary>
    public static Func<string, JsonElement?> Resolver(ApiInvoker api, TenantScope scope, JsonElement item, string subjectType)
    {
        JsonElement? subscriber = null;
        var subscriberRead = false;
        return path =>
        {
            var segments = path.Split('.');
            if (segments.Length > 1 && segments[0] == subjectType && !item.TryGetProperty(segments[0], out _))
            {
                return Walk(item, segments.AsSpan(1));
            }

            if (segments[0] == "subscriber" && !item.TryGetProperty("subscriber", out _))
            {
                if (!subscriberRead)
                {
                    subscriberRead = true;
                    subscriber = subjectType == "subscriber" ? item
                        : SubscriberId(api, scope, item) is { } id ? ReadNow(api, scope, new WorkflowSubject("subscriber", id)) : null;
                }

                return subscriber is { } found ? Walk(found, segments.AsSpan(1)) : null;
            }

            return Walk(item, segments);
        };
    }

    /// <summary>A string property, or null.</summary>
    public static string? Text(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement? Walk(JsonElement item, ReadOnlySpan<string> segments)
    {
        var current = item;
        foreach (var segment in segments)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
            {
                return null;
            }
        }

        return current;
    }

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();
}
