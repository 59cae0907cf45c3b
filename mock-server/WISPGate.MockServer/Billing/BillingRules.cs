using System.Globalization;
using WISPGate.MockServer.Handlers;

namespace WISPGate.MockServer.Billing;

/// <summary>Constants and small helpers the billing handlers share: the money limit, the billing date, wire names.</summary>
internal static class BillingRules
{
    /// <summary>
    /// The largest amount one line, invoice, payment or credit note may carry (10^15 minor units): far above any real
    /// bill, and low enough that sums over a subscriber's books stay within 64 bits.
    /// </summary>
    public const long MaxAmount = 1_000_000_000_000_000;

    /// <summary>Payment terms of an invoice whose subscriber has no billing profile (the profile's default).</summary>
    public const int DefaultPaymentTermsDays = 14;

    /// <summary>Today by the server clock (UTC): the date due dates and billing periods are compared with.</summary>
    public static DateOnly Today(TenantScope scope) => DateOnly.FromDateTime(scope.Now.UtcDateTime);

    /// <summary>An amount in a message: <c>4999 USD</c>.</summary>
    public static string Show(long amount, string currency) => string.Create(CultureInfo.InvariantCulture, $"{amount} {currency}");

    /// <summary>422 <c>amount_too_large</c> when <paramref name="amount"/> is above <see cref="MaxAmount"/>.</summary>
    public static ApiResult? TooLarge(string field, long amount) =>
        amount > MaxAmount
            ? ApiResult.Invalid(field, "amount_too_large", string.Create(CultureInfo.InvariantCulture, $"{field} may be at most {MaxAmount} minor units."))
            : null;
}
