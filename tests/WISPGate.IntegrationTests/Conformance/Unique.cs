using System.Globalization;

namespace WISPGate.IntegrationTests.Conformance;

/// <summary>Values that never collide with the demo data or with another walk on the same server.</summary>
internal static class Unique
{
    public static string Id(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static string Mac()
    {
        var bytes = Guid.NewGuid().ToByteArray();
        bytes[0] = 0x02; // locally administered, unicast
        return string.Join(':', bytes.Take(6).Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));
    }
}
