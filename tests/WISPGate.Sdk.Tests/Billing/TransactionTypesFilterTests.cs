using WireMock.RequestBuilders;
using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Billing;

/// <summary>Issue #17: <see cref="TransactionListOptions.Types"/> is sent as one comma-separated <c>type</c>, united with <see cref="TransactionListOptions.Type"/>.</summary>
public sealed class TransactionTypesFilterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string?> Cases => new()
    {
        { "types", "debit,credit" },
        { "type", "credit" },
        { "both", "credit,debit" },
        { "overlap", "debit,credit" },
        { "empty", null },
        { "none", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_types_go_out_as_one_comma_separated_type_parameter(string setting, string? expectedType)
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/v1/transactions").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([], nextCursor: null, hasMore: false)));
        var options = setting switch
        {
            "types" => new TransactionListOptions { Types = [TransactionType.Debit, TransactionType.Credit] },
            "type" => new TransactionListOptions { Type = TransactionType.Credit },
            "both" => new TransactionListOptions { Type = TransactionType.Credit, Types = [TransactionType.Debit] },
            "overlap" => new TransactionListOptions { Type = TransactionType.Debit, Types = [TransactionType.Credit, TransactionType.Debit] },
            "empty" => new TransactionListOptions { Types = [] },
            _ => new TransactionListOptions(),
        };

        await harness.Client.Transactions.ListAsync(options, cancellationToken: Ct);

        var query = harness.Requests.Single().Query!;
        if (expectedType is null)
        {
            query.Should().NotContainKey("type");
        }
        else
        {
            query["type"].Should().Equal([expectedType]);
        }
    }

    [Fact]
    public async Task Unknown_is_no_filter_value()
    {
        using var harness = SdkHarness.Start();

        await FluentActions.Awaiting(() => harness.Client.Transactions.ListAsync(new TransactionListOptions { Types = [TransactionType.Unknown] }, cancellationToken: Ct))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*TransactionType.Unknown*");
        harness.Arrivals.Should().BeEmpty();
    }
}
