using System.Text;

namespace WISPGate.Samples.Onboarding;

/// <summary>Reads the onboarding CSV: a header line, then one subscriber per line; fields may be "quoted, with commas".</summary>
public static class SubscriberCsv
{
    private static readonly string[] ExpectedHeader = ["external_id", "full_name", "email", "phone"];

    /// <summary>Reads every row; a malformed file fails with the line number and what is wrong.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rows, in file order.</returns>
    public static async Task<IReadOnlyList<SubscriberRow>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var lines = await File.ReadAllLinesAsync(path, Encoding.UTF8, cancellationToken);
        if (lines.Length == 0 || !SplitLine(lines[0]).Select(h => h.Trim()).SequenceEqual(ExpectedHeader, StringComparer.OrdinalIgnoreCase))
        {
            throw new FormatException($"{path}:1: the header must be '{string.Join(',', ExpectedHeader)}'.");
        }

        var rows = new List<SubscriberRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var fields = SplitLine(lines[i]).Select(f => f.Trim()).ToArray();
            if (fields.Length != ExpectedHeader.Length)
            {
                throw new FormatException($"{path}:{i + 1}: expected {ExpectedHeader.Length} fields, found {fields.Length}.");
            }

            if (fields[0].Length == 0 || fields[1].Length == 0)
            {
                throw new FormatException($"{path}:{i + 1}: external_id and full_name are required.");
            }

            if (!seen.Add(fields[0]))
            {
                throw new FormatException($"{path}:{i + 1}: external_id '{fields[0]}' appears twice.");
            }

            rows.Add(new SubscriberRow(i + 1, fields[0], fields[1], NullIfEmpty(fields[2]), NullIfEmpty(fields[3])));
        }

        return rows;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static List<string> SplitLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
