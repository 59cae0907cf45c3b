namespace WISPGate.MockServer.Tests.Billing;

/// <summary>Short reads of the billing resources' fields.</summary>
public static class BillingJson
{
    /// <summary>An integer field.</summary>
    public static long Long(this JsonElement element, string name) => element.GetProperty(name).GetInt64();

    /// <summary>A string field (null when JSON null).</summary>
    public static string? Text(this JsonElement element, string name) => element.GetProperty(name).GetString();

    /// <summary>A boolean field.</summary>
    public static bool Flag(this JsonElement element, string name) => element.GetProperty(name).GetBoolean();

    /// <summary>The items of an array field.</summary>
    public static IReadOnlyList<JsonElement> Items(this JsonElement element, string name) => element.GetProperty(name).EnumerateArray().ToList();
}
