namespace WISPGate.MockServer.Tests.Billing;

/// <summary>The ledger: transactions with filters and balance_after; balances derived from it.</summary>
public sealed class LedgerTests
{
    [Fact]
    public async Task The_demo_books_are_consistent()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var billing = new BillingApi(api);

        foreach (var subscriber in new[] { "sub_000178", "sub_000179", "sub_000180", "sub_000181", "sub_000182" })
        {
            await billing.BooksAreConsistentAsync(subscriber);
        }

        var maria = await billing.GetAsync("/api/v1/subscribers/sub_000178/balance");
        maria.Long("balance").Should().Be(-1341, "pay_000002 overpaid March by 1341");
        maria.Long("credit").Should().Be(1341);
        maria.Long("outstanding").Should().Be(0);
        maria.Text("currency").Should().Be("USD");
    }

    [Fact]
    public async Task Transactions_are_listed_newest_first_with_filters()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        (await api.GetAsync("/api/v1/transactions")).Ids.Should().Equal("txn_000007", "txn_000006", "txn_000005", "txn_000004", "txn_000003", "txn_000002", "txn_000001");
        (await api.GetAsync("/api/v1/transactions?subscriber_id=sub_000180")).Ids.Should().Equal("txn_000007", "txn_000006", "txn_000003");
        (await api.GetAsync("/api/v1/transactions?type=debit")).Ids.Should().Equal("txn_000004", "txn_000003", "txn_000001");
        (await api.GetAsync("/api/v1/transactions?source=credit_note,refund")).Ids.Should().Equal("txn_000006");
        (await api.GetAsync("/api/v1/transactions?created_before=2026-03-01T00:00:00Z")).Ids.Should().Equal("txn_000002", "txn_000001");
        (await api.GetAsync("/api/v1/transactions?limit=2")).Meta.GetProperty("pagination").Flag("has_more").Should().BeTrue();
        (await api.GetAsync("/api/v1/transactions?type=sideways")).ErrorCode.Should().Be("invalid_parameter");
        (await api.GetAsync("/api/v1/transactions?type=debit,credit")).Ids.Should().HaveCount(7, "type takes a comma-separated list like the other enum filters");
        (await api.GetAsync("/api/v1/transactions?type=debit,sideways")).ErrorCode.Should().Be("invalid_parameter");
    }

    [Fact]
    public async Task Another_tenants_books_are_invisible()
    {
        await using var server = await MockServers.StartAsync();
        using var partner = new ApiClient(server, server.DemoTokens.Partner);
        var tenant = Keys.Tenant(server.DemoTokens.SecondTenant);

        (await partner.GetAsync("/api/v1/transactions", tenant)).Ids.Should().BeEmpty();
        (await partner.GetAsync("/api/v1/invoices", tenant)).Ids.Should().BeEmpty();
        (await partner.GetAsync("/api/v1/invoices/inv_000001", tenant)).Status.Should().Be(HttpStatusCode.NotFound);
        (await partner.GetAsync("/api/v1/payments/pay_000001", tenant)).Status.Should().Be(HttpStatusCode.NotFound);
        (await partner.GetAsync("/api/v1/billing-profiles", tenant)).Ids.Should().Equal("bp_002");
    }

    [Fact]
    public async Task A_read_only_token_reads_the_books_but_cannot_write_them()
    {
        await using var server = await MockServers.StartAsync();
        using var reader = new ApiClient(server, server.DemoTokens.ReadOnly);

        (await reader.GetAsync("/api/v1/transactions")).Status.Should().Be(HttpStatusCode.OK);
        (await reader.PostAsync("/api/v1/payments", new { amount = 1, currency = "USD", method = "cash" })).ErrorCode.Should().Be("insufficient_scope");
    }
}
