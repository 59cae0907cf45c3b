using System.Text.Json;
using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Provisioning;
using WISPGate.Sdk.Serialization;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.Sdk.Support;

/// <summary>
/// The one table from an event type to the model of its <c>data.object</c>. Types are
/// <c>&lt;resource&gt;.&lt;what happened&gt;</c>, and the object is always the resource, so the table is
/// keyed by the resource part: a new <c>subscriber.merged</c> still reads as a <see cref="Subscriber"/>.
/// </summary>
internal static class EventObjectTypes
{
    private static readonly Dictionary<string, Type> s_modelsByResource = new(StringComparer.Ordinal)
    {
        ["subscriber"] = typeof(Subscriber),
        ["service"] = typeof(Service),
        ["session"] = typeof(Session),
        ["provisioning_job"] = typeof(ProvisioningJob),
        ["ticket"] = typeof(Ticket),
        ["notification"] = typeof(Notification),
        ["service_package"] = typeof(ServicePackage),
        ["device"] = typeof(Device),
        ["invoice"] = typeof(Invoice),
        ["payment"] = typeof(Payment),
        ["credit_note"] = typeof(CreditNote),
        ["subscription"] = typeof(Subscription),
        ["reconciliation"] = typeof(ReconciliationRun),
        ["workflow_run"] = typeof(Workflows.WorkflowRun),
        ["api_key"] = typeof(Identity.ApiKey),
    };

    /// <summary>The model of <c>data.object</c> for an event type, or <see langword="null"/> when unmapped (e.g. <c>ping</c>).</summary>
    public static Type? ModelFor(string? eventType)
    {
        var dot = eventType?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        return dot > 0 && s_modelsByResource.TryGetValue(eventType![..dot], out var model) ? model : null;
    }

    /// <summary>Reads <paramref name="rawObject"/> as the model of <paramref name="eventType"/>; <see langword="null"/> when unmapped or unreadable.</summary>
    public static object? Read(string? eventType, JsonElement rawObject)
    {
        if (ModelFor(eventType) is not { } model || rawObject.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            return rawObject.Deserialize(WispGateJson.Options.GetTypeInfo(model));
        }
        catch (JsonException)
        {
            // An object that does not match its model (a newer API shape) must not fail the whole event:
            // the raw JSON stays available.
            return null;
        }
    }
}
