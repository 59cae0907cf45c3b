namespace WISPGate.MockServer.Tests.Billing;

/// <summary>
/// The ledger reads as a statement: every transaction's description names what caused it (invoice number, payment id,
/// method and reference, credit note, refund, void), and the events a subscriber's books emit follow the same steps.
/// </summary>
public sealed class LedgerDescriptionTests
{
    [Fact]
    public async Task Each_transaction_says_which_document_or_payment_caused_it()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var credited = await billing.InvoiceAsync(subscriber, 1000);
        var voided = await billing.InvoiceAsync(subscriber, 2000);
        var card = await billing.PayAsync(new { subscriber_id = subscriber, amount = 500, currency = "USD", method = "card", reference = "ch_42" });
        var cash = await billing.PayAsync(new { subscriber_id = subscriber, amount = 300, currency = "USD", method = "cash" });
        var note = await api.PostAsync("/api/v1/credit-notes", new { invoice_id = credited.Text("id"), amount = 83, reason = "Outage credit" });
        (await api.PostAsync($"/api/v1/credit-notes/{note.DataString("id")}/void", new { })).Status.Should().Be(HttpStatusCode.OK);
        (await api.PostAsync($"/api/v1/payments/{cash.Text("id")}/refund", new { amount = 100 })).Status.Should().Be(HttpStatusCode.OK);
        (await api.PostAsync($"/api/v1/invoices/{voided.Text("id")}/void", new { })).Status.Should().Be(HttpStatusCode.OK);

        var descriptions = (await billing.AllAsync($"/api/v1/transactions?subscriber_id={subscriber}")).Select(t => t.Text("description")).Reverse();

        descriptions.Should().Equal(
            $"Invoice {credited.Text("number")} finalized",
            $"Invoice {voided.Text("number")} finalized",
            $"Payment {card.Text("id")} (card, ch_42)",
            $"Payment {cash.Text("id")} (cash)",
            $"Credit note {note.DataString("id")} on invoice {credited.Text("number")}",
            $"Credit note {note.DataString("id")} voided",
            $"Refund of payment {cash.Text("id")}",
            $"Invoice {voided.Text("number")} voided");
        (await billing.EventTypesAsync()).Should().EndWith("invoice.voided");
        await billing.BooksAreConsistentAsync(subscriber);
    }

    [Fact]
    public async Task Paying_an_invoice_off_later_announces_it_as_paid_after_the_application()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var invoice = await billing.InvoiceAsync(subscriber, 1000); // 1083 with tax
        var payment = await billing.PayAsync(new { subscriber_id = subscriber, amount = 1083, currency = "USD", method = "ach" });

        var applied = await api.PostAsync($"/api/v1/payments/{payment.Text("id")}/apply", new { auto_apply = true });

        applied.Status.Should().Be(HttpStatusCode.OK, applied.Body);
        (await billing.GetAsync($"/api/v1/invoices/{invoice.Text("id")}")).Text("status").Should().Be("paid");
        (await billing.EventTypesAsync()).Should().EndWith(["payment.applied", "invoice.paid"]);
    }
}
