using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.IntegrationTests.Scenarios;

/// <summary>Issue #17: <c>listTransactions</c>' <c>type</c> is a comma-separated list, sent from <see cref="TransactionListOptions.Types"/>.</summary>
public sealed class TransactionTypeFilterTests
{
    [Fact]
    public async Task Several_transaction_types_filter_the_ledger_as_a_union()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await SdkAgainstMock.StartAsync();
        var client = harness.Client;
        var subscriber = (await client.Subscribers.CreateAsync(
            new CreateSubscriberRequest { FullName = "Ledger Filter", Status = SubscriberStatus.Active, BillingProfileId = "bp_001" }, cancellationToken: ct)).Data;
        var invoice = (await client.Invoices.CreateAsync(
            new CreateInvoiceRequest { SubscriberId = subscriber.Id, Lines = [new InvoiceLineInput { Description = "Charge", UnitAmount = 5_000 }], Finalize = true },
            cancellationToken: ct)).Data;
        await client.Payments.CreateAsync(
            new CreatePaymentRequest { SubscriberId = subscriber.Id, Amount = 2_000, Currency = invoice.Currency, Method = PaymentMethod.Card, AutoApply = true },
            cancellationToken: ct);

        async Task<List<Transaction>> ListAsync(TransactionListOptions options) =>
            (await client.Transactions.ListAsync(options with { SubscriberId = subscriber.Id, Limit = 100 }, cancellationToken: ct)).Items.ToList();

        var all = await ListAsync(new TransactionListOptions());
        var debits = await ListAsync(new TransactionListOptions { Types = [TransactionType.Debit] });
        var both = await ListAsync(new TransactionListOptions { Types = [TransactionType.Debit, TransactionType.Credit] });
        var union = await ListAsync(new TransactionListOptions { Type = TransactionType.Credit, Types = [TransactionType.Debit] });

        all.Select(t => t.Type).Should().Contain([TransactionType.Debit, TransactionType.Credit], "the invoice debits and the payment credits the ledger");
        debits.Should().NotBeEmpty().And.OnlyContain(t => t.Type == TransactionType.Debit);
        debits.Select(t => t.Id).Should().Equal(all.Where(t => t.Type == TransactionType.Debit).Select(t => t.Id));
        both.Select(t => t.Id).Should().Equal(all.Select(t => t.Id), "type=debit,credit matches every entry");
        union.Select(t => t.Id).Should().Equal(all.Select(t => t.Id), "Type and Types together are the union of both");
    }
}
