using Refit;
using WISPGate.Sdk.Http;

namespace WISPGate.Sdk.Billing;

/// <summary>The transactions routes as Refit sees them; <see cref="TransactionsClient"/> is the public face.</summary>
internal interface ITransactionsApi
{
    [Get("/api/v1/transactions")]
    Task<ListEnvelope<Transaction>> List([Query] IDictionary<string, string> query, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);
}
