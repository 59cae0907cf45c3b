namespace WISPGate.MockServer.Tests.Robustness;

/// <summary>
/// Values the contract's formats allow on paper but the server cannot represent — year 0000, an offset that moves an
/// instant out of years 1–9999, a leap second, integers beyond 64 bits — are the client's input: 400
/// <c>invalid_parameter</c> for a parameter, 422 <c>validation_error</c> for a body field, each naming it; never 500.
/// The check is the contract's format, so every date-time parameter of every operation is covered (found by reading
/// the contract, not listed here).
/// </summary>
public sealed class OutOfRangeInputTests
{
    /// <summary>Date-times that match RFC 3339's grammar but are no .NET instant.</summary>
    public static TheoryData<string> UnrepresentableDateTimes => new()
    {
        "0000-01-01T00:00:00Z",
        "0001-01-01T00:00:00+01:00",
        "9999-12-31T23:59:59-01:00",
        "2026-01-01T23:59:60Z",
        "2026-01-01_00:00:00Z",
    };

    [Theory]
    [MemberData(nameof(UnrepresentableDateTimes))]
    public async Task An_unrepresentable_date_time_query_parameter_is_400_invalid_parameter_on_every_list(string value)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var parameters = DateTimeQueryParameters();
        parameters.Should().HaveCountGreaterThanOrEqualTo(18, "nine list operations take created_after and created_before");

        foreach (var (path, name) in parameters)
        {
            var response = await api.GetAsync($"{path}?{name}={Uri.EscapeDataString(value)}");

            response.Status.Should().Be(HttpStatusCode.BadRequest, $"{path}?{name}={value}: {response.Body}");
            response.ErrorCode.Should().Be("invalid_parameter");
            response.ErrorField.Should().Be(name);
        }
    }

    [Theory]
    [MemberData(nameof(UnrepresentableDateTimes))]
    public async Task An_unrepresentable_received_at_of_createPayment_is_422_naming_the_field(string value)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/payments", new { subscriber_id = "sub_000179", amount = 100, currency = "USD", method = "cash", received_at = value });

        response.Status.Should().Be(HttpStatusCode.UnprocessableEntity, response.Body);
        response.ErrorCode.Should().Be("validation_error");
        response.ErrorField.Should().Be("received_at");
        response.Error.GetProperty("details")[0].GetProperty("code").GetString().Should().Be("format");
    }

    [Theory]
    [MemberData(nameof(UnrepresentableDateTimes))]
    public async Task An_unrepresentable_received_after_of_reconcilePayments_is_422_naming_the_field(string value)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/payments/reconcile", new { received_after = value });

        response.Status.Should().Be(HttpStatusCode.UnprocessableEntity, response.Body);
        response.ErrorCode.Should().Be("validation_error");
        response.ErrorField.Should().Be("received_after");
    }

    [Fact]
    public async Task Representable_edge_date_times_are_still_accepted()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        (await api.GetAsync("/api/v1/events?created_after=0001-01-01T00:00:00Z")).Status.Should().Be(HttpStatusCode.OK);
        (await api.GetAsync($"/api/v1/events?created_before={Uri.EscapeDataString("9999-12-31T23:59:59+01:00")}")).Status.Should().Be(HttpStatusCode.OK);
        var payment = await api.PostAsync("/api/v1/payments", new { subscriber_id = "sub_000179", amount = 100, currency = "USD", method = "cash", received_at = "2026-04-13T12:21:00.1234567+02:00" });
        payment.Status.Should().Be(HttpStatusCode.Created, payment.Body);
        payment.DataString("received_at").Should().Be("2026-04-13T10:21:00Z");
    }

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("1e400")]
    [InlineData("123456789012345678901234567890")]
    public async Task An_integer_beyond_64_bits_in_the_body_is_422_naming_the_field(string amount)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/payments", $$"""{"subscriber_id":"sub_000179","amount":{{amount}},"currency":"USD","method":"cash"}""");

        response.Status.Should().Be(HttpStatusCode.UnprocessableEntity, response.Body);
        response.ErrorCode.Should().Be("validation_error");
        response.ErrorField.Should().Be("amount");
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e30")]
    [InlineData("79228162514264337593543950336")]
    public async Task A_number_beyond_the_schema_librarys_range_anywhere_in_a_body_is_422_naming_it_not_500(string number)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        // roles is uniqueItems, whose comparison used to throw FormatException on such a number.
        var response = await api.PostAsync("/api/v1/subscribers/sub_000178/contacts", $$"""{"name":"John Doe","roles":[{{number}}]}""");

        response.Status.Should().Be(HttpStatusCode.UnprocessableEntity, response.Body);
        response.ErrorCode.Should().Be("validation_error");
        response.ErrorField.Should().Be("roles[0]");
        response.Error.GetProperty("details")[0].GetProperty("code").GetString().Should().Be("out_of_range");
    }

    [Theory]
    [InlineData("99999999999999999999")]
    [InlineData("-99999999999999999999")]
    [InlineData("2147483648")]
    [InlineData("1e2")]
    public async Task A_limit_beyond_its_range_is_400_invalid_parameter(string limit)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.GetAsync($"/api/v1/events?limit={limit}");

        response.Status.Should().Be(HttpStatusCode.BadRequest, response.Body);
        response.ErrorCode.Should().Be("invalid_parameter");
        response.ErrorField.Should().Be("limit");
    }

    // Every (list path, parameter name) of the contract whose query parameter is a date-time.
    private static List<(string Path, string Name)> DateTimeQueryParameters()
    {
        var found = new List<(string, string)>();
        foreach (var path in ContractFile.Root.GetProperty("paths").EnumerateObject().Where(p => !p.Name.Contains('{', StringComparison.Ordinal)))
        {
            if (!path.Value.TryGetProperty("get", out var operation) || !operation.TryGetProperty("parameters", out var parameters))
            {
                continue;
            }

            foreach (var parameter in parameters.EnumerateArray().Select(p => p.TryGetProperty("$ref", out var r) ? ContractFile.ResolveElement(r.GetString()!.TrimStart('#')) : p))
            {
                var schema = parameter.GetProperty("schema");
                if (parameter.GetProperty("in").GetString() == "query" && schema.TryGetProperty("format", out var format) && format.GetString() == "date-time")
                {
                    found.Add((path.Name, parameter.GetProperty("name").GetString()!));
                }
            }
        }

        return found;
    }
}
