using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace WISPGate.MockServer.Handlers;

/// <summary>
/// Opaque list cursors: the list's operation and the insertion sequence of the last item returned.
/// Sequence numbers only grow, so a cursor stays valid and exact while newer items arrive.
/// </summary>
internal static class Cursor
{
    private const string Version = "c1";

    /// <summary>Makes a cursor.</summary>
    public static string Encode(string operationId, long sequence) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Version}|{operationId}|{sequence}")));

    /// <summary>Reads a cursor of this list; false for anything else.</summary>
    public static bool TryDecode(string cursor, string operationId, out long sequence)
    {
        sequence = 0;
        if (cursor.Length > 512)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(cursor);
        }
        catch (FormatException)
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(bytes).Split('|');
        return parts.Length == 3
            && parts[0] == Version
            && parts[1] == operationId
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out sequence)
            && sequence > 0;
    }
}
