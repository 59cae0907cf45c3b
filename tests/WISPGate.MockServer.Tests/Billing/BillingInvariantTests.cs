namespace WISPGate.MockServer.Tests.Billing;

/// <summary>
/// Property-style: random sequences of billing operations (a fixed seed, so every run is the same sequence), valid and
/// invalid alike, never break the books. After every few steps, for every subscriber: the ledger sums to the balance
/// endpoint, amount_due = total − amount_paid − amount_credited, allocations never exceed a payment or an invoice's
/// amount due, no amount is negative; every answer is a documented status validated against the contract; idempotent
/// retries of payment creation (plain and after a lost response) never record a payment twice.
/// </summary>
public sealed class BillingInvariantTests
{
    private const int Steps = 160;

    [Fact]
    public async Task Random_operation_sequences_keep_the_books_consistent()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);
        var random = new Random(1234);
        var subscribers = new List<string> { "sub_000178", await billing.NewSubscriberAsync(), await billing.NewSubscriberAsync() };
        var noProfile = await billing.NewSubscriberAsync(billingProfileId: null);
        subscribers.Add(noProfile);
        var subscription = (await api.PostAsync("/api/v1/subscriptions", new { subscriber_id = subscribers[1], service_id = await billing.NewServiceAsync(subscribers[1]) })).DataString("id")!;
        var invoices = new List<string>();
        var payments = new List<string>();
        var creditNotes = new List<string>();
        var outcomes = new Dictionary<int, int>();
        var replays = 0;

        for (var step = 0; step < Steps; step++)
        {
            var subscriber = subscribers[random.Next(subscribers.Count)];
            string Pick(List<string> ids) => ids.Count == 0 ? "inv_999999" : ids[random.Next(ids.Count)];
            object Allocations() => Enumerable.Range(0, random.Next(1, 3))
                .Select(_ => new { invoice_id = Pick(invoices), amount = (long)random.Next(1, 15000) }).ToArray();

            ApiResponse response;
            switch (random.Next(14))
            {
                case 0:
                case 1:
                    response = await api.PostAsync("/api/v1/invoices", new
                    {
                        subscriber_id = subscriber,
                        lines = Enumerable.Range(0, random.Next(1, 4)).Select(i => new { description = $"Line {i}", quantity = random.Next(1, 4), unit_amount = random.Next(0, 9000) }).ToArray(),
                        currency = subscriber == noProfile ? "USD" : null,
                        finalize = random.Next(10) < 7,
                    }.WithoutNulls());
                    Remember(response, invoices);
                    break;
                case 2:
                    response = await api.PostAsync($"/api/v1/invoices/{Pick(invoices)}/{new[] { "finalize", "void", "mark-uncollectible" }[random.Next(3)]}");
                    break;
                case 3:
                case 4:
                case 5:
                    var (payment, replayed) = await CreatePaymentAsync(api, server, random, subscriber, Allocations());
                    response = payment;
                    replays += replayed ? 1 : 0;
                    Remember(response, payments);
                    break;
                case 6:
                    response = await api.PostAsync(
                        $"/api/v1/payments/{Pick(payments)}/apply",
                        random.Next(2) == 0 ? new { auto_apply = true } : new { allocations = Allocations() });
                    break;
                case 7:
                    response = random.Next(3) == 0
                        ? await api.PostAsync($"/api/v1/payments/{Pick(payments)}/refund")
                        : await api.PostAsync($"/api/v1/payments/{Pick(payments)}/refund", new { amount = random.Next(1, 20000) });
                    break;
                case 8:
                case 9:
                    response = await api.PostAsync("/api/v1/credit-notes", new { invoice_id = Pick(invoices), amount = random.Next(1, 6000), reason = "Random credit" });
                    Remember(response, creditNotes);
                    break;
                case 10:
                    response = await api.PostAsync($"/api/v1/credit-notes/{Pick(creditNotes)}/void");
                    break;
                case 11:
                    response = await api.PostAsync("/api/v1/payments/reconcile", random.Next(2) == 0 ? null : new { subscriber_id = subscriber });
                    break;
                case 12:
                    response = await api.PostAsync($"/api/v1/subscriptions/{subscription}/invoice-now");
                    Remember(response, invoices);
                    break;
                default:
                    server.Clock.Advance(TimeSpan.FromDays(random.Next(1, 25)));
                    invoices = (await billing.AllAsync("/api/v1/invoices")).Select(i => i.Text("id")!).ToList();
                    response = await api.GetAsync("/api/v1/invoices?overdue=true");
                    break;
            }

            response.Code.Should().BeOneOf([200, 201, 202, 404, 409, 422], $"step {step}: {response.Body}");
            outcomes[response.Code] = outcomes.GetValueOrDefault(response.Code) + 1;
            if (step % 8 == 7 || step == Steps - 1)
            {
                foreach (var each in subscribers)
                {
                    await billing.BooksAreConsistentAsync(each);
                }

                await UnidentifiedPaymentsAddUpAsync(billing);
            }
        }

        outcomes.Keys.Should().Contain([200, 201, 202, 409, 422], "the sequence exercises successes and both kinds of refusal");
        replays.Should().BePositive("the sequence retries payment creations");
        (await billing.AllAsync("/api/v1/payments")).Select(p => p.Text("id")).Should().OnlyHaveUniqueItems();
    }

    /// <summary>
    /// Creates a payment in one of several shapes; some are sent with an idempotency key and retried (one in three of
    /// those after a lost response), and the retry must replay the same payment.
    /// </summary>
    private static async Task<(ApiResponse Response, bool Replayed)> CreatePaymentAsync(
        ApiClient api, WispGateMockServer server, Random random, string subscriber, object allocations)
    {
        var amount = random.Next(1, 20000);
        object body = random.Next(5) switch
        {
            0 => new { subscriber_id = subscriber, amount, currency = "USD", method = "card", auto_apply = true },
            1 => new { subscriber_id = subscriber, amount, currency = "USD", method = "ach", allocations },
            2 => new { amount, currency = "USD", method = "bank_transfer", reference = $"INV-{random.Next(1, 40):D6}" },
            3 => new { subscriber_id = subscriber, amount, currency = random.Next(4) == 0 ? "EUR" : "USD", method = "cash" },
            _ => new { subscriber_id = subscriber, amount, currency = "USD", method = "check", allocations, auto_apply = true },
        };
        if (random.Next(3) != 0)
        {
            return (await api.PostAsync("/api/v1/payments", body), false);
        }

        var key = Keys.Idempotency($"invariant-{Guid.NewGuid():N}");
        ApiResponse first;
        if (random.Next(3) == 0)
        {
            server.Faults.Add(new FaultRule { Method = "POST", Path = "/api/v1/payments", DropAfterCommit = true });
            var lost = () => api.PostAsync("/api/v1/payments", body, key);
            await lost.Should().ThrowAsync<HttpRequestException>();
            first = await api.PostAsync("/api/v1/payments", body, key);
            first.Header("X-Idempotent-Replayed").Should().Be("true", "the lost response was stored");
        }
        else
        {
            first = await api.PostAsync("/api/v1/payments", body, key);
        }

        var retry = await api.PostAsync("/api/v1/payments", body, key);
        retry.Code.Should().Be(first.Code);
        retry.Body.Should().Be(first.Body, "a retry replays the first answer");
        retry.Header("X-Idempotent-Replayed").Should().Be("true");
        return (first, true);
    }

    private static void Remember(ApiResponse response, List<string> ids)
    {
        if (response.Code is 201)
        {
            ids.Add(response.DataString("id")!);
        }
    }

    private static async Task UnidentifiedPaymentsAddUpAsync(BillingApi billing)
    {
        foreach (var payment in (await billing.AllAsync("/api/v1/payments")).Where(p => p.GetProperty("subscriber_id").ValueKind == JsonValueKind.Null))
        {
            payment.Items("allocations").Should().BeEmpty("a payment gets its subscriber before its first allocation");
            (payment.Long("unapplied_amount") + payment.Long("refunded_amount")).Should().Be(payment.Long("amount"));
            payment.Long("unapplied_amount").Should().BeGreaterThanOrEqualTo(0);
        }
    }
}
