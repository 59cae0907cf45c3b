namespace WISPGate.MockServer.Tests.Billing;

/// <summary>Reconciliation: unapplied payments matched by reference = invoice number, then by subscriber.</summary>
public sealed class ReconciliationTests
{
    [Fact]
    public async Task A_run_matches_by_reference_then_by_subscriber_and_lists_the_rest()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var older = await billing.InvoiceAsync(subscriber, 1000);  // 1083
        var newer = await billing.InvoiceAsync(subscriber, 2000);  // 2165
        var byReference = await billing.PayAsync(new { amount = 2200, currency = "USD", method = "bank_transfer", reference = $" {newer.Text("number")!.ToLowerInvariant()} " });
        var bySubscriber = await billing.PayAsync(new { subscriber_id = subscriber, amount = 500, currency = "USD", method = "ach" });
        var stranger = await billing.PayAsync(new { amount = 700, currency = "USD", method = "cash", reference = "no such invoice" });

        var response = await api.PostAsync("/api/v1/payments/reconcile");

        response.Status.Should().Be(HttpStatusCode.Accepted);
        var run = response.Data;
        response.Header("Location").Should().Be($"/api/v1/reconciliation-runs/{run.Text("id")}");
        run.Text("status").Should().Be("completed");
        run.Text("completed_at").Should().NotBeNull();
        run.Items("matched").Select(m => (m.Text("payment_id"), m.Text("invoice_id"), m.Long("amount"), m.Text("matched_by"))).Should().Equal(
            (byReference.Text("id"), newer.Text("id"), 2165L, "reference"),
            (byReference.Text("id"), older.Text("id"), 35L, "subscriber"),
            (bySubscriber.Text("id"), older.Text("id"), 500L, "subscriber"));
        run.Items("unmatched").Select(u => u.GetString()).Should().Equal("pay_000002", stranger.Text("id"));
        (await billing.GetAsync($"/api/v1/payments/{byReference.Text("id")}")).Text("subscriber_id").Should().Be(subscriber);
        (await billing.GetAsync($"/api/v1/invoices/{newer.Text("id")}")).Text("status").Should().Be("paid");
        (await billing.GetAsync($"/api/v1/invoices/{older.Text("id")}")).Long("amount_due").Should().Be(548);
        (await billing.GetAsync($"/api/v1/reconciliation-runs/{run.Text("id")}")).GetRawText().Should().Be(run.GetRawText());
        var events = await billing.EventTypesAsync();
        events.Should().EndWith("reconciliation.completed");
        events.Count(t => t == "payment.applied").Should().Be(2);
        await billing.BooksAreConsistentAsync(subscriber);
    }

    [Fact]
    public async Task A_run_can_be_limited_to_a_subscriber_and_to_recent_payments()
    {
        var (server, time) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        await billing.InvoiceAsync(subscriber, 100000);
        var old = await billing.PayAsync(new { subscriber_id = subscriber, amount = 100, currency = "USD", method = "ach" });
        time.Advance(TimeSpan.FromDays(2));
        var recent = await billing.PayAsync(new { subscriber_id = subscriber, amount = 200, currency = "USD", method = "ach" });

        var onlyRecent = await api.PostAsync("/api/v1/payments/reconcile", new { subscriber_id = subscriber, received_after = "2026-04-14T00:00:00Z" });
        var unknown = await api.PostAsync("/api/v1/payments/reconcile", new { subscriber_id = "sub_999999" });

        onlyRecent.Data.Text("subscriber_id").Should().Be(subscriber);
        onlyRecent.Data.Items("matched").Select(m => m.Text("payment_id")).Should().Equal(recent.Text("id"));
        onlyRecent.Data.Items("unmatched").Should().BeEmpty();
        (await billing.GetAsync($"/api/v1/payments/{old.Text("id")}")).Long("unapplied_amount").Should().Be(100);
        unknown.Code.Should().Be(422);
        unknown.ErrorField.Should().Be("subscriber_id");
        (await api.GetAsync("/api/v1/reconciliation-runs/rec_999999")).Status.Should().Be(HttpStatusCode.NotFound);
        await billing.BooksAreConsistentAsync(subscriber);
    }
}
