using WISPGate.MockServer.Handlers;

namespace WISPGate.MockServer.Billing;

/// <summary>
/// The append-only ledger: every money movement of a subscriber is one <see cref="Transaction"/> carrying the
/// balance after it. A debit raises what the subscriber owes (invoice finalized, refund, credit note voided), a credit
/// lowers it (payment, credit note issued, open invoice voided). The balance is the latest <c>balance_after</c>.
/// </summary>
internal static class Ledger
{
    /// <summary>The subscriber's balance (positive = owes): the latest entry's <c>balance_after</c>, 0 without entries.</summary>
    public static long Balance(TenantScope scope, string subscriberId) =>
        scope.Collection<Transaction>().Index(BillingIndexes.TransactionsBySubscriber).NewestFirst(subscriberId).FirstOrDefault()?.BalanceAfter ?? 0;

    /// <summary>The currency of the subscriber's ledger entries, or null without entries.</summary>
    public static string? Currency(TenantScope scope, string subscriberId) =>
        scope.Collection<Transaction>().Index(BillingIndexes.TransactionsBySubscriber).OldestFirst(subscriberId).FirstOrDefault()?.Currency;

    /// <summary>
    /// Appends an entry. Callers post before their other changes: a balance beyond 64 bits is refused (422) while
    /// nothing has changed yet.
    /// </summary>
    public static Transaction Post(
        TenantScope scope,
        string subscriberId,
        TransactionType type,
        TransactionSource source,
        string sourceId,
        long amount,
        string currency,
        string description)
    {
        var before = Balance(scope, subscriberId);
        long after;
        try
        {
            after = type == TransactionType.Debit ? checked(before + amount) : checked(before - amount);
        }
        catch (OverflowException)
        {
            throw new ApiException(ApiResult.Invalid("amount", "amount_too_large", "The subscriber's balance would leave the supported range."));
        }

        var entry = new Transaction
        {
            Id = scope.NewId("txn"),
            SubscriberId = subscriberId,
            Type = type,
            Source = source,
            SourceId = sourceId,
            Amount = amount,
            Currency = currency,
            BalanceAfter = after,
            Description = description,
            CreatedAt = scope.Now,
        };
        return scope.Collection<Transaction>().Add(entry);
    }
}
