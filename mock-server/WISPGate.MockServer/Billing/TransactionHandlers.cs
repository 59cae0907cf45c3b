using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Billing;

/// <summary>listTransactions: the ledger, newest first.</summary>
internal static class TransactionHandlers
{
    /// <summary>GET /api/v1/transactions: filters subscriber_id, type, source, created_after/before.</summary>
    public static ApiResult List(OperationContext context) =>
        context.Page(
            context.Collection<Transaction>().Where(BillingIndexes.TransactionsBySubscriber, context.Query.List("subscriber_id")),
            t => context.Query.Matches("subscriber_id", t.SubscriberId)
                && context.Query.Matches("type", WireJson.Name(t.Type))
                && context.Query.Matches("source", WireJson.Name(t.Source)));
}
