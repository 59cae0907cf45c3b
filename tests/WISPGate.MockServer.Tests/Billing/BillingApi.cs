namespace WISPGate.MockServer.Tests.Billing;

/// <summary>
/// The billing calls the tests repeat, over the contract-checking <see cref="ApiClient"/> (so every answer is validated
/// against its operation's schema), and <see cref="BooksAreConsistentAsync"/>: the books of a subscriber checked
/// against each other through the public API only.
/// </summary>
public sealed class BillingApi
{
    /// <summary>Wraps a client.</summary>
    public BillingApi(ApiClient api) => Api = api;

    /// <summary>The client.</summary>
    public ApiClient Api { get; }

    /// <summary>Creates an active subscriber (on <c>bp_001</c> unless told otherwise) and returns its id.</summary>
    public async Task<string> NewSubscriberAsync(string? billingProfileId = "bp_001")
    {
        var response = await Api.PostAsync("/api/v1/subscribers", new { full_name = "Billing Test", status = "active", billing_profile_id = billingProfileId }.WithoutNulls());
        response.Status.Should().Be(HttpStatusCode.Created, response.Body);
        return response.DataString("id")!;
    }

    /// <summary>Creates a service of a subscriber and returns its id.</summary>
    public async Task<string> NewServiceAsync(string subscriberId, string packageId = "pkg_000001", object? priceOverride = null)
    {
        var response = await Api.PostAsync("/api/v1/services", new Dictionary<string, object?>
        {
            ["subscriber_id"] = subscriberId,
            ["service_package_id"] = packageId,
            ["price_override"] = priceOverride,
        }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));
        response.Status.Should().Be(HttpStatusCode.Created, response.Body);
        return response.DataString("id")!;
    }

    /// <summary>Creates an invoice with one line (finalized unless told otherwise); expects 201 and returns it.</summary>
    public async Task<JsonElement> InvoiceAsync(string subscriberId, long unitAmount, bool finalize = true)
    {
        var response = await Api.PostAsync("/api/v1/invoices", new
        {
            subscriber_id = subscriberId,
            lines = new[] { new { description = "Service", quantity = 1, unit_amount = unitAmount } },
            finalize,
        });
        response.Status.Should().Be(HttpStatusCode.Created, response.Body);
        return response.Data;
    }

    /// <summary>Records a payment; expects 201 and returns it.</summary>
    public async Task<JsonElement> PayAsync(object body, string? idempotencyKey = null)
    {
        var response = await Api.PostAsync("/api/v1/payments", body, idempotencyKey is null ? null : Keys.Idempotency(idempotencyKey));
        response.Status.Should().Be(HttpStatusCode.Created, response.Body);
        return response.Data;
    }

    /// <summary>A resource by path (expects 200).</summary>
    public async Task<JsonElement> GetAsync(string path)
    {
        var response = await Api.GetAsync(path);
        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        return response.Data;
    }

    /// <summary>Every item of a list, all pages followed.</summary>
    public async Task<IReadOnlyList<JsonElement>> AllAsync(string path)
    {
        var items = new List<JsonElement>();
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        string? cursor = null;
        do
        {
            var response = await Api.GetAsync($"{path}{separator}limit=100{(cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor))}");
            response.Status.Should().Be(HttpStatusCode.OK, response.Body);
            items.AddRange(response.Data.EnumerateArray());
            var pagination = response.Meta.GetProperty("pagination");
            cursor = pagination.Flag("has_more") ? pagination.Text("next_cursor") : null;
        }
        while (cursor is not null);
        return items;
    }

    /// <summary>
    /// Checks a subscriber's books: the ledger sums (debits − credits) to the balance endpoint's balance and each entry's
    /// balance_after is the running sum; balance = outstanding − credit; every invoice has
    /// amount_due = total − amount_paid − amount_credited (0 when void) and a status that fits it; the payments'
    /// allocations add up to each invoice's amount_paid; every payment has allocations + unapplied + refunded = amount;
    /// no amount is negative; the subscriber's own balance summary equals the endpoint's.
    /// </summary>
    public async Task BooksAreConsistentAsync(string subscriberId)
    {
        var balance = await GetAsync($"/api/v1/subscribers/{subscriberId}/balance");
        var ledger = (await AllAsync($"/api/v1/transactions?subscriber_id={subscriberId}")).Reverse().ToList();
        var invoices = await AllAsync($"/api/v1/invoices?subscriber_id={subscriberId}");
        var payments = await AllAsync($"/api/v1/payments?subscriber_id={subscriberId}");

        var running = 0L;
        foreach (var entry in ledger)
        {
            entry.Long("amount").Should().BeGreaterThanOrEqualTo(0);
            running += entry.Text("type") == "debit" ? entry.Long("amount") : -entry.Long("amount");
            entry.Long("balance_after").Should().Be(running, "balance_after is the running sum of the ledger ({0})", entry.Text("id"));
        }

        balance.Long("balance").Should().Be(running, "the ledger sums to the balance");
        var paidByAllocations = payments.SelectMany(p => p.Items("allocations"))
            .GroupBy(a => a.Text("invoice_id")!)
            .ToDictionary(g => g.Key, g => g.Sum(a => a.Long("amount")));
        var outstanding = 0L;
        foreach (var invoice in invoices)
        {
            var status = invoice.Text("status");
            foreach (var field in new[] { "subtotal", "tax", "total", "amount_paid", "amount_credited", "amount_due" })
            {
                invoice.Long(field).Should().BeGreaterThanOrEqualTo(0, field);
            }

            var expectedDue = status == "void" ? 0 : invoice.Long("total") - invoice.Long("amount_paid") - invoice.Long("amount_credited");
            invoice.Long("amount_due").Should().Be(expectedDue, "amount_due = total − amount_paid − amount_credited ({0})", invoice.Text("id"));
            invoice.Long("amount_paid").Should().Be(paidByAllocations.GetValueOrDefault(invoice.Text("id")!), "allocations add up to amount_paid");
            invoice.Long("total").Should().Be(invoice.Long("subtotal") + invoice.Long("tax"));
            if (status is "open" or "uncollectible")
            {
                invoice.Long("amount_due").Should().BePositive("an open invoice owes something; at 0 it is paid");
                outstanding += invoice.Long("amount_due");
            }
            else if (status == "paid")
            {
                invoice.Long("amount_due").Should().Be(0);
            }
        }

        var credit = 0L;
        foreach (var payment in payments)
        {
            var allocated = payment.Items("allocations").Sum(a => a.Long("amount"));
            payment.Items("allocations").Should().NotContain(a => a.Long("amount") <= 0);
            payment.Long("unapplied_amount").Should().BeGreaterThanOrEqualTo(0);
            (allocated + payment.Long("unapplied_amount") + payment.Long("refunded_amount")).Should().Be(payment.Long("amount"), "a payment's parts add up ({0})", payment.Text("id"));
            credit += payment.Long("unapplied_amount");
        }

        balance.Long("outstanding").Should().Be(outstanding);
        balance.Long("credit").Should().Be(credit);
        balance.Long("balance").Should().Be(outstanding - credit, "balance = outstanding − credit");
        (await GetAsync($"/api/v1/subscribers/{subscriberId}")).GetProperty("balance").GetRawText().Should().Be(balance.GetRawText());
    }

    /// <summary>The types of all recorded events, oldest first.</summary>
    public async Task<IReadOnlyList<string>> EventTypesAsync() =>
        (await AllAsync("/api/v1/events")).Select(e => e.Text("type")!).Reverse().ToList();
}
