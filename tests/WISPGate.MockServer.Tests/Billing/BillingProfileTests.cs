namespace WISPGate.MockServer.Tests.Billing;

/// <summary>Billing profiles: list, create with defaults, get.</summary>
public sealed class BillingProfileTests
{
    [Fact]
    public async Task The_demo_profile_is_listed_and_found()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var list = await api.GetAsync("/api/v1/billing-profiles");
        var one = await api.GetAsync("/api/v1/billing-profiles/bp_001");

        list.Ids.Should().Equal("bp_001");
        one.Data.Text("currency").Should().Be("USD");
        one.Data.Long("tax_rate_bps").Should().Be(825);
        (await api.GetAsync("/api/v1/billing-profiles/bp_002")).Status.Should().Be(HttpStatusCode.NotFound, "bp_002 belongs to the other tenant");
    }

    [Fact]
    public async Task A_profile_is_created_with_the_documented_defaults()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var created = await api.PostAsync("/api/v1/billing-profiles", new { name = "Business (EUR)", currency = "EUR" });
        var explicitly = await api.PostAsync("/api/v1/billing-profiles", new { name = "Rural", currency = "USD", billing_day = 15, payment_terms_days = 30, tax_rate_bps = 600 });

        created.Status.Should().Be(HttpStatusCode.Created);
        created.Header("Location").Should().Be($"/api/v1/billing-profiles/{created.DataString("id")}");
        created.Data.Long("billing_day").Should().Be(1);
        created.Data.Long("payment_terms_days").Should().Be(14);
        created.Data.Long("tax_rate_bps").Should().Be(0);
        explicitly.Data.Long("payment_terms_days").Should().Be(30);
        (await api.GetAsync("/api/v1/billing-profiles?currency=EUR")).Ids.Should().Equal(created.DataString("id"));
    }

    [Theory]
    [InlineData("""{"name":"X","currency":"USD","billing_day":29}""", 422, "billing_day")]
    [InlineData("""{"name":"X","currency":"usd"}""", 422, "currency")]
    [InlineData("""{"name":"X","currency":"USD","tax_rate_bps":10001}""", 422, "tax_rate_bps")]
    [InlineData("""{"currency":"USD"}""", 400, "name")]
    public async Task Bad_profiles_are_refused_by_the_contract(string body, int status, string field)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/billing-profiles", body);

        response.Code.Should().Be(status);
        response.ErrorField.Should().Be(field);
    }
}
