using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock.RequestBuilders;
using WISPGate.Sdk.Http;
using WISPGate.Sdk.Serialization;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.Serialization;

public sealed class SerializationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_unknown_status_and_extra_fields_deserialize()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/v1/subscribers/sub_1").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope("""
                {
                  "id": "sub_1", "external_id": null, "full_name": "Jane Doe", "status": "on_hold", "billing_profile_id": "bp_001",
                  "created_at": "2026-04-13T10:21:00Z", "loyalty_tier": "gold", "flags": { "vip": true, "tags": [1, 2] },
                  "address": { "line1": "101 Fiber Street", "city": "Austin", "geo": { "lat": 30.26 } }
                }
                """)));

        var subscriber = (await harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct)).Data;

        subscriber.Status.Should().Be(SubscriberStatus.Unknown);
        subscriber.Address!.Line1.Should().Be("101 Fiber Street");
    }

    [Theory]
    [InlineData("prospect", SubscriberStatus.Prospect)]
    [InlineData("active", SubscriberStatus.Active)]
    [InlineData("suspended", SubscriberStatus.Suspended)]
    [InlineData("cancelled", SubscriberStatus.Cancelled)]
    [InlineData("ACTIVE", SubscriberStatus.Active)]
    [InlineData("archived", SubscriberStatus.Unknown)]
    [InlineData("", SubscriberStatus.Unknown)]
    public void Subscriber_statuses_read_from_snake_case_and_unknown_ones_become_Unknown(string wire, SubscriberStatus expected) =>
        JsonSerializer.Deserialize($"\"{wire}\"", WispGateJsonContext.Default.SubscriberStatus).Should().Be(expected);

    [Fact]
    public void Unknown_roles_in_a_list_are_kept_as_Unknown()
    {
        var contact = JsonSerializer.Deserialize(
            """{ "id": "con_1", "subscriber_id": "sub_1", "name": "Ann", "roles": ["billing", "emergency"], "created_at": "2026-04-13T10:21:00Z", "preferred_channel": "sms" }""",
            WispGateJsonContext.Default.Contact)!;

        contact.Roles.Should().Equal(ContactRole.Billing, ContactRole.Unknown);
    }

    [Fact]
    public async Task A_response_missing_a_required_field_is_an_invalid_response_naming_it()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/v1/subscribers/sub_1").UsingGet())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope("""{ "id": "sub_1", "external_id": null, "billing_profile_id": null, "status": "active", "created_at": "2026-04-13T10:21:00Z" }""")));

        var call = () => harness.Client.Subscribers.GetAsync("sub_1", cancellationToken: Ct);

        var failure = (await call.Should().ThrowAsync<WISPGate.Sdk.Errors.WispGateApiException>()).Which;
        failure.Code.Should().Be("invalid_response");
        failure.Message.Should().Contain("full_name");
    }

    [Fact]
    public void A_status_that_is_not_a_string_is_malformed_json()
    {
        var read = () => JsonSerializer.Deserialize("3", WispGateJsonContext.Default.SubscriberStatus);

        read.Should().Throw<JsonException>().WithMessage("*string*SubscriberStatus*");
    }

    [Fact]
    public void Unknown_cannot_be_sent()
    {
        var write = () => JsonSerializer.Serialize(
            new CreateSubscriberRequest { FullName = "Jane", Status = SubscriberStatus.Unknown },
            WispGateJsonContext.Default.CreateSubscriberRequest);

        write.Should().Throw<JsonException>().WithMessage("*SubscriberStatus.Unknown*");
    }

    [Fact]
    public async Task The_seed_create_request_goes_out_in_exactly_the_seed_shape_and_the_seed_response_reads_back()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/v1/subscribers").UsingPost())
            .RespondWith(Stubs.JsonResponse(201, $$"""{ "success": true, "data": {{Json.SeedSubscriber}}, "meta": { "request_id": "req_92aa7d", "api_version": "v1" } }"""));

        var created = await harness.Client.Subscribers.CreateAsync(
            new CreateSubscriberRequest
            {
                ExternalId = "crm-23991",
                FullName = "Jane Doe",
                Email = "jane@example.com",
                Phone = "+15550001234",
                Status = SubscriberStatus.Prospect,
                BillingProfileId = "bp_001",
                Address = new Address { Line1 = "101 Fiber Street", City = "Austin", State = "TX", PostalCode = "78701" },
                Metadata = new Dictionary<string, string> { ["source"] = "website_signup", ["campaign"] = "spring_launch" },
            },
            cancellationToken: Ct);

        var sent = harness.Requests.Single();
        JsonNode.DeepEquals(JsonNode.Parse(sent.Body!), JsonNode.Parse(Json.SeedCreateRequest)).Should().BeTrue(sent.Body);
        sent.Headers!["Content-Type"].Single().Should().StartWith("application/json");
        created.Data.Should().BeEquivalentTo(new Subscriber
        {
            Id = "sub_000184",
            ExternalId = "crm-23991",
            FullName = "Jane Doe",
            Status = SubscriberStatus.Prospect,
            BillingProfileId = "bp_001",
            CreatedAt = new DateTimeOffset(2026, 4, 13, 10, 21, 0, TimeSpan.Zero),
        });
        created.RequestId.Should().Be("req_92aa7d");
    }

    [Fact]
    public async Task A_PATCH_sends_exactly_the_assigned_properties_and_null_clears()
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath("/api/v1/subscribers/sub_1").UsingPatch())
            .RespondWith(Stubs.JsonResponse(200, Json.Envelope(Json.Subscriber("sub_1"))));

        await harness.Client.Subscribers.UpdateAsync("sub_1", new UpdateSubscriberRequest { Email = "new@example.com", Phone = null }, cancellationToken: Ct);

        JsonNode.Parse(harness.Requests.Single().Body!)!.ToJsonString().Should().Be("""{"email":"new@example.com","phone":null}""");
    }

    [Fact]
    public void A_patch_copy_has_its_own_assignments_and_equal_patches_are_equal()
    {
        var original = new UpdateServiceRequest { StartDate = new DateOnly(2026, 6, 1) };
        var copy = original with { PriceOverride = null };

        JsonSerializer.Serialize(original, WispGateJson.Options).Should().Be("""{"start_date":"2026-06-01"}""");
        JsonSerializer.Serialize(copy, WispGateJson.Options).Should().Be("""{"start_date":"2026-06-01","price_override":null}""");
        copy.Should().NotBe(original);
        (original with { }).Should().Be(original);
        new UpdateServiceRequest { PriceOverride = null }.Should().NotBe(new UpdateServiceRequest());
        JsonSerializer.Serialize(new UpdateServiceRequest(), WispGateJson.Options).Should().Be("{}");
    }

    [Fact]
    public void A_patch_read_from_json_remembers_which_fields_it_carried()
    {
        var patch = JsonSerializer.Deserialize("""{ "email": null, "full_name": "Jane Roe" }""", WispGateJson.Options.GetTypeInfo(typeof(UpdateSubscriberRequest)))!;

        JsonSerializer.Serialize(patch, WispGateJson.Options).Should().Be("""{"full_name":"Jane Roe","email":null}""");
    }

    [Fact]
    public void Money_is_integer_minor_units_and_dates_are_ISO_dates()
    {
        var service = JsonSerializer.Deserialize(
            """
            { "id": "svc_1", "subscriber_id": "sub_1", "service_package_id": "pkg_1", "status": "active",
              "start_date": "2026-05-01", "price_override": { "amount": 4999, "currency": "USD" }, "devices": ["dev_1"],
              "created_at": "2026-04-13T10:21:00Z", "updated_at": "2026-04-13T10:21:00Z" }
            """,
            WispGateJsonContext.Default.Service)!;

        service.PriceOverride.Should().Be(new Money { Amount = 4999, Currency = "USD" });
        service.StartDate.Should().Be(new DateOnly(2026, 5, 1));
        JsonSerializer.Serialize(new CreateServiceRequest { SubscriberId = "sub_1", ServicePackageId = "pkg_1", PriceOverride = new Money { Amount = 1250, Currency = "EUR" }, StartDate = new DateOnly(2026, 6, 1) }, WispGateJson.Options)
            .Should().Be("""{"subscriber_id":"sub_1","service_package_id":"pkg_1","start_date":"2026-06-01","price_override":{"amount":1250,"currency":"EUR"}}""");
    }

    [Fact]
    public void A_fractional_amount_is_refused_rather_than_rounded()
    {
        var read = () => JsonSerializer.Deserialize("""{ "amount": 49.99, "currency": "USD" }""", WispGateJsonContext.Default.Money);

        read.Should().Throw<JsonException>();
    }

    [Fact]
    public void The_list_envelope_reads_its_pagination()
    {
        var envelope = JsonSerializer.Deserialize(
            Json.ListEnvelope([Json.Subscriber("sub_1")], "cur_2", hasMore: true, limit: 1),
            WispGateJsonContext.Default.ListEnvelopeSubscriber)!;

        envelope.Meta!.Pagination.Should().BeEquivalentTo(new Pagination { Limit = 1, NextCursor = "cur_2", HasMore = true });
    }
}
