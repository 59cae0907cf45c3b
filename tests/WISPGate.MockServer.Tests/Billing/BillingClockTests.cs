namespace WISPGate.MockServer.Tests.Billing;

/// <summary>The test clock: overdue invoices and their events, subscriptions billed when their period ended.</summary>
public sealed class BillingClockTests
{
    [Fact]
    public async Task Advancing_past_the_due_date_makes_an_open_invoice_overdue_once()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var invoice = await billing.InvoiceAsync(subscriber, 1000);   // due 2026-04-27
        var id = invoice.Text("id");

        server.Clock.Advance(TimeSpan.FromDays(14));
        var onTheDueDate = await billing.GetAsync($"/api/v1/invoices/{id}");
        await AdvanceOverAdminApiAsync(api, days: 1);
        var dayAfter = await billing.GetAsync($"/api/v1/invoices/{id}");
        server.Clock.Advance(TimeSpan.FromDays(3));

        onTheDueDate.Flag("overdue").Should().BeFalse("the due date itself is not late");
        dayAfter.Flag("overdue").Should().BeTrue();
        (await api.GetAsync("/api/v1/invoices?overdue=true")).Ids.Should().Equal(id);
        (await api.GetAsync($"/api/v1/invoices?overdue=false&subscriber_id={subscriber}")).Ids.Should().BeEmpty();
        (await billing.GetAsync($"/api/v1/subscribers/{subscriber}/balance")).Flag("has_overdue_invoice").Should().BeTrue();
        var overdueEvents = await api.GetAsync("/api/v1/events?type=invoice.overdue");
        overdueEvents.Data.EnumerateArray().Should().ContainSingle("the event is recorded once per invoice");
        var data = overdueEvents.Data[0].GetProperty("data").GetProperty("object");
        data.Text("id").Should().Be(id);
        data.Flag("overdue").Should().BeTrue();
    }

    [Fact]
    public async Task Paid_void_and_draft_invoices_never_become_overdue_but_uncollectible_ones_do()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var paid = await billing.InvoiceAsync(subscriber, 1000);
        await billing.PayAsync(new { subscriber_id = subscriber, amount = 1083, currency = "USD", method = "card", auto_apply = true });
        var voided = await billing.InvoiceAsync(subscriber, 1000);
        await api.PostAsync($"/api/v1/invoices/{voided.Text("id")}/void");
        var draft = await billing.InvoiceAsync(subscriber, 1000, finalize: false);
        var written = await billing.InvoiceAsync(subscriber, 1000);
        await api.PostAsync($"/api/v1/invoices/{written.Text("id")}/mark-uncollectible");

        server.Clock.Advance(TimeSpan.FromDays(60));

        (await api.GetAsync("/api/v1/invoices?overdue=true")).Ids.Should().Equal(written.Text("id"));
        foreach (var id in new[] { paid.Text("id"), voided.Text("id"), draft.Text("id") })
        {
            (await billing.GetAsync($"/api/v1/invoices/{id}")).Flag("overdue").Should().BeFalse(id);
        }
    }

    [Fact]
    public async Task Advancing_past_a_period_end_bills_the_period_that_ended()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var service = await billing.NewServiceAsync(subscriber, "pkg_000001");
        var id = (await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = subscriber, service_id = service })).DataString("id");

        server.Clock.Advance(TimeSpan.FromDays(29));   // 2026-05-12: the last day of the first period
        var duringThePeriod = await api.GetAsync($"/api/v1/invoices?subscriber_id={subscriber}");
        await AdvanceOverAdminApiAsync(api, days: 1);  // 2026-05-13

        duringThePeriod.Ids.Should().BeEmpty();
        var invoice = (await billing.AllAsync($"/api/v1/invoices?subscriber_id={subscriber}")).Single();
        invoice.Text("subscription_id").Should().Be(id);
        invoice.Text("status").Should().Be("open");
        invoice.Items("lines").Single().Text("description").Should().Be("Residential 25/5 (monthly), 2026-04-13 to 2026-05-12");
        invoice.Text("due_date").Should().Be("2026-05-27", "issued the day after the period, plus 14 days of terms");
        invoice.Long("total").Should().Be(5411);
        var subscription = await billing.GetAsync($"/api/v1/subscriptions/{id}");
        subscription.Text("current_period_start").Should().Be("2026-05-13");
        subscription.Text("current_period_end").Should().Be("2026-06-12");
        (await billing.EventTypesAsync()).Should().EndWith(["invoice.created", "invoice.finalized"]);
        await billing.BooksAreConsistentAsync(subscriber);
    }

    [Fact]
    public async Task A_long_jump_bills_every_period_that_ended_and_flags_the_late_ones()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var service = await billing.NewServiceAsync(subscriber);
        await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = subscriber, service_id = service });

        server.Clock.Advance(TimeSpan.FromDays(95));   // 2026-07-17

        var invoices = (await billing.AllAsync($"/api/v1/invoices?subscriber_id={subscriber}")).Reverse().ToList();
        invoices.Select(i => i.Text("due_date")).Should().Equal("2026-05-27", "2026-06-27", "2026-07-27");
        invoices.Select(i => i.Flag("overdue")).Should().Equal(true, true, false);
        (await api.GetAsync("/api/v1/events?type=invoice.overdue")).Data.GetArrayLength().Should().Be(2);
        var balance = await billing.GetAsync($"/api/v1/subscribers/{subscriber}/balance");
        balance.Long("balance").Should().Be(3 * 5411);
        balance.Flag("has_overdue_invoice").Should().BeTrue();
        await billing.BooksAreConsistentAsync(subscriber);
    }

    [Fact]
    public async Task Cancelled_and_already_invoiced_periods_are_not_billed_again()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var early = await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = subscriber, service_id = await billing.NewServiceAsync(subscriber) });
        var cancelled = await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = subscriber, service_id = await billing.NewServiceAsync(subscriber) });
        await api.PostAsync($"/api/v1/subscriptions/{early.DataString("id")}/invoice-now");
        await api.PostAsync($"/api/v1/subscriptions/{cancelled.DataString("id")}/cancel");

        server.Clock.Advance(TimeSpan.FromDays(31));   // 2026-05-14: past the first period's end, inside the second

        var invoices = await billing.AllAsync($"/api/v1/invoices?subscriber_id={subscriber}");
        invoices.Should().ContainSingle("the invoice-now invoice covers the first period; the cancelled subscription bills nothing");
    }

    private static async Task AdvanceOverAdminApiAsync(ApiClient api, int days)
    {
        using var response = await api.Http.PostAsync(
            "/__admin/wispgate/clock/advance",
            new StringContent($$"""{"days":{{days}}}""", System.Text.Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
