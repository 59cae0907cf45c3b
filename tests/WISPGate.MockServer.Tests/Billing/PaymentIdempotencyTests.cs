namespace WISPGate.MockServer.Tests.Billing;

/// <summary>Retried payment creations with one idempotency key record the payment once — also after a lost response.</summary>
public sealed class PaymentIdempotencyTests
{
    [Fact]
    public async Task A_retry_with_the_same_key_replays_the_first_payment()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        await billing.InvoiceAsync(subscriber, 1000);
        var body = new { subscriber_id = subscriber, amount = 2000, currency = "USD", method = "card", auto_apply = true };

        var first = await api.PostAsync("/api/v1/payments", body, Keys.Idempotency("pay-retry-1"));
        var retry = await api.PostAsync("/api/v1/payments", body, Keys.Idempotency("pay-retry-1"));
        var reused = await api.PostAsync("/api/v1/payments", body with { amount = 2001 }, Keys.Idempotency("pay-retry-1"));

        retry.Status.Should().Be(HttpStatusCode.Created);
        retry.Header("X-Idempotent-Replayed").Should().Be("true");
        retry.Body.Should().Be(first.Body);
        reused.ErrorCode.Should().Be("idempotency_key_reused");
        await RecordedOnceAsync(billing, subscriber, first.DataString("id")!);
    }

    [Fact]
    public async Task A_retry_after_a_lost_response_returns_the_payment_that_was_made()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        await billing.InvoiceAsync(subscriber, 1000);
        var body = new { subscriber_id = subscriber, amount = 2000, currency = "USD", method = "card", auto_apply = true };
        server.Faults.Add(new FaultRule { Method = "POST", Path = "/api/v1/payments", DropAfterCommit = true });

        var lost = () => api.PostAsync("/api/v1/payments", body, Keys.Idempotency("pay-lost-1"));
        await lost.Should().ThrowAsync<HttpRequestException>();
        var retry = await api.PostAsync("/api/v1/payments", body, Keys.Idempotency("pay-lost-1"));

        retry.Status.Should().Be(HttpStatusCode.Created);
        retry.Header("X-Idempotent-Replayed").Should().Be("true");
        await RecordedOnceAsync(billing, subscriber, retry.DataString("id")!);
    }

    [Fact]
    public async Task A_retry_after_a_failure_before_anything_happened_records_the_payment_once()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var subscriber = await billing.NewSubscriberAsync();
        var body = new { subscriber_id = subscriber, amount = 700, currency = "USD", method = "cash" };
        server.Faults.Add(new FaultRule { Method = "POST", Path = "/api/v1/payments", Status = 503, RetryAfterSeconds = 1 });

        var failed = await api.PostAsync("/api/v1/payments", body, Keys.Idempotency("pay-503-1"));
        var retry = await api.PostAsync("/api/v1/payments", body, Keys.Idempotency("pay-503-1"));

        failed.Code.Should().Be(503);
        retry.Status.Should().Be(HttpStatusCode.Created);
        retry.Header("X-Idempotent-Replayed").Should().BeNull("the failed attempt did nothing and was not stored");
        await RecordedOnceAsync(billing, subscriber, retry.DataString("id")!);
    }

    private static async Task RecordedOnceAsync(BillingApi billing, string subscriber, string paymentId)
    {
        (await billing.AllAsync($"/api/v1/payments?subscriber_id={subscriber}")).Select(p => p.Text("id")).Should().Equal(paymentId);
        (await billing.AllAsync($"/api/v1/transactions?subscriber_id={subscriber}&source=payment")).Should().ContainSingle();
        (await billing.EventTypesAsync()).Count(t => t == "payment.received").Should().Be(1);
        await billing.BooksAreConsistentAsync(subscriber);
    }
}
