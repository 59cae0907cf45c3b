using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Hosting;

/// <summary>
/// Secrets inside JSON that passes through the proxy: the string values of properties named like a secret
/// (<c>secret</c>, <c>signing_secret</c>, <c>token</c>, <c>api_token</c>, …) at any depth — a webhook endpoint's or
/// provisioning hook's signing secret, a new API key — and any string that is a webhook secret (<c>whsec_…</c>).
/// </summary>
internal static partial class SecretValues
{
    /// <summary>What a saved recording shows instead of a secret header or form field.</summary>
    public const string Redacted = SecretRedactionMiddleware.Redacted;

    /// <summary>
    /// What a saved recording shows instead of a secret in JSON: its type prefix (<c>whsec_</c>, <c>wgk_test_</c>, …),
    /// then <c>redacted</c>, padded with <c>x</c> to the secret's length — so a replayed answer still fits the contract's
    /// shape of the field (e.g. its minimum length).
    /// </summary>
    public static string Placeholder(string secret)
    {
        var prefix = SecretPrefix().Match(secret).Value;
        const string word = "redacted";
        return prefix + word + new string('x', Math.Max(0, secret.Length - prefix.Length - word.Length));
    }

    /// <summary>Whether a JSON string is already a <see cref="Placeholder"/>.</summary>
    public static bool IsPlaceholder(string text) =>
        text == Redacted || text[SecretPrefix().Match(text).Length..].StartsWith("redacted", StringComparison.Ordinal);

    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "secret", "signing_secret", "previous_secret", "secrets", "token", "api_token", "access_token", "refresh_token", "password", "authorization",
    };

    /// <summary>Whether a property, header, parameter or form field of this name holds a secret.</summary>
    public static bool IsSecretName(string name) => Names.Contains(name) || name.Equals(WireHeaders.Signature, StringComparison.OrdinalIgnoreCase);

    /// <summary>The secret values in a JSON body (none when it is not JSON).</summary>
    public static IReadOnlyList<string> InJson(byte[] body)
    {
        var found = new List<string>();
        try
        {
            Redact(JsonNode.Parse(body), found);
        }
        catch (JsonException)
        {
            // Not JSON: nothing to find.
        }

        return found;
    }

    /// <summary>Replaces every secret value under <paramref name="node"/> by its <see cref="Placeholder"/>; answers whether one was.</summary>
    public static bool Redact(JsonNode? node) => Redact(node, found: null);

    private static bool Redact(JsonNode? node, List<string>? found, bool secretName = false)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (Secret(value, secretName || IsSecretName(name), found))
                    {
                        obj[name] = Placeholder(obj[name]!.GetValue<string>());
                        changed = true;
                    }
                    else
                    {
                        changed |= Redact(value, found, value is JsonArray && IsSecretName(name));
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Secret(array[i], secretName, found))
                    {
                        array[i] = Placeholder(array[i]!.GetValue<string>());
                        changed = true;
                    }
                    else
                    {
                        changed |= Redact(array[i], found, secretName);
                    }
                }

                break;
        }

        return changed;
    }

    // Whether a value is a secret string (under a secret's name, or shaped like one); records it in found.
    private static bool Secret(JsonNode? value, bool secretName, List<string>? found)
    {
        if (value is not JsonValue leaf || !leaf.TryGetValue<string>(out var text) || text.Length == 0 || IsPlaceholder(text))
        {
            return false;
        }

        if (!secretName && !LooksLikeSecret(text))
        {
            return false;
        }

        found?.Add(text);
        return true;
    }

    [GeneratedRegex("^(whsec_|wgk_(test|live)_)")]
    private static partial Regex SecretPrefix();

    private static bool LooksLikeSecret(string text) => text.StartsWith("whsec_", StringComparison.Ordinal);
}
