namespace WISPGate.MockServer.Tests.Billing;

/// <summary>Subscriptions: creation rules, periods, cancel, invoice-now.</summary>
public sealed class SubscriptionTests
{
    [Fact]
    public async Task A_subscription_starts_today_monthly_on_the_subscribers_profile()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var service = await billing.NewServiceAsync(subscriber);

        var response = await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = subscriber, service_id = service });

        response.Status.Should().Be(HttpStatusCode.Created);
        var subscription = response.Data;
        response.Header("Location").Should().Be($"/api/v1/subscriptions/{subscription.Text("id")}");
        subscription.Text("billing_profile_id").Should().Be("bp_001");
        subscription.Text("interval").Should().Be("monthly");
        subscription.Text("status").Should().Be("active");
        subscription.Text("current_period_start").Should().Be("2026-04-13");
        subscription.Text("current_period_end").Should().Be("2026-05-12");
        subscription.Text("cancelled_at").Should().BeNull();
        (await billing.EventTypesAsync()).Should().EndWith("subscription.created");
        (await billing.GetAsync($"/api/v1/subscriptions/{subscription.Text("id")}")).GetRawText().Should().Be(subscription.GetRawText());
    }

    [Theory]
    [InlineData("monthly", "2026-01-31", "2026-02-27")]
    [InlineData("quarterly", "2026-04-13", "2026-07-12")]
    [InlineData("yearly", "2026-04-13", "2027-04-12")]
    public async Task Periods_follow_the_interval_from_the_start_date(string interval, string start, string end)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var service = await billing.NewServiceAsync(subscriber);

        var subscription = await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = subscriber, service_id = service, interval, start_date = start });

        subscription.Data.Text("current_period_start").Should().Be(start);
        subscription.Data.Text("current_period_end").Should().Be(end);
    }

    [Fact]
    public async Task Invoice_now_issues_the_current_periods_invoice_and_advances_the_period()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var service = await billing.NewServiceAsync(subscriber, "pkg_000001");
        // Starts today (the frozen clock's 2026-04-13): no period has ended, so only invoice-now bills. (A start in
        // the past is billed for its ended periods as soon as time-driven work catches up, before the next request.)
        var id = (await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = subscriber, service_id = service, start_date = "2026-04-13" })).DataString("id");

        var response = await api.PostAsync($"/api/v1/subscriptions/{id}/invoice-now");

        response.Status.Should().Be(HttpStatusCode.Created);
        response.Header("Location").Should().Be($"/api/v1/invoices/{response.DataString("id")}");
        var invoice = response.Data;
        invoice.Text("subscription_id").Should().Be(id);
        invoice.Text("status").Should().Be("open");
        invoice.Items("lines").Single().Text("description").Should().Be("Residential 25/5 (monthly), 2026-04-13 to 2026-05-12");
        invoice.Long("subtotal").Should().Be(4999);
        invoice.Long("total").Should().Be(5411);
        invoice.Text("due_date").Should().Be("2026-04-27");
        var advanced = await billing.GetAsync($"/api/v1/subscriptions/{id}");
        advanced.Text("current_period_start").Should().Be("2026-05-13");
        advanced.Text("current_period_end").Should().Be("2026-06-12");
        (await billing.EventTypesAsync()).Should().EndWith(["invoice.created", "invoice.finalized"]);
        await billing.BooksAreConsistentAsync(subscriber);
    }

    [Fact]
    public async Task A_price_override_is_billed_instead_of_the_package_price()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var id = (await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = "sub_000180", service_id = "svc_000003" })).DataString("id");

        var invoice = await api.PostAsync($"/api/v1/subscriptions/{id}/invoice-now");

        invoice.Data.Long("subtotal").Should().Be(12999);
        invoice.Data.Long("total").Should().Be(14071);
    }

    [Fact]
    public async Task A_cancelled_subscription_is_final_and_frees_its_service()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var id = (await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = "sub_000178", service_id = "svc_000001" })).DataString("id");

        var cancelled = await api.PostAsync($"/api/v1/subscriptions/{id}/cancel");
        var twice = await api.PostAsync($"/api/v1/subscriptions/{id}/cancel");
        var invoiceNow = await api.PostAsync($"/api/v1/subscriptions/{id}/invoice-now");
        var replacement = await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = "sub_000178", service_id = "svc_000001", interval = "yearly" });

        cancelled.Data.Text("status").Should().Be("cancelled");
        cancelled.Data.Text("cancelled_at").Should().NotBeNull();
        twice.ErrorCode.Should().Be("invalid_state_transition");
        invoiceNow.ErrorCode.Should().Be("invalid_state_transition");
        replacement.Status.Should().Be(HttpStatusCode.Created);
        (await api.GetAsync("/api/v1/subscriptions?status=cancelled")).Ids.Should().Equal(id);
        (await api.GetAsync("/api/v1/subscriptions?service_id=svc_000001")).Ids.Should().Equal(replacement.DataString("id"), id);
        (await new BillingApi(api).EventTypesAsync()).Should().Contain("subscription.cancelled");
    }

    [Fact]
    public async Task Creation_rules_are_422_and_one_active_subscription_per_service_is_409()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var euro = (await api.PostAsync("/api/v1/billing-profiles", new { name = "EUR", currency = "EUR" })).DataString("id");
        await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = "sub_000178", service_id = "svc_000001" });

        var second = await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = "sub_000178", service_id = "svc_000001" });
        var unknownSubscriber = await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = "sub_999999", service_id = "svc_000001" });
        var foreignService = await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = "sub_000179", service_id = "svc_000001" });
        var noProfile = await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = "sub_000181", service_id = "svc_000004" });
        var unknownProfile = await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = "sub_000179", service_id = "svc_000002", billing_profile_id = "bp_999" });
        var currency = await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = "sub_000179", service_id = "svc_000002", billing_profile_id = euro });
        var cancelledSubscriber = await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = "sub_000182", service_id = "svc_000005" });
        var farFuture = await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = "sub_000179", service_id = "svc_000002", start_date = "9999-12-31" });

        second.Status.Should().Be(HttpStatusCode.Conflict);
        second.ErrorCode.Should().Be("resource_in_use");
        unknownSubscriber.ErrorField.Should().Be("subscriber_id");
        foreignService.ErrorField.Should().Be("service_id");
        noProfile.ErrorField.Should().Be("billing_profile_id");
        unknownProfile.ErrorField.Should().Be("billing_profile_id");
        currency.ErrorField.Should().Be("service_id");
        currency.Error.Items("details")[0].Text("code").Should().Be("currency_mismatch");
        cancelledSubscriber.ErrorField.Should().Be("subscriber_id");
        farFuture.ErrorField.Should().Be("start_date");
        foreach (var response in new[] { unknownSubscriber, foreignService, noProfile, unknownProfile, currency, cancelledSubscriber, farFuture })
        {
            response.Code.Should().Be(422);
        }

        (await api.GetAsync("/api/v1/subscriptions")).Ids.Should().ContainSingle();
        (await api.GetAsync("/api/v1/subscriptions/sbn_999999")).Status.Should().Be(HttpStatusCode.NotFound);
        (await billing.GetAsync("/api/v1/subscriptions?subscriber_id=sub_000179")).GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_subscriber_with_subscriptions_has_billing_history()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var prospect = (await api.PostAsync("/api/v1/subscribers", new { full_name = "History", status = "prospect", billing_profile_id = "bp_001" })).DataString("id")!;
        await billing.PayAsync(new { subscriber_id = prospect, amount = 100, currency = "USD", method = "cash" });

        var delete = await api.DeleteAsync($"/api/v1/subscribers/{prospect}");

        delete.Status.Should().Be(HttpStatusCode.Conflict);
        delete.ErrorCode.Should().Be("has_billing_history");
    }
}
