namespace WISPGate.MockServer.Tests.Billing;

/// <summary>Payments: explicit allocations, auto-apply, unapplied credit, apply later, and the allocation rules.</summary>
public sealed class PaymentTests
{
    [Fact]
    public async Task Explicit_allocations_pay_the_invoices_and_the_rest_stays_unapplied()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var first = await billing.InvoiceAsync(subscriber, 1000);   // total 1083
        var second = await billing.InvoiceAsync(subscriber, 2000);  // total 2165

        var response = await api.PostAsync("/api/v1/payments", new
        {
            subscriber_id = subscriber, amount = 2000, currency = "USD", method = "card", reference = "ch_1",
            allocations = new[] { new { invoice_id = first.Text("id"), amount = 1083 }, new { invoice_id = second.Text("id"), amount = 500 } },
        });

        response.Status.Should().Be(HttpStatusCode.Created);
        response.Header("Location").Should().Be($"/api/v1/payments/{response.DataString("id")}");
        var payment = response.Data;
        payment.Long("unapplied_amount").Should().Be(417);
        payment.Long("refunded_amount").Should().Be(0);
        payment.Text("status").Should().Be("succeeded");
        payment.Items("allocations").Select(a => a.Long("amount")).Should().Equal(1083, 500);
        (await billing.GetAsync($"/api/v1/invoices/{first.Text("id")}")).Text("status").Should().Be("paid");
        var partly = await billing.GetAsync($"/api/v1/invoices/{second.Text("id")}");
        partly.Text("status").Should().Be("open");
        partly.Long("amount_paid").Should().Be(500);
        partly.Long("amount_due").Should().Be(1665);
        var balance = await billing.GetAsync($"/api/v1/subscribers/{subscriber}/balance");
        balance.Long("outstanding").Should().Be(1665);
        balance.Long("credit").Should().Be(417);
        balance.Long("balance").Should().Be(1248);
        (await billing.EventTypesAsync()).Should().EndWith(["payment.received", "invoice.paid"]);
        await billing.BooksAreConsistentAsync(subscriber);
    }

    [Fact]
    public async Task Auto_apply_pays_the_oldest_due_invoices_first_and_keeps_the_overpayment_as_credit()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var later = await api.PostAsync("/api/v1/invoices", new { subscriber_id = subscriber, lines = new[] { new { description = "B", unit_amount = 1000 } }, due_date = "2031-02-01", finalize = true });
        var sooner = await api.PostAsync("/api/v1/invoices", new { subscriber_id = subscriber, lines = new[] { new { description = "A", unit_amount = 1000 } }, due_date = "2031-01-01", finalize = true });

        var partial = await billing.PayAsync(new { subscriber_id = subscriber, amount = 1500, currency = "USD", method = "ach", auto_apply = true });
        var over = await billing.PayAsync(new { subscriber_id = subscriber, amount = 1000, currency = "USD", method = "ach", auto_apply = true });

        partial.Items("allocations").Select(a => (a.Text("invoice_id"), a.Long("amount")))
            .Should().Equal((sooner.DataString("id"), 1083L), (later.DataString("id"), 417L));
        over.Items("allocations").Select(a => a.Long("amount")).Should().Equal(666);
        over.Long("unapplied_amount").Should().Be(334);
        (await api.GetAsync($"/api/v1/invoices?subscriber_id={subscriber}&status=paid")).Ids.Should().HaveCount(2);
        (await billing.GetAsync($"/api/v1/subscribers/{subscriber}/balance")).Long("balance").Should().Be(-334);
        await billing.BooksAreConsistentAsync(subscriber);
    }

    [Fact]
    public async Task Unapplied_money_is_applied_later_explicitly_or_automatically()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var payment = await billing.PayAsync(new { subscriber_id = subscriber, amount = 3000, currency = "USD", method = "cash" });
        var first = await billing.InvoiceAsync(subscriber, 1000);
        var second = await billing.InvoiceAsync(subscriber, 1000);
        var id = payment.Text("id");

        var explicitly = await api.PostAsync($"/api/v1/payments/{id}/apply", new { allocations = new[] { new { invoice_id = second.Text("id"), amount = 1000 } } });
        var automatically = await api.PostAsync($"/api/v1/payments/{id}/apply", new { auto_apply = true });

        explicitly.Status.Should().Be(HttpStatusCode.OK);
        explicitly.Data.Long("unapplied_amount").Should().Be(2000);
        automatically.Data.Items("allocations").Select(a => (a.Text("invoice_id"), a.Long("amount")))
            .Should().Equal((second.Text("id"), 1083L), (first.Text("id"), 1083L));
        automatically.Data.Long("unapplied_amount").Should().Be(834);
        (await billing.EventTypesAsync()).Count(t => t == "payment.applied").Should().Be(2);
        await billing.BooksAreConsistentAsync(subscriber);
    }

    [Fact]
    public async Task An_unidentified_payment_takes_the_subscriber_of_the_invoices_it_is_applied_to()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var invoice = await billing.InvoiceAsync(subscriber, 1000);
        var payment = await billing.PayAsync(new { amount = 1083, currency = "USD", method = "bank_transfer", reference = "unknown sender" });

        var auto = await api.PostAsync($"/api/v1/payments/{payment.Text("id")}/apply", new { auto_apply = true });
        var applied = await api.PostAsync($"/api/v1/payments/{payment.Text("id")}/apply", new { allocations = new[] { new { invoice_id = invoice.Text("id"), amount = 1083 } } });

        payment.Text("subscriber_id").Should().BeNull();
        auto.Code.Should().Be(422);
        auto.ErrorField.Should().Be("auto_apply");
        applied.Data.Text("subscriber_id").Should().Be(subscriber);
        (await billing.AllAsync($"/api/v1/transactions?subscriber_id={subscriber}&source=payment")).Should().ContainSingle();
        await billing.BooksAreConsistentAsync(subscriber);
    }

    [Fact]
    public async Task Allocations_never_exceed_the_amount_due_or_the_money_available()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var invoice = await billing.InvoiceAsync(subscriber, 1000);   // 1083 due
        var other = await billing.InvoiceAsync(subscriber, 1000);
        var id = invoice.Text("id");
        object Pay(long amount, params (string? Invoice, long Amount)[] allocations) => new
        {
            subscriber_id = subscriber, amount, currency = "USD", method = "card",
            allocations = allocations.Select(a => new { invoice_id = a.Invoice, amount = a.Amount }).ToArray(),
        };

        var beyondDue = await api.PostAsync("/api/v1/payments", Pay(5000, (id, 1084)));
        var beyondDueTwice = await api.PostAsync("/api/v1/payments", Pay(5000, (id, 1000), (id, 100)));
        var beyondAmount = await api.PostAsync("/api/v1/payments", Pay(1500, (id, 1000), (other.Text("id"), 501)));
        var payment = await billing.PayAsync(new { subscriber_id = subscriber, amount = 500, currency = "USD", method = "cash" });
        var beyondUnapplied = await api.PostAsync($"/api/v1/payments/{payment.Text("id")}/apply", new { allocations = new[] { new { invoice_id = id, amount = 501 } } });

        beyondDue.Code.Should().Be(422);
        beyondDue.ErrorField.Should().Be("allocations[0].amount");
        beyondDueTwice.ErrorField.Should().Be("allocations[1].amount");
        beyondAmount.Code.Should().Be(422);
        beyondAmount.ErrorField.Should().Be("allocations[1].amount");
        beyondUnapplied.Code.Should().Be(422);
        (await api.GetAsync($"/api/v1/payments?subscriber_id={subscriber}")).Ids.Should().Equal(payment.Text("id"));
        (await billing.GetAsync($"/api/v1/invoices/{id}")).Long("amount_paid").Should().Be(0);
        await billing.BooksAreConsistentAsync(subscriber);
    }

    [Fact]
    public async Task Paying_a_void_draft_or_paid_invoice_is_409_invalid_state_transition()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var draft = await billing.InvoiceAsync(subscriber, 1000, finalize: false);
        var voided = await billing.InvoiceAsync(subscriber, 1000);
        await api.PostAsync($"/api/v1/invoices/{voided.Text("id")}/void");

        foreach (var invoiceId in new[] { draft.Text("id"), voided.Text("id"), "inv_000001" })
        {
            var response = await api.PostAsync("/api/v1/payments", new { subscriber_id = subscriber, amount = 100, currency = "USD", method = "card", allocations = new[] { new { invoice_id = invoiceId, amount = 100 } } });

            response.Status.Should().Be(HttpStatusCode.Conflict, invoiceId);
            response.ErrorCode.Should().Be("invalid_state_transition");
            response.ErrorField.Should().Be("allocations[0].invoice_id");
        }

        (await api.GetAsync($"/api/v1/payments?subscriber_id={subscriber}")).Ids.Should().BeEmpty();
    }

    [Fact]
    public async Task Mixed_currencies_and_foreign_invoices_are_422()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var invoice = await billing.InvoiceAsync(subscriber, 1000);
        var stranger = await billing.NewSubscriberAsync();

        var foreignCurrency = await api.PostAsync("/api/v1/payments", new { subscriber_id = subscriber, amount = 100, currency = "EUR", method = "card" });
        var unidentifiedEuro = await billing.PayAsync(new { amount = 100, currency = "EUR", method = "card" });
        var euroToDollars = await api.PostAsync($"/api/v1/payments/{unidentifiedEuro.Text("id")}/apply", new { allocations = new[] { new { invoice_id = invoice.Text("id"), amount = 100 } } });
        var otherSubscriber = await api.PostAsync("/api/v1/payments", new { subscriber_id = stranger, amount = 100, currency = "USD", method = "card", allocations = new[] { new { invoice_id = invoice.Text("id"), amount = 100 } } });
        var unknownInvoice = await api.PostAsync("/api/v1/payments", new { subscriber_id = subscriber, amount = 100, currency = "USD", method = "card", allocations = new[] { new { invoice_id = "inv_999999", amount = 100 } } });
        var unknownSubscriber = await api.PostAsync("/api/v1/payments", new { subscriber_id = "sub_999999", amount = 100, currency = "USD", method = "card" });
        var both = await api.PostAsync("/api/v1/payments", new { subscriber_id = subscriber, amount = 100, currency = "USD", method = "card", auto_apply = true, allocations = Array.Empty<object>() });
        var autoWithoutSubscriber = await api.PostAsync("/api/v1/payments", new { amount = 100, currency = "USD", method = "card", auto_apply = true });
        var tooLarge = await api.PostAsync("/api/v1/payments", new { subscriber_id = subscriber, amount = long.MaxValue, currency = "USD", method = "card" });

        foreignCurrency.Code.Should().Be(422);
        foreignCurrency.ErrorField.Should().Be("currency");
        euroToDollars.Code.Should().Be(422);
        euroToDollars.Error.Items("details")[0].Text("code").Should().Be("currency_mismatch");
        otherSubscriber.Code.Should().Be(422);
        otherSubscriber.ErrorField.Should().Be("allocations[0].invoice_id");
        unknownInvoice.Code.Should().Be(422);
        unknownSubscriber.ErrorField.Should().Be("subscriber_id");
        both.ErrorField.Should().Be("auto_apply");
        autoWithoutSubscriber.ErrorField.Should().Be("auto_apply");
        tooLarge.Code.Should().Be(422);
        tooLarge.ErrorField.Should().Be("amount");
        await billing.BooksAreConsistentAsync(subscriber);
    }

    [Fact]
    public async Task Apply_needs_unapplied_money_and_exactly_one_way_of_applying()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var invoice = await billing.InvoiceAsync(subscriber, 1000);
        var payment = await billing.PayAsync(new { subscriber_id = subscriber, amount = 1083, currency = "USD", method = "card", auto_apply = true });
        var credit = await billing.PayAsync(new { subscriber_id = subscriber, amount = 50, currency = "USD", method = "card" });

        var nothingLeft = await api.PostAsync($"/api/v1/payments/{payment.Text("id")}/apply", new { auto_apply = true });
        var neither = await api.PostAsync($"/api/v1/payments/{credit.Text("id")}/apply", new { });
        var both = await api.PostAsync($"/api/v1/payments/{credit.Text("id")}/apply", new { auto_apply = true, allocations = new[] { new { invoice_id = invoice.Text("id"), amount = 1 } } });
        var nothingOpen = await api.PostAsync($"/api/v1/payments/{credit.Text("id")}/apply", new { auto_apply = true });
        var missing = await api.PostAsync("/api/v1/payments/pay_999999/apply", new { auto_apply = true });

        nothingLeft.Status.Should().Be(HttpStatusCode.Conflict);
        nothingLeft.ErrorCode.Should().Be("invalid_state_transition");
        neither.Code.Should().Be(422);
        both.Code.Should().Be(422);
        nothingOpen.Status.Should().Be(HttpStatusCode.OK, "nothing is open: the payment stays unapplied");
        nothingOpen.Data.Long("unapplied_amount").Should().Be(50);
        missing.Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Payments_are_listed_with_filters()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        (await api.GetAsync("/api/v1/payments")).Ids.Should().Equal("pay_000003", "pay_000002", "pay_000001");
        (await api.GetAsync("/api/v1/payments?unapplied=true")).Ids.Should().Equal("pay_000002");
        (await api.GetAsync("/api/v1/payments?unapplied=false&subscriber_id=sub_000178")).Ids.Should().Equal("pay_000001");
        (await api.GetAsync("/api/v1/payments?method=bank_transfer,card")).Ids.Should().Equal("pay_000003", "pay_000001");
        (await api.GetAsync("/api/v1/payments?status=refunded")).Ids.Should().BeEmpty();
        (await api.GetAsync("/api/v1/payments/pay_000002")).Data.Long("unapplied_amount").Should().Be(1341);
        (await api.GetAsync("/api/v1/payments?method=paypal")).ErrorCode.Should().Be("invalid_parameter");
    }
}
