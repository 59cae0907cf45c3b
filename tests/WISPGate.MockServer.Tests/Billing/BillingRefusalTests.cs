namespace WISPGate.MockServer.Tests.Billing;

/// <summary>
/// What each billing rule answers when it refuses a request: the status, the error's <c>field</c> (the request field to
/// fix, also in <c>details</c> with the rule's code) and a message that says what is wrong — what an integrator shows or
/// logs. One case per rule of payments, allocations, refunds, invoices, credit notes and subscriptions.
/// </summary>
public sealed class BillingRefusalTests
{
    [Fact]
    public async Task Payment_rules_name_the_field_and_the_rule()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var invoice = await billing.InvoiceAsync(subscriber, 1000);

        var both = await api.PostAsync("/api/v1/payments", new
        {
            subscriber_id = subscriber, amount = 100, currency = "USD", method = "ach", auto_apply = true,
            allocations = new[] { new { invoice_id = invoice.Text("id"), amount = 100 } },
        });
        var autoWithoutSubscriber = await api.PostAsync("/api/v1/payments", new { amount = 100, currency = "USD", method = "ach", auto_apply = true });
        var unknownSubscriber = await api.PostAsync("/api/v1/payments", new { subscriber_id = "sub_999999", amount = 100, currency = "USD", method = "ach" });

        ShouldRefuse(both, 422, "auto_apply", "not_together", "Send either allocations or auto_apply: true, not both.");
        ShouldRefuse(autoWithoutSubscriber, 422, "auto_apply", "subscriber_required", "auto_apply needs the payment's subscriber_id.");
        ShouldRefuse(unknownSubscriber, 422, "subscriber_id", "unknown_reference", "No subscriber 'sub_999999' exists.");
    }

    [Fact]
    public async Task Applying_a_payment_later_names_the_field_and_the_rule()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var invoice = await billing.InvoiceAsync(subscriber, 1000); // 1083 with tax
        var unapplied = await billing.PayAsync(new { subscriber_id = subscriber, amount = 500, currency = "USD", method = "ach" });
        var spent = await billing.PayAsync(new
        {
            subscriber_id = subscriber, amount = 100, currency = "USD", method = "ach",
            allocations = new[] { new { invoice_id = invoice.Text("id"), amount = 100 } },
        });
        var anonymous = await billing.PayAsync(new { amount = 100, currency = "USD", method = "ach" });

        var neither = await api.PostAsync($"/api/v1/payments/{unapplied.Text("id")}/apply", new { auto_apply = false });
        var nothingLeft = await api.PostAsync($"/api/v1/payments/{spent.Text("id")}/apply", new { auto_apply = true });
        var autoWithoutSubscriber = await api.PostAsync($"/api/v1/payments/{anonymous.Text("id")}/apply", new { auto_apply = true });

        ShouldRefuse(neither, 422, "allocations", "one_of", "Send either allocations (at least one) or auto_apply: true.");
        ShouldRefuse(nothingLeft, 409, "unapplied_amount", null, "The payment has nothing unapplied to allocate.");
        ShouldRefuse(autoWithoutSubscriber, 422, "auto_apply", "subscriber_required", "A payment without subscriber can only be applied with explicit allocations.");
    }

    [Fact]
    public async Task Allocation_rules_name_the_allocation_that_broke_them()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var other = await billing.NewSubscriberAsync();
        var open = await billing.InvoiceAsync(subscriber, 1000);
        var draft = await billing.InvoiceAsync(subscriber, 1000, finalize: false);
        var othersInvoice = await billing.InvoiceAsync(other, 1000);
        var euroInvoice = await api.PostAsync("/api/v1/invoices", new
        {
            subscriber_id = (await billing.NewSubscriberAsync(billingProfileId: null)), currency = "EUR", finalize = true,
            lines = new[] { new { description = "Service", unit_amount = 1000 } },
        });

        // The payment names no subscriber: its owner is the first allocation's invoice's subscriber.
        async Task<ApiResponse> Allocate(string invoiceId) =>
            await api.PostAsync("/api/v1/payments", new
            {
                amount = 200, currency = "USD", method = "ach",
                allocations = new[] { new { invoice_id = open.Text("id")!, amount = 100 }, new { invoice_id = invoiceId, amount = 100 } },
            });

        ShouldRefuse(await Allocate("inv_999999"), 422, "allocations[1].invoice_id", "unknown_reference", "No invoice 'inv_999999' exists.");
        ShouldRefuse(await Allocate(draft.Text("id")!), 409, "allocations[1].invoice_id", null,
            $"Invoice {draft.Text("number")} is draft; only open or uncollectible invoices can be paid.");
        ShouldRefuse(await Allocate(euroInvoice.DataString("id")!), 422, "allocations[1].invoice_id", "currency_mismatch",
            $"Invoice {euroInvoice.Data.Text("number")} is in EUR, the payment in USD.");
        ShouldRefuse(await Allocate(othersInvoice.Text("id")!), 422, "allocations[1].invoice_id", "subscriber_mismatch",
            $"Invoice {othersInvoice.Text("number")} belongs to another subscriber than the payment.");
    }

    [Fact]
    public async Task Refund_rules_say_how_much_is_left()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var payment = await billing.PayAsync(new { subscriber_id = subscriber, amount = 500, currency = "USD", method = "ach" });
        var path = $"/api/v1/payments/{payment.Text("id")}/refund";

        var tooMuch = await api.PostAsync(path, new { amount = 501 });
        var whole = await api.PostAsync(path, new { });
        var again = await api.PostAsync(path, new { });
        var unknown = await api.PostAsync("/api/v1/payments/pay_999999/refund", new { });

        ShouldRefuse(tooMuch, 422, "amount", "exceeds_refundable", "At most 500 USD of this payment can be refunded.");
        whole.Status.Should().Be(HttpStatusCode.OK, whole.Body);
        ShouldRefuse(again, 409, "status", null, "A payment that is refunded cannot be refunded.");
        ShouldRefuse(unknown, 404, "id", null, "No payment with id 'pay_999999' exists.");
    }

    [Fact]
    public async Task Invoice_rules_name_the_field_and_the_state()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var withoutProfile = await billing.NewSubscriberAsync(billingProfileId: null);
        var open = await billing.InvoiceAsync(subscriber, 1000);
        var paidPart = await billing.InvoiceAsync(subscriber, 1000);
        await billing.PayAsync(new
        {
            subscriber_id = subscriber, amount = 100, currency = "USD", method = "ach",
            allocations = new[] { new { invoice_id = paidPart.Text("id"), amount = 100 } },
        });
        var draft = await billing.InvoiceAsync(subscriber, 1000, finalize: false);
        var voided = await billing.InvoiceAsync(subscriber, 1000, finalize: false);
        (await api.PostAsync($"/api/v1/invoices/{voided.Text("id")}/void", new { })).Status.Should().Be(HttpStatusCode.OK);

        ShouldRefuse(await api.PostAsync("/api/v1/invoices", new { subscriber_id = "sub_999999", lines = new[] { new { description = "S", unit_amount = 1 } } }),
            422, "subscriber_id", "unknown_reference", "No subscriber 'sub_999999' exists.");
        ShouldRefuse(await api.PostAsync("/api/v1/invoices", new { subscriber_id = withoutProfile, lines = new[] { new { description = "S", unit_amount = 1 } } }),
            422, "currency", "required", "The subscriber has no billing profile: give the invoice's currency.");
        ShouldRefuse(await api.PostAsync($"/api/v1/invoices/{open.Text("id")}/finalize", new { }), 409, "status", null, "An invoice that is open cannot be finalized.");
        ShouldRefuse(await api.PostAsync($"/api/v1/invoices/{paidPart.Text("id")}/void", new { }), 409, "status", null,
            "An invoice with payments or credit notes cannot be voided; refund the payments or void the credit notes first.");
        ShouldRefuse(await api.PostAsync($"/api/v1/invoices/{voided.Text("id")}/void", new { }), 409, "status", null, "An invoice that is void cannot be voided.");
        ShouldRefuse(await api.PostAsync($"/api/v1/invoices/{draft.Text("id")}/mark-uncollectible", new { }), 409, "status", null,
            "An invoice that is draft cannot be marked uncollectible.");
    }

    [Fact]
    public async Task An_invoice_may_total_the_maximum_before_tax_and_not_one_unit_more_however_its_lines_add_up()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var subscriber = await new BillingApi(api).NewSubscriberAsync(billingProfileId: null);
        const long max = 1_000_000_000_000_000;

        async Task<ApiResponse> Draft(params (long Quantity, long UnitAmount)[] lines) =>
            await api.PostAsync("/api/v1/invoices", new
            {
                subscriber_id = subscriber, currency = "USD", finalize = false,
                lines = lines.Select(line => new { description = "S", quantity = line.Quantity, unit_amount = line.UnitAmount }).ToArray(),
            });

        (await Draft((1, max))).Status.Should().Be(HttpStatusCode.Created, "one line of exactly the maximum is allowed");
        (await Draft((1, max - 1), (1, 1))).Status.Should().Be(HttpStatusCode.Created, "lines adding up to exactly the maximum are allowed");
        ShouldRefuse(await Draft((2, (max / 2) + 1)), 422, "lines[0].unit_amount", "amount_too_large",
            $"An invoice may total at most {max} minor units before tax.");
        ShouldRefuse(await Draft((1, max - 100), (1, 101)), 422, "lines[1].unit_amount", "amount_too_large",
            $"An invoice may total at most {max} minor units before tax.");
    }

    [Fact]
    public async Task Credit_note_rules_name_the_invoice_and_what_is_due()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var open = await billing.InvoiceAsync(subscriber, 1000); // 1083 due
        var draft = await billing.InvoiceAsync(subscriber, 1000, finalize: false);
        var note = await api.PostAsync("/api/v1/credit-notes", new { invoice_id = open.Text("id"), amount = 83, reason = "Outage credit" });
        (await api.PostAsync($"/api/v1/credit-notes/{note.DataString("id")}/void", new { })).Status.Should().Be(HttpStatusCode.OK);

        ShouldRefuse(await api.PostAsync("/api/v1/credit-notes", new { invoice_id = "inv_999999", amount = 1, reason = "x" }),
            422, "invoice_id", "unknown_reference", "No invoice 'inv_999999' exists.");
        ShouldRefuse(await api.PostAsync("/api/v1/credit-notes", new { invoice_id = draft.Text("id"), amount = 1, reason = "x" }),
            409, "invoice_id", null, $"Invoice {draft.Text("number")} is draft; only open or uncollectible invoices can be credited.");
        ShouldRefuse(await api.PostAsync("/api/v1/credit-notes", new { invoice_id = open.Text("id"), amount = 1084, reason = "x" }),
            422, "amount", "exceeds_amount_due", $"Invoice {open.Text("number")} has 1083 USD due.");
        ShouldRefuse(await api.PostAsync($"/api/v1/credit-notes/{note.DataString("id")}/void", new { }),
            409, "status", null, "A credit note that is void cannot be voided.");
    }

    [Fact]
    public async Task Subscription_rules_name_the_service_or_subscriber_at_fault()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var other = await billing.NewSubscriberAsync();
        var service = await billing.NewServiceAsync(subscriber);
        var othersService = await billing.NewServiceAsync(other);
        (await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = subscriber, service_id = service })).Status.Should().Be(HttpStatusCode.Created);

        ShouldRefuse(await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = "sub_999999", service_id = service }),
            422, "subscriber_id", "unknown_reference", "No subscriber 'sub_999999' exists.");
        ShouldRefuse(await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = subscriber, service_id = othersService }),
            422, "service_id", "unknown_reference", $"Subscriber '{subscriber}' has no service '{othersService}'.");
        ShouldRefuse(await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = subscriber, service_id = service }),
            409, "service_id", null, $"Service '{service}' already has an active subscription.");
    }

    /// <summary>
    /// The refusal's status, field and message, and — for a 422 — the rule's code in the one detail about that field.
    /// </summary>
    private static void ShouldRefuse(ApiResponse response, int status, string field, string? detailCode, string message)
    {
        response.Code.Should().Be(status, response.Body);
        response.ErrorField.Should().Be(field, response.Body);
        response.Error.Text("message").Should().Be(message);
        if (detailCode is not null)
        {
            var detail = response.Error.Items("details").Should().ContainSingle().Subject;
            detail.Text("field").Should().Be(field);
            detail.Text("code").Should().Be(detailCode);
            detail.Text("message").Should().Be(message);
        }
    }
}
