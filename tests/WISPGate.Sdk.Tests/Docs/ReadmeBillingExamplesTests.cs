using WireMock.RequestBuilders;
using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Tests.DriftGuard;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Docs;

/// <summary>The README's Billing &amp; Payments snippet, run against stubs answering with the contract's examples (listed in the integration tests' <c>Docs/DocSnippetTests</c>).</summary>
public sealed class ReadmeBillingExamplesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_billing_examples_work_as_the_readme_shows()
    {
        using var harness = SdkHarness.Start();
        Stub(harness, "POST", "/api/v1/invoices", "createInvoice");
        Stub(harness, "POST", "/api/v1/payments", "createPayment");
        Stub(harness, "POST", "/api/v1/payments/reconcile", "reconcilePayments");
        Stub(harness, "GET", "/api/v1/reconciliation-runs/rec_000005", "getReconciliationRun");
        Stub(harness, "GET", "/api/v1/billing-profiles/bp_001", "getBillingProfile");
        Stub(harness, "POST", "/api/v1/subscriptions/sbn_000077/invoice-now", "invoiceSubscriptionNow");
        Stub(harness, "POST", "/api/v1/invoices/inv_000004/finalize", "finalizeInvoice");
        Stub(harness, "POST", "/api/v1/payments/pay_000450/refund", "refundPayment");
        Stub(harness, "POST", "/api/v1/credit-notes/cn_000008/void", "voidCreditNote");
        Stub(harness, "GET", "/api/v1/transactions", "listTransactions");
        var wispGate = harness.Client;

        // The code block
        Invoice invoice = (await wispGate.Invoices.CreateAsync(new CreateInvoiceRequest
        {
            SubscriberId = "sub_000184",
            Lines = [new InvoiceLineInput { Description = "Fiber 100 — May 2026", UnitAmount = 4999 }],
            Finalize = true,
        }, cancellationToken: Ct)).Data;
        await wispGate.Payments.CreateAsync(new CreatePaymentRequest
        {
            SubscriberId = invoice.SubscriberId, Amount = invoice.AmountDue, Currency = invoice.Currency,
            Method = PaymentMethod.Card, AutoApply = true,
        }, cancellationToken: Ct);
        ReconciliationRun run = (await wispGate.Payments.ReconcileAsync(cancellationToken: Ct)).Data;
        run = await wispGate.ReconciliationRuns.WaitForCompletionAsync(run.Id, cancellationToken: Ct);

        invoice.AmountDue.Should().Be(5953);
        run.Status.Should().Be(ReconciliationRunStatus.Completed);

        // The table's examples
        (await wispGate.BillingProfiles.GetAsync("bp_001", cancellationToken: Ct)).Data.Currency.Should().Be("USD");
        (await wispGate.Subscriptions.InvoiceNowAsync("sbn_000077", cancellationToken: Ct)).Data.Id.Should().StartWith("inv_");
        (await wispGate.Invoices.FinalizeAsync("inv_000004", cancellationToken: Ct)).Data.Status.Should().Be(InvoiceStatus.Open);
        (await wispGate.Payments.RefundAsync("pay_000450", new RefundPaymentRequest { Amount = 1000 }, cancellationToken: Ct)).Data.Amount.Should().Be(1000);
        (await wispGate.CreditNotes.VoidAsync("cn_000008", cancellationToken: Ct)).Data.Status.Should().Be(CreditNoteStatus.Void);
        var ledger = new List<Transaction>();
        await foreach (var transaction in wispGate.Transactions.ListAllAsync(new TransactionListOptions { SubscriberId = "sub_000184" }, cancellationToken: Ct))
        {
            ledger.Add(transaction);
        }

        ledger.Should().NotBeEmpty();
    }

    private static void Stub(SdkHarness harness, string method, string path, string operationId) =>
        harness.Server.Given(Request.Create().WithPath(path).UsingMethod(method))
            .RespondWith(Stubs.JsonResponse(OpenApiContract.Operation(operationId).Success.Status, OpenApiContract.SuccessExample(operationId)));
}
