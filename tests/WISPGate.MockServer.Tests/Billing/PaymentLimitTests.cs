namespace WISPGate.MockServer.Tests.Billing;

/// <summary>
/// The edges of a payment's money: the largest amount the server takes (10^15 minor units) and one unit more, allocations
/// that use up exactly the money available, and what the refusals of too much say.
/// </summary>
public sealed class PaymentLimitTests
{
    private const long MaxAmount = 1_000_000_000_000_000;

    [Fact]
    public async Task A_payment_of_the_largest_amount_is_recorded_and_one_minor_unit_more_is_422_amount_too_large()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var largest = await api.PostAsync("/api/v1/payments", new { amount = MaxAmount, currency = "USD", method = "bank_transfer" });
        var tooLarge = await api.PostAsync("/api/v1/payments", new { amount = MaxAmount + 1, currency = "USD", method = "bank_transfer" });

        largest.Status.Should().Be(HttpStatusCode.Created);
        largest.Data.Long("amount").Should().Be(MaxAmount);
        tooLarge.Code.Should().Be(422);
        var detail = tooLarge.Error.Items("details").Should().ContainSingle().Subject;
        detail.Text("field").Should().Be("amount");
        detail.Text("code").Should().Be("amount_too_large");
        detail.Text("message").Should().Be("amount may be at most 1000000000000000 minor units.");
    }

    [Fact]
    public async Task Allocations_may_use_exactly_the_money_available()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var first = await billing.InvoiceAsync(subscriber, 1000);    // 1083 due
        var second = await billing.InvoiceAsync(subscriber, 1000);   // 1083 due

        var response = await api.PostAsync("/api/v1/payments", new
        {
            subscriber_id = subscriber, amount = 1500, currency = "USD", method = "card",
            allocations = new[] { new { invoice_id = first.Text("id"), amount = 1000 }, new { invoice_id = second.Text("id"), amount = 500 } },
        });

        response.Status.Should().Be(HttpStatusCode.Created);
        response.Data.Long("unapplied_amount").Should().Be(0);
        await billing.BooksAreConsistentAsync(subscriber);
    }

    [Fact]
    public async Task Refusals_of_too_much_say_how_much_there_is()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var invoice = await billing.InvoiceAsync(subscriber, 1000);   // 1083 due
        var id = invoice.Text("id");

        var beyondAvailable = await api.PostAsync("/api/v1/payments", new
        {
            subscriber_id = subscriber, amount = 500, currency = "USD", method = "card",
            allocations = new[] { new { invoice_id = id, amount = 501 } },
        });
        var beyondDue = await api.PostAsync("/api/v1/payments", new
        {
            subscriber_id = subscriber, amount = 5000, currency = "USD", method = "card",
            allocations = new[] { new { invoice_id = id, amount = 1084 } },
        });

        var available = beyondAvailable.Error.Items("details").Should().ContainSingle().Subject;
        available.Text("code").Should().Be("exceeds_available");
        available.Text("message").Should().Be("The allocations add up to more than the 500 USD available.");
        var due = beyondDue.Error.Items("details").Should().ContainSingle().Subject;
        due.Text("code").Should().Be("exceeds_amount_due");
        due.Text("message").Should().Be($"Invoice {invoice.Text("number")} has 1083 USD due.");
    }
}
