namespace WISPGate.MockServer.Tests.Billing;

/// <summary>Credit notes: lower the amount due (paid at 0), only on open or uncollectible invoices, void reopens.</summary>
public sealed class CreditNoteTests
{
    [Fact]
    public async Task A_credit_note_lowers_the_amount_due_and_can_settle_the_invoice()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var invoice = await billing.InvoiceAsync(subscriber, 1000);   // 1083
        var id = invoice.Text("id");

        var partial = await api.PostAsync("/api/v1/credit-notes", new { invoice_id = id, amount = 83, reason = "Outage" });
        var afterPartial = await billing.GetAsync($"/api/v1/invoices/{id}");
        var rest = await api.PostAsync("/api/v1/credit-notes", new { invoice_id = id, amount = 1000, reason = "Goodwill" });

        partial.Status.Should().Be(HttpStatusCode.Created);
        partial.Header("Location").Should().Be($"/api/v1/credit-notes/{partial.DataString("id")}");
        partial.Data.Text("status").Should().Be("issued");
        partial.Data.Text("subscriber_id").Should().Be(subscriber);
        partial.Data.Text("currency").Should().Be("USD");
        afterPartial.Long("amount_credited").Should().Be(83);
        afterPartial.Long("amount_due").Should().Be(1000);
        rest.Status.Should().Be(HttpStatusCode.Created);
        var settled = await billing.GetAsync($"/api/v1/invoices/{id}");
        settled.Text("status").Should().Be("paid");
        settled.Long("amount_paid").Should().Be(0, "credit notes are not payments");
        (await billing.AllAsync($"/api/v1/transactions?subscriber_id={subscriber}&source=credit_note")).Should().HaveCount(2);
        (await billing.EventTypesAsync()).Should().EndWith(["credit_note.issued", "credit_note.issued", "invoice.paid"]);
        await billing.BooksAreConsistentAsync(subscriber);
    }

    [Fact]
    public async Task Voiding_a_credit_note_reopens_the_invoice_and_is_final()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var invoice = await billing.InvoiceAsync(subscriber, 1000);
        var note = await api.PostAsync("/api/v1/credit-notes", new { invoice_id = invoice.Text("id"), amount = 1083, reason = "Mistake" });

        var voided = await api.PostAsync($"/api/v1/credit-notes/{note.DataString("id")}/void");
        var twice = await api.PostAsync($"/api/v1/credit-notes/{note.DataString("id")}/void");

        voided.Data.Text("status").Should().Be("void");
        voided.Data.Text("voided_at").Should().NotBeNull();
        twice.ErrorCode.Should().Be("invalid_state_transition");
        var reopened = await billing.GetAsync($"/api/v1/invoices/{invoice.Text("id")}");
        reopened.Text("status").Should().Be("open");
        reopened.Long("amount_due").Should().Be(1083);
        (await billing.GetAsync($"/api/v1/credit-notes/{note.DataString("id")}")).Text("status").Should().Be("void");
        (await billing.EventTypesAsync()).Should().EndWith("credit_note.voided");
        await billing.BooksAreConsistentAsync(subscriber);
    }

    [Fact]
    public async Task Only_receivable_invoices_are_credited_and_never_beyond_the_amount_due()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var draft = await billing.InvoiceAsync(subscriber, 1000, finalize: false);
        var open = await billing.InvoiceAsync(subscriber, 1000);

        var onPaid = await api.PostAsync("/api/v1/credit-notes", new { invoice_id = "inv_000001", amount = 1, reason = "x" });
        var onDraft = await api.PostAsync("/api/v1/credit-notes", new { invoice_id = draft.Text("id"), amount = 1, reason = "x" });
        var unknown = await api.PostAsync("/api/v1/credit-notes", new { invoice_id = "inv_999999", amount = 1, reason = "x" });
        var tooMuch = await api.PostAsync("/api/v1/credit-notes", new { invoice_id = open.Text("id"), amount = 1084, reason = "x" });
        var noReason = await api.PostAsync("/api/v1/credit-notes", new { invoice_id = open.Text("id"), amount = 1 });

        onPaid.ErrorCode.Should().Be("invalid_state_transition");
        onDraft.ErrorCode.Should().Be("invalid_state_transition");
        unknown.Code.Should().Be(422);
        unknown.ErrorField.Should().Be("invoice_id");
        tooMuch.Code.Should().Be(422);
        tooMuch.ErrorField.Should().Be("amount");
        noReason.ErrorCode.Should().Be("missing_required_field");
        (await api.GetAsync($"/api/v1/credit-notes?subscriber_id={subscriber}")).Ids.Should().BeEmpty();
    }

    [Fact]
    public async Task Credit_notes_are_listed_with_filters()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        (await api.GetAsync("/api/v1/credit-notes")).Ids.Should().Equal("cn_000001");
        (await api.GetAsync("/api/v1/credit-notes?invoice_id=inv_000002&status=issued")).Ids.Should().Equal("cn_000001");
        (await api.GetAsync("/api/v1/credit-notes?subscriber_id=sub_000178")).Ids.Should().BeEmpty();
        (await api.GetAsync("/api/v1/credit-notes?status=void")).Ids.Should().BeEmpty();
        (await api.GetAsync("/api/v1/credit-notes/cn_999999")).Status.Should().Be(HttpStatusCode.NotFound);
    }
}
