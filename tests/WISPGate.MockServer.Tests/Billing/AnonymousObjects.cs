namespace WISPGate.MockServer.Tests.Billing;

/// <summary>Request bodies built from anonymous objects, without the properties left null.</summary>
public static class AnonymousObjects
{
    /// <summary>The object's non-null properties as a dictionary (serialized like the object, minus the nulls).</summary>
    public static IReadOnlyDictionary<string, object> WithoutNulls(this object value) =>
        value.GetType().GetProperties()
            .Select(p => (p.Name, Value: p.GetValue(value)))
            .Where(p => p.Value is not null)
            .ToDictionary(p => p.Name, p => p.Value!);
}
