namespace WISPGate.MockServer.Tests.Billing;

/// <summary>Refunds: unapplied credit first, then the latest allocations (their invoices reopen); never more than paid.</summary>
public sealed class RefundTests
{
    [Fact]
    public async Task A_refund_takes_the_credit_first_then_reopens_the_latest_invoice()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var first = await billing.InvoiceAsync(subscriber, 1000);   // 1083
        var second = await billing.InvoiceAsync(subscriber, 1000);  // 1083
        var payment = await billing.PayAsync(new
        {
            subscriber_id = subscriber, amount = 2500, currency = "USD", method = "card",
            allocations = new[] { new { invoice_id = first.Text("id"), amount = 1083 }, new { invoice_id = second.Text("id"), amount = 1083 } },
        });
        var id = payment.Text("id");

        var refund = await api.PostAsync($"/api/v1/payments/{id}/refund", new { amount = 500, reason = "Duplicate charge" });

        refund.Status.Should().Be(HttpStatusCode.OK);
        refund.Data.Text("payment_id").Should().Be(id);
        refund.Data.Long("amount").Should().Be(500);
        refund.Data.Text("currency").Should().Be("USD");
        refund.Data.Text("reason").Should().Be("Duplicate charge");
        var refunded = await billing.GetAsync($"/api/v1/payments/{id}");
        refunded.Text("status").Should().Be("partially_refunded");
        refunded.Long("refunded_amount").Should().Be(500);
        refunded.Long("unapplied_amount").Should().Be(0, "the 334 of credit went first");
        refunded.Items("allocations").Select(a => a.Long("amount")).Should().Equal(1083, 917);
        var reopened = await billing.GetAsync($"/api/v1/invoices/{second.Text("id")}");
        reopened.Text("status").Should().Be("open");
        reopened.Long("amount_due").Should().Be(166);
        reopened.Text("paid_at").Should().BeNull();
        (await billing.GetAsync($"/api/v1/invoices/{first.Text("id")}")).Text("status").Should().Be("paid");
        var entry = (await billing.AllAsync($"/api/v1/transactions?subscriber_id={subscriber}&source=refund")).Single();
        entry.Text("type").Should().Be("debit");
        entry.Text("source_id").Should().Be(refund.DataString("id"));
        (await billing.EventTypesAsync()).Should().EndWith("payment.refunded");
        await billing.BooksAreConsistentAsync(subscriber);
    }

    [Fact]
    public async Task A_refund_without_body_returns_everything_left_and_then_the_payment_is_final()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var invoice = await billing.InvoiceAsync(subscriber, 1000);
        var payment = await billing.PayAsync(new { subscriber_id = subscriber, amount = 1500, currency = "USD", method = "card", auto_apply = true });
        var id = payment.Text("id");
        await api.PostAsync($"/api/v1/payments/{id}/refund", new { amount = 100 });

        var rest = await api.PostAsync($"/api/v1/payments/{id}/refund");
        var again = await api.PostAsync($"/api/v1/payments/{id}/refund", new { amount = 1 });

        rest.Data.Long("amount").Should().Be(1400);
        rest.Data.Text("reason").Should().BeNull();
        again.Status.Should().Be(HttpStatusCode.Conflict);
        again.ErrorCode.Should().Be("invalid_state_transition");
        var final = await billing.GetAsync($"/api/v1/payments/{id}");
        final.Text("status").Should().Be("refunded");
        final.Items("allocations").Should().BeEmpty();
        (await billing.GetAsync($"/api/v1/invoices/{invoice.Text("id")}")).Long("amount_due").Should().Be(1083);
        await billing.BooksAreConsistentAsync(subscriber);
    }

    [Fact]
    public async Task Refunding_more_than_was_paid_is_422_and_changes_nothing()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);

        var tooMuch = await api.PostAsync("/api/v1/payments/pay_000002/refund", new { amount = 10001 });
        await api.PostAsync("/api/v1/payments/pay_000002/refund", new { amount = 9000 });
        var beyondRest = await api.PostAsync("/api/v1/payments/pay_000002/refund", new { amount = 1001 });
        var missing = await api.PostAsync("/api/v1/payments/pay_999999/refund");

        tooMuch.Code.Should().Be(422);
        tooMuch.ErrorField.Should().Be("amount");
        beyondRest.Code.Should().Be(422);
        missing.Status.Should().Be(HttpStatusCode.NotFound);
        (await billing.GetAsync("/api/v1/payments/pay_000002")).Long("refunded_amount").Should().Be(9000);
        (await billing.GetAsync("/api/v1/invoices/inv_000003")).Text("status").Should().Be("open", "9000 − 1341 of credit reversed 7659 of its allocation");
        await billing.BooksAreConsistentAsync("sub_000178");
    }

    [Fact]
    public async Task Refunds_of_an_unidentified_payment_enter_the_ledger_when_it_gets_a_subscriber()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var invoice = await billing.InvoiceAsync(subscriber, 1000);
        var payment = await billing.PayAsync(new { amount = 2000, currency = "USD", method = "bank_transfer" });
        await api.PostAsync($"/api/v1/payments/{payment.Text("id")}/refund", new { amount = 900 });

        await api.PostAsync($"/api/v1/payments/{payment.Text("id")}/apply", new { allocations = new[] { new { invoice_id = invoice.Text("id"), amount = 1083 } } });

        var ledger = await billing.AllAsync($"/api/v1/transactions?subscriber_id={subscriber}");
        ledger.Select(t => t.Text("source")).Should().Equal("refund", "payment", "invoice");
        await billing.BooksAreConsistentAsync(subscriber);
    }
}
