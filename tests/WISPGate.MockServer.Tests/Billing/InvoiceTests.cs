namespace WISPGate.MockServer.Tests.Billing;

/// <summary>Invoices: creation with computed totals, the lifecycle and its 409s, filters.</summary>
public sealed class InvoiceTests
{
    [Fact]
    public async Task The_contracts_create_invoice_example_is_computed_as_documented()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        await api.PostAsync("/api/v1/subscribers", SeedExamples.CreateSubscriberRequest);
        var example = ContractFile.ResolveElement("/paths/~1api~1v1~1invoices/post/requestBody/content/application~1json/examples/example/value");

        var response = await api.PostAsync("/api/v1/invoices", example.GetRawText());

        response.Status.Should().Be(HttpStatusCode.Created);
        response.Header("Location").Should().Be($"/api/v1/invoices/{response.DataString("id")}");
        var invoice = response.Data;
        invoice.Text("subscriber_id").Should().Be("sub_000184");
        invoice.Items("lines").Select(l => l.Long("amount")).Should().Equal(4999, 500);
        invoice.Long("subtotal").Should().Be(5499);
        invoice.Long("tax").Should().Be(454, "5499 × 8.25 % = 453.67 → 454");
        invoice.Long("tax_rate_bps").Should().Be(825);
        invoice.Long("total").Should().Be(5953);
        invoice.Long("amount_paid").Should().Be(0);
        invoice.Long("amount_credited").Should().Be(0);
        invoice.Long("amount_due").Should().Be(5953);
        invoice.Text("currency").Should().Be("USD");
        invoice.Text("due_date").Should().Be("2026-05-15");
        invoice.Text("status").Should().Be("open");
        invoice.Flag("overdue").Should().BeFalse();
        invoice.Text("number").Should().Be("INV-000004", "the demo tenant has three invoices");
        invoice.Text("finalized_at").Should().Be("2026-04-13T10:21:00Z");
    }

    [Theory]
    [InlineData(200, 25, 1)]
    [InlineData(199, 25, 0)]
    [InlineData(600, 25, 2)]
    [InlineData(1, 5000, 1)]
    [InlineData(3, 5000, 2)]
    [InlineData(1000, 10000, 1000)]
    [InlineData(1000, 0, 0)]
    public async Task Tax_is_rounded_half_away_from_zero(long subtotal, int taxRateBps, long tax)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var profile = (await api.PostAsync("/api/v1/billing-profiles", new { name = "Tax", currency = "USD", tax_rate_bps = taxRateBps })).DataString("id");
        var subscriber = await billing.NewSubscriberAsync(profile);

        var invoice = await billing.InvoiceAsync(subscriber, subtotal, finalize: false);

        invoice.Long("tax").Should().Be(tax);
        invoice.Long("total").Should().Be(subtotal + tax);
    }

    [Fact]
    public async Task A_draft_owes_nothing_until_it_is_finalized()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();

        var draft = await billing.InvoiceAsync(subscriber, 10000, finalize: false);
        var balanceOfDraft = await billing.GetAsync($"/api/v1/subscribers/{subscriber}/balance");
        var finalized = await api.PostAsync($"/api/v1/invoices/{draft.Text("id")}/finalize");
        var again = await api.PostAsync($"/api/v1/invoices/{draft.Text("id")}/finalize");

        draft.Text("status").Should().Be("draft");
        draft.Long("amount_due").Should().Be(10825);
        balanceOfDraft.Long("balance").Should().Be(0);
        finalized.Data.Text("status").Should().Be("open");
        finalized.Data.Text("due_date").Should().Be("2026-04-27", "finalized 2026-04-13 + bp_001's 14 days of terms");
        again.Status.Should().Be(HttpStatusCode.Conflict);
        again.ErrorCode.Should().Be("invalid_state_transition");
        var ledger = await billing.AllAsync($"/api/v1/transactions?subscriber_id={subscriber}");
        ledger.Should().ContainSingle();
        ledger[0].Text("type").Should().Be("debit");
        ledger[0].Text("source").Should().Be("invoice");
        ledger[0].Text("source_id").Should().Be(draft.Text("id"));
        ledger[0].Long("amount").Should().Be(10825);
        await billing.BooksAreConsistentAsync(subscriber);
        (await billing.EventTypesAsync()).Should().EndWith(["invoice.created", "invoice.finalized"]);
    }

    [Fact]
    public async Task A_requested_due_date_survives_finalization()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var subscriber = await new BillingApi(api).NewSubscriberAsync();

        var draft = await api.PostAsync("/api/v1/invoices", new { subscriber_id = subscriber, lines = new[] { new { description = "Install", unit_amount = 5000 } }, due_date = "2030-01-31" });
        var finalized = await api.PostAsync($"/api/v1/invoices/{draft.DataString("id")}/finalize");

        draft.Data.Items("lines")[0].Long("quantity").Should().Be(1, "quantity defaults to 1");
        finalized.Data.Text("due_date").Should().Be("2030-01-31");
    }

    [Fact]
    public async Task Voiding_a_draft_or_an_unpaid_open_invoice_works_and_reverses_the_debit()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var draft = await billing.InvoiceAsync(subscriber, 1000, finalize: false);
        var open = await billing.InvoiceAsync(subscriber, 2000);

        var voidedDraft = await api.PostAsync($"/api/v1/invoices/{draft.Text("id")}/void");
        var voidedOpen = await api.PostAsync($"/api/v1/invoices/{open.Text("id")}/void");
        var twice = await api.PostAsync($"/api/v1/invoices/{open.Text("id")}/void");

        voidedDraft.Data.Text("status").Should().Be("void");
        voidedOpen.Data.Text("status").Should().Be("void");
        voidedOpen.Data.Long("amount_due").Should().Be(0);
        voidedOpen.Data.Text("voided_at").Should().NotBeNull();
        twice.ErrorCode.Should().Be("invalid_state_transition");
        var ledger = await billing.AllAsync($"/api/v1/transactions?subscriber_id={subscriber}");
        ledger.Select(t => t.Text("type")).Should().Equal("credit", "debit");
        (await billing.GetAsync($"/api/v1/subscribers/{subscriber}/balance")).Long("balance").Should().Be(0);
        await billing.BooksAreConsistentAsync(subscriber);
    }

    [Fact]
    public async Task Illegal_transitions_are_409_and_change_nothing()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var partlyPaid = await billing.InvoiceAsync(subscriber, 1000);
        await billing.PayAsync(new { subscriber_id = subscriber, amount = 100, currency = "USD", method = "cash", allocations = new[] { new { invoice_id = partlyPaid.Text("id"), amount = 100 } } });
        var credited = await billing.InvoiceAsync(subscriber, 1000);
        await api.PostAsync("/api/v1/credit-notes", new { invoice_id = credited.Text("id"), amount = 10, reason = "Goodwill" });
        var draft = await billing.InvoiceAsync(subscriber, 1000, finalize: false);

        var attempts = new (string Id, string Action)[]
        {
            ("inv_000001", "void"),                 // paid (demo)
            ("inv_000001", "finalize"),
            ("inv_000001", "mark-uncollectible"),
            (partlyPaid.Text("id")!, "void"),       // open with a payment
            (credited.Text("id")!, "void"),         // open with a credit note
            (draft.Text("id")!, "mark-uncollectible"),
        };
        foreach (var (id, action) in attempts)
        {
            var before = await api.GetAsync($"/api/v1/invoices/{id}");
            var response = await api.PostAsync($"/api/v1/invoices/{id}/{action}");

            response.Status.Should().Be(HttpStatusCode.Conflict, $"{action} of {id}");
            response.ErrorCode.Should().Be("invalid_state_transition");
            (await api.GetAsync($"/api/v1/invoices/{id}")).Data.Text("status").Should().Be(before.Data.Text("status"));
        }

        await billing.BooksAreConsistentAsync(subscriber);
    }

    [Fact]
    public async Task An_uncollectible_invoice_is_still_owed_and_payable_but_not_voidable()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var invoice = await billing.InvoiceAsync(subscriber, 1000);
        var id = invoice.Text("id");

        var written = await api.PostAsync($"/api/v1/invoices/{id}/mark-uncollectible");
        var owed = await billing.GetAsync($"/api/v1/subscribers/{subscriber}/balance");
        var voided = await api.PostAsync($"/api/v1/invoices/{id}/void");
        await billing.PayAsync(new { subscriber_id = subscriber, amount = 1083, currency = "USD", method = "check", auto_apply = true });

        written.Data.Text("status").Should().Be("uncollectible");
        owed.Long("outstanding").Should().Be(1083);
        voided.ErrorCode.Should().Be("invalid_state_transition");
        (await billing.GetAsync($"/api/v1/invoices/{id}")).Text("status").Should().Be("paid");
        (await billing.EventTypesAsync()).Should().Contain("invoice.marked_uncollectible");
        await billing.BooksAreConsistentAsync(subscriber);
    }

    [Fact]
    public async Task A_zero_invoice_is_paid_when_finalized()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();

        var invoice = await billing.InvoiceAsync(subscriber, 0);

        invoice.Text("status").Should().Be("paid");
        invoice.Text("paid_at").Should().NotBeNull();
        await billing.BooksAreConsistentAsync(subscriber);
    }

    [Fact]
    public async Task Business_rules_of_creation_are_422_with_the_field()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var usd = await billing.NewSubscriberAsync();
        object Line(long unitAmount, long quantity = 1) => new[] { new { description = "x", quantity, unit_amount = unitAmount } };

        var unknown = await api.PostAsync("/api/v1/invoices", new { subscriber_id = "sub_999999", lines = Line(1) });
        var noCurrency = await api.PostAsync("/api/v1/invoices", new { subscriber_id = "sub_000181", lines = Line(1) });
        var otherCurrency = await api.PostAsync("/api/v1/invoices", new { subscriber_id = usd, lines = Line(1), currency = "EUR" });
        var tooLarge = await api.PostAsync("/api/v1/invoices", new { subscriber_id = usd, lines = Line(long.MaxValue / 2, 1000) });
        var withCurrency = await api.PostAsync("/api/v1/invoices", new { subscriber_id = "sub_000181", lines = Line(100), currency = "EUR" });

        unknown.Code.Should().Be(422);
        unknown.ErrorField.Should().Be("subscriber_id");
        noCurrency.Code.Should().Be(422);
        noCurrency.ErrorField.Should().Be("currency");
        otherCurrency.Code.Should().Be(422);
        otherCurrency.ErrorField.Should().Be("currency");
        otherCurrency.Error.Items("details")[0].Text("code").Should().Be("currency_mismatch");
        tooLarge.Code.Should().Be(422);
        tooLarge.ErrorField.Should().Be("lines[0].unit_amount");
        withCurrency.Status.Should().Be(HttpStatusCode.Created);
        withCurrency.Data.Long("tax").Should().Be(0, "a subscriber without billing profile pays no tax");
    }

    [Fact]
    public async Task Invoices_are_listed_newest_first_with_filters()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var draft = await billing.InvoiceAsync(subscriber, 100, finalize: false);
        var open = await billing.InvoiceAsync(subscriber, 200);

        (await api.GetAsync($"/api/v1/invoices?subscriber_id={subscriber}")).Ids.Should().Equal(open.Text("id"), draft.Text("id"));
        (await api.GetAsync($"/api/v1/invoices?subscriber_id={subscriber}&status=draft")).Ids.Should().Equal(draft.Text("id"));
        (await api.GetAsync("/api/v1/invoices?status=paid")).Ids.Should().Equal("inv_000003", "inv_000002", "inv_000001");
        (await api.GetAsync("/api/v1/invoices?overdue=true")).Ids.Should().BeEmpty();
        (await api.GetAsync("/api/v1/invoices?status=late")).ErrorCode.Should().Be("invalid_parameter");
        (await api.GetAsync("/api/v1/invoices/inv_999999")).Status.Should().Be(HttpStatusCode.NotFound);
    }
}
