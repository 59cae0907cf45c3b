using System.Net;
using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.IntegrationTests.Conformance;

/// <summary>Every Billing &amp; Payments operation through the SDK, with typed results.</summary>
public sealed class BillingConformanceTests
{
    [Fact]
    public async Task Every_billing_and_payment_operation_answers_typed_results()
    {
        await using var harness = await SdkAgainstMock.StartAsync();
        await WalkAsync(harness, TestContext.Current.CancellationToken);
    }

    internal static async Task WalkAsync(SdkAgainstMock harness, CancellationToken ct)
    {
        var client = harness.Client;

        // Billing profiles
        (await client.BillingProfiles.ListAsync(cancellationToken: ct)).Items.Should().Contain(p => p.Id == "bp_001");
        var profile = await client.BillingProfiles.CreateAsync(new CreateBillingProfileRequest { Name = "Walk profile", Currency = "USD", BillingDay = 5, PaymentTermsDays = 10 }, cancellationToken: ct);
        profile.StatusCode.Should().Be(HttpStatusCode.Created);
        profile.Data.BillingDay.Should().Be(5);
        (await client.BillingProfiles.GetAsync(profile.Data.Id, cancellationToken: ct)).Data.Name.Should().Be("Walk profile");

        var subscriber = (await client.Subscribers.CreateAsync(
            new CreateSubscriberRequest { FullName = "Billing Walk", Status = SubscriberStatus.Active, BillingProfileId = "bp_001" }, cancellationToken: ct)).Data;
        var service = (await client.Services.CreateAsync(new CreateServiceRequest { SubscriberId = subscriber.Id, ServicePackageId = "pkg_000001" }, cancellationToken: ct)).Data;

        // Subscriptions
        var subscription = await client.Subscriptions.CreateAsync(new CreateSubscriptionRequest { SubscriberId = subscriber.Id, ServiceId = service.Id }, cancellationToken: ct);
        subscription.Data.Status.Should().Be(SubscriptionStatus.Active);
        subscription.Data.ServiceId.Should().Be(service.Id);
        (await client.Subscriptions.GetAsync(subscription.Data.Id, cancellationToken: ct)).Data.SubscriberId.Should().Be(subscriber.Id);
        (await client.Subscriptions.ListAsync(new SubscriptionListOptions { SubscriberId = subscriber.Id }, cancellationToken: ct)).Items.Should().ContainSingle();
        var periodInvoice = await client.Subscriptions.InvoiceNowAsync(subscription.Data.Id, cancellationToken: ct);
        periodInvoice.Data.SubscriptionId.Should().Be(subscription.Data.Id);
        periodInvoice.Data.Total.Should().BePositive();
        (await client.Subscriptions.CancelAsync(subscription.Data.Id, cancellationToken: ct)).Data.Status.Should().Be(SubscriptionStatus.Cancelled);

        // Invoices
        var draft = await client.Invoices.CreateAsync(
            new CreateInvoiceRequest { SubscriberId = subscriber.Id, Lines = [new InvoiceLineInput { Description = "Install", Quantity = 2, UnitAmount = 2_500 }] },
            cancellationToken: ct);
        draft.Data.Status.Should().Be(InvoiceStatus.Draft);
        draft.Data.Subtotal.Should().Be(5_000);
        (await client.Invoices.GetAsync(draft.Data.Id, cancellationToken: ct)).Data.Lines.Should().ContainSingle();
        var open = await client.Invoices.FinalizeAsync(draft.Data.Id, cancellationToken: ct);
        open.Data.Status.Should().Be(InvoiceStatus.Open);
        open.Data.FinalizedAt.Should().NotBeNull();
        (await client.Invoices.ListAsync(new InvoiceListOptions { SubscriberId = subscriber.Id }, cancellationToken: ct)).Items.Select(i => i.Id).Should().Contain(draft.Data.Id);

        var toVoid = await CreateOpenInvoiceAsync(harness, subscriber.Id, 1_000, ct);
        (await client.Invoices.VoidAsync(toVoid.Id, cancellationToken: ct)).Data.Status.Should().Be(InvoiceStatus.Void);
        var bad = await CreateOpenInvoiceAsync(harness, subscriber.Id, 1_000, ct);
        (await client.Invoices.MarkUncollectibleAsync(bad.Id, cancellationToken: ct)).Data.Status.Should().Be(InvoiceStatus.Uncollectible);

        // Credit notes
        var credit = await client.CreditNotes.CreateAsync(new CreateCreditNoteRequest { InvoiceId = open.Data.Id, Amount = 500, Reason = "goodwill" }, cancellationToken: ct);
        credit.Data.Status.Should().Be(CreditNoteStatus.Issued);
        credit.Data.Amount.Should().Be(500);
        (await client.CreditNotes.GetAsync(credit.Data.Id, cancellationToken: ct)).Data.InvoiceId.Should().Be(open.Data.Id);
        (await client.CreditNotes.ListAsync(cancellationToken: ct)).Items.Should().Contain(c => c.Id == credit.Data.Id);
        (await client.CreditNotes.VoidAsync(credit.Data.Id, cancellationToken: ct)).Data.Status.Should().Be(CreditNoteStatus.Void);

        // Payments
        var payment = await client.Payments.CreateAsync(
            new CreatePaymentRequest { SubscriberId = subscriber.Id, Amount = 2_000, Currency = "USD", Method = PaymentMethod.Cash, AutoApply = false },
            cancellationToken: ct);
        payment.Data.Status.Should().Be(PaymentStatus.Succeeded);
        payment.Data.UnappliedAmount.Should().Be(2_000);
        var applied = await client.Payments.ApplyAsync(
            payment.Data.Id, new ApplyPaymentRequest { Allocations = [new PaymentAllocation { InvoiceId = open.Data.Id, Amount = 1_500 }] }, cancellationToken: ct);
        applied.Data.UnappliedAmount.Should().Be(500);
        applied.Data.Allocations.Should().ContainSingle(a => a.InvoiceId == open.Data.Id && a.Amount == 1_500);
        (await client.Payments.GetAsync(payment.Data.Id, cancellationToken: ct)).Data.Method.Should().Be(PaymentMethod.Cash);
        (await client.Payments.ListAsync(new PaymentListOptions { SubscriberId = subscriber.Id }, cancellationToken: ct)).Items.Should().ContainSingle();
        var refund = await client.Payments.RefundAsync(payment.Data.Id, new RefundPaymentRequest { Amount = 200, Reason = "overpaid" }, cancellationToken: ct);
        refund.Data.PaymentId.Should().Be(payment.Data.Id);
        refund.Data.Amount.Should().Be(200);

        // Reconciliation
        var run = await client.Payments.ReconcileAsync(new ReconcilePaymentsRequest { SubscriberId = subscriber.Id }, cancellationToken: ct);
        run.Data.Id.Should().NotBeNullOrEmpty();
        (await client.ReconciliationRuns.GetAsync(run.Data.Id, cancellationToken: ct)).Data.Id.Should().Be(run.Data.Id);
        var runs = await client.ReconciliationRuns.ListAsync(new ReconciliationRunListOptions { Status = [run.Data.Status], Limit = 100 }, cancellationToken: ct);
        runs.Items.Select(r => r.Id).Should().Contain(run.Data.Id, "the run is listed, newest first, with its status");
        runs.Items[0].Id.Should().Be(run.Data.Id);

        // Ledger
        var ledger = await client.Transactions.ListAsync(new TransactionListOptions { SubscriberId = subscriber.Id, Limit = 100 }, cancellationToken: ct);
        ledger.Items.Should().NotBeEmpty().And.OnlyContain(t => t.SubscriberId == subscriber.Id);
        var balance = await client.Subscribers.GetBalanceAsync(subscriber.Id, cancellationToken: ct);
        ledger.Items[0].BalanceAfter.Should().Be(balance.Data.Balance, "the newest ledger entry carries the current balance");
    }

    private static async Task<Invoice> CreateOpenInvoiceAsync(SdkAgainstMock harness, string subscriberId, long amount, CancellationToken ct) =>
        (await harness.Client.Invoices.CreateAsync(
            new CreateInvoiceRequest { SubscriberId = subscriberId, Lines = [new InvoiceLineInput { Description = "Charge", UnitAmount = amount }], Finalize = true },
            cancellationToken: ct)).Data;
}
