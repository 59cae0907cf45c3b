using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WISPGate.Sdk.AspNetCore.Tests.Infrastructure;

/// <summary>Event bodies and signature headers, signed here from the contract's definition (independent of the SDK's signer).</summary>
internal static class Deliveries
{
    public static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    public static string InvoiceOverdue(string eventId = "evt_000501") => $$$$"""
        {"id":"{{{{eventId}}}}","type":"invoice.overdue","created_at":"2026-12-03T09:00:00Z","tenant_id":"tenant_demo_001","data":{"object":{"id":"inv_000501","number":"INV-2026-0501","subscriber_id":"sub_000184","subscription_id":null,"status":"open","currency":"EUR","lines":[],"subtotal":2900,"tax":0,"total":2900,"amount_paid":0,"amount_credited":0,"amount_due":2900,"due_date":"2026-11-20","overdue":true,"finalized_at":"2026-11-06T09:00:00Z","paid_at":null,"voided_at":null,"created_at":"2026-11-06T09:00:00Z","updated_at":"2026-12-03T09:00:00Z"}}}
        """;

    public static string SubscriberCreated(string eventId = "evt_000502", string fullName = "Jane Doe") => $$$$"""
        {"id":"{{{{eventId}}}}","type":"subscriber.created","created_at":"2026-12-03T09:00:00Z","tenant_id":"tenant_demo_001","data":{"object":{"id":"sub_000502","external_id":"crm-502","full_name":"{{{{fullName}}}}","email":"jane@example.net","phone":null,"status":"prospect","billing_profile_id":null,"address":null,"metadata":{},"created_at":"2026-12-03T09:00:00Z","updated_at":"2026-12-03T09:00:00Z"}}}
        """;

    public static string OfType(string type, string eventId) => $$$$"""
        {"id":"{{{{eventId}}}}","type":"{{{{type}}}}","created_at":"2026-12-03T09:00:00Z","tenant_id":"tenant_demo_001","data":{"object":{"id":"x_000001"}}}
        """;

    public static string Signature(string body, string secret, DateTimeOffset at) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{Unix(at)}.{body}")));

    /// <summary>The header value: one <c>v1=</c> per secret, as WISPGate sends during a rotation.</summary>
    public static string Header(string body, DateTimeOffset at, params string[] secrets) =>
        $"t={Unix(at)}," + string.Join(',', secrets.Select(secret => "v1=" + Signature(body, secret, at)));

    private static string Unix(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
