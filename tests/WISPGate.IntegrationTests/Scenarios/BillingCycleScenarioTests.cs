using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.IntegrationTests.Scenarios;

/// <summary>A billing cycle: subscription → invoice now → payment → the balance is what the ledger says.</summary>
public sealed class BillingCycleScenarioTests
{
    [Fact]
    public async Task Paying_the_period_invoice_settles_the_balance_and_the_ledger_agrees()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await SdkAgainstMock.StartAsync();
        var client = harness.Client;

        var subscriber = (await client.Subscribers.CreateAsync(
            new CreateSubscriberRequest { FullName = "Billing Cycle", Status = SubscriberStatus.Active, BillingProfileId = "bp_001" }, cancellationToken: ct)).Data;
        var service = (await client.Services.CreateAsync(new CreateServiceRequest { SubscriberId = subscriber.Id, ServicePackageId = "pkg_000001" }, cancellationToken: ct)).Data;
        var subscription = (await client.Subscriptions.CreateAsync(new CreateSubscriptionRequest { SubscriberId = subscriber.Id, ServiceId = service.Id }, cancellationToken: ct)).Data;

        var invoice = (await client.Subscriptions.InvoiceNowAsync(subscription.Id, cancellationToken: ct)).Data;
        invoice.Status.Should().Be(InvoiceStatus.Open);
        invoice.AmountDue.Should().BePositive();
        var owing = (await client.Subscribers.GetBalanceAsync(subscriber.Id, cancellationToken: ct)).Data;
        owing.Balance.Should().Be(invoice.AmountDue);
        await AssertBalanceEqualsLedgerAsync(harness, subscriber.Id, owing.Balance, ct);

        var payment = (await client.Payments.CreateAsync(
            new CreatePaymentRequest { SubscriberId = subscriber.Id, Amount = invoice.AmountDue, Currency = invoice.Currency, Method = PaymentMethod.Card, AutoApply = true },
            cancellationToken: ct)).Data;

        payment.Allocations.Should().ContainSingle(a => a.InvoiceId == invoice.Id && a.Amount == invoice.AmountDue);
        (await client.Invoices.GetAsync(invoice.Id, cancellationToken: ct)).Data.Status.Should().Be(InvoiceStatus.Paid);
        var settled = (await client.Subscribers.GetBalanceAsync(subscriber.Id, cancellationToken: ct)).Data;
        settled.Balance.Should().Be(0);
        await AssertBalanceEqualsLedgerAsync(harness, subscriber.Id, settled.Balance, ct);
    }

    private static async Task AssertBalanceEqualsLedgerAsync(SdkAgainstMock harness, string subscriberId, long balance, CancellationToken ct)
    {
        var ledger = new List<Transaction>();
        await foreach (var entry in harness.Client.Transactions.ListAllAsync(new TransactionListOptions { SubscriberId = subscriberId }, cancellationToken: ct))
        {
            ledger.Add(entry);
        }

        ledger.Sum(t => t.Type == TransactionType.Debit ? t.Amount : -t.Amount).Should().Be(balance, "debits minus credits is the balance");
        ledger[0].BalanceAfter.Should().Be(balance, "the newest entry carries the balance");
    }
}
