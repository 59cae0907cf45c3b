using System.Security.Cryptography;
using System.Text;

namespace WISPGate.MockServer.Store;

/// <summary>
/// The API keys of the server (they span tenants, so they live outside every tenant): an ordered collection under one
/// lock, indexed by the SHA-256 of the secret, so authenticating a request is one hash and one lookup, whatever the
/// number of keys. The secret itself is never stored.
/// </summary>
internal sealed class ApiKeyStore
{
    private static readonly IndexKey<ApiKey> ByTokenHash = new("token_hash", k => k.TokenHash);
    private readonly TenantData _holder;

    /// <summary>Creates an empty store.</summary>
    public ApiKeyStore(StorageLimits limits) => _holder = new TenantData("api_keys", "API keys", limits);

    /// <summary>The lock every access to <see cref="Keys"/> holds.</summary>
    public Lock Gate => _holder.Gate;

    /// <summary>The keys, oldest first (access under <see cref="Gate"/>).</summary>
    public EntityCollection<ApiKey> Keys => _holder.Collection<ApiKey>();

    /// <summary>The hash a token is stored and looked up by: SHA-256, lower-case hex.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A new secret of the test environment: <c>wgk_test_</c> and 32 random hex digits.</summary>
    public static string NewTestToken() => ApiKey.TestPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>The key a presented token belongs to, or null.</summary>
    public ApiKey? FindByToken(string token)
    {
        var hash = Hash(token);
        lock (Gate)
        {
            return Keys.Index(ByTokenHash).OldestFirst(hash).FirstOrDefault();
        }
    }

    /// <summary>Stamps <c>last_used_at</c> (to the second, so a busy key is rewritten at most once a second).</summary>
    public void Touch(string id, DateTimeOffset now)
    {
        var second = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        lock (Gate)
        {
            if (Keys.Find(id) is { } key && key.LastUsedAt != second)
            {
                Keys.Replace(key with { LastUsedAt = second });
            }
        }
    }
}
