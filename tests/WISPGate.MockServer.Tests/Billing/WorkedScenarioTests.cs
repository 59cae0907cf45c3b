namespace WISPGate.MockServer.Tests.Billing;

/// <summary>
/// The issue's worked scenario: subscription → invoice-now → finalize → partial payment → auto-apply of a second payment
/// with overpayment → credit note → the balance matches the ledger.
/// </summary>
public sealed class WorkedScenarioTests
{
    [Fact]
    public async Task A_month_of_billing_keeps_the_balance_equal_to_the_ledger()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var service = await billing.NewServiceAsync(subscriber, "pkg_000002");   // 79.99 a month

        // Subscription, and its first period invoiced at once: invoice-now finalizes (open), so finalizing again is 409.
        var subscription = (await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = subscriber, service_id = service })).DataString("id");
        var monthly = (await api.PostAsync($"/api/v1/subscriptions/{subscription}/invoice-now")).Data;
        (await api.PostAsync($"/api/v1/invoices/{monthly.Text("id")}/finalize")).ErrorCode.Should().Be("invalid_state_transition");
        monthly.Long("total").Should().Be(8659);

        // A one-off installation fee, drafted then finalized.
        var installation = await billing.InvoiceAsync(subscriber, 15000, finalize: false);
        installation = (await api.PostAsync($"/api/v1/invoices/{installation.Text("id")}/finalize")).Data;
        installation.Long("total").Should().Be(16238);

        // A partial payment of the monthly invoice.
        await billing.PayAsync(new
        {
            subscriber_id = subscriber, amount = 5000, currency = "USD", method = "card",
            allocations = new[] { new { invoice_id = monthly.Text("id"), amount = 5000 } },
        });
        (await billing.GetAsync($"/api/v1/invoices/{monthly.Text("id")}")).Long("amount_due").Should().Be(3659);

        // A second payment, auto-applied oldest first, overpays: the rest stays as credit.
        var second = await billing.PayAsync(new { subscriber_id = subscriber, amount = 25000, currency = "USD", method = "ach", auto_apply = true });
        second.Items("allocations").Select(a => (a.Text("invoice_id"), a.Long("amount")))
            .Should().Equal((monthly.Text("id"), 3659L), (installation.Text("id"), 16238L));
        second.Long("unapplied_amount").Should().Be(5103);

        // The next period, and an outage credit on it.
        var next = (await api.PostAsync($"/api/v1/subscriptions/{subscription}/invoice-now")).Data;
        var credit = await api.PostAsync("/api/v1/credit-notes", new { invoice_id = next.Text("id"), amount = 1000, reason = "Outage credit" });
        credit.Status.Should().Be(HttpStatusCode.Created);

        var balance = await billing.GetAsync($"/api/v1/subscribers/{subscriber}/balance");
        var ledger = await billing.AllAsync($"/api/v1/transactions?subscriber_id={subscriber}");
        balance.Long("outstanding").Should().Be(7659);
        balance.Long("credit").Should().Be(5103);
        balance.Long("balance").Should().Be(2556);
        ledger[0].Long("balance_after").Should().Be(2556, "the latest entry's balance_after is the balance");
        ledger.Sum(t => t.Text("type") == "debit" ? t.Long("amount") : -t.Long("amount")).Should().Be(2556);
        ledger.Select(t => (t.Text("type"), t.Text("source"))).Reverse().Should().Equal(
            ("debit", "invoice"), ("debit", "invoice"), ("credit", "payment"), ("credit", "payment"), ("debit", "invoice"), ("credit", "credit_note"));
        await billing.BooksAreConsistentAsync(subscriber);
        (await billing.EventTypesAsync()).Should().Equal(
            "subscriber.created", "service.created", "subscription.created",
            "invoice.created", "invoice.finalized",
            "invoice.created", "invoice.finalized",
            "payment.received",
            "payment.received", "invoice.paid", "invoice.paid",
            "invoice.created", "invoice.finalized",
            "credit_note.issued");
    }
}
