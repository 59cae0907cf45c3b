namespace WISPGate.MockServer.Provisioning;

/// <summary>CPE inventory state: in_stock → assigned (bound to a service) → returned | faulty; returned → in_stock.</summary>
internal enum DeviceStatus
{
    /// <summary>In the warehouse, ready to bind.</summary>
    InStock,

    /// <summary>Bound to a service (set and cleared by binding).</summary>
    Assigned,

    /// <summary>Came back from a subscriber (unbound or the service terminated).</summary>
    Returned,

    /// <summary>Broken; cannot be bound.</summary>
    Faulty,
}
