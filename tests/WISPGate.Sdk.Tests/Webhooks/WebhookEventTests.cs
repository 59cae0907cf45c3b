using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using WISPGate.Sdk.Provisioning;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Support;
using WISPGate.Sdk.Webhooks;

namespace WISPGate.Sdk.Tests.Webhooks;

/// <summary><see cref="WebhookSignatureVerifier.ConstructEvent(string, string?, string)"/>: verify first, then a typed event per resource family.</summary>
public sealed class WebhookEventTests
{
    private const string Secret = "whsec_test_0123456789";
    private static readonly DateTimeOffset Now = new(2026, 4, 13, 10, 21, 0, TimeSpan.Zero);

    private readonly WebhookSignatureVerifier _verifier = new(new WebhookVerifierOptions { TimeProvider = new FakeTimeProvider(Now) });

    public static TheoryData<string, string, Type> TypedFamilies => new()
    {
        { "subscriber.suspended", """{ "id": "sub_1", "external_id": null, "full_name": "Jane Doe", "status": "suspended", "billing_profile_id": null, "created_at": "2026-04-13T10:21:00Z" }""", typeof(Subscriber) },
        { "service.package_changed", """{ "id": "svc_1", "subscriber_id": "sub_1", "service_package_id": "pkg_200", "status": "active", "devices": [], "created_at": "2026-04-13T10:21:00Z", "updated_at": "2026-04-13T10:21:00Z" }""", typeof(Service) },
        { "session.disconnected", """{ "id": "ses_1", "acct_session_id": "8100001A", "username": "svc_1@wisp", "service_id": "svc_1", "status": "closed", "nas_ip_address": "10.0.0.1", "started_at": "2026-04-13T09:00:00Z", "stopped_at": "2026-04-13T10:21:00Z", "input_octets": 1, "output_octets": 2, "terminate_cause": "Admin-Reset" }""", typeof(Session) },
        { "provisioning_job.failed", """{ "id": "job_1", "action": "coa_session", "target_id": "ses_1", "status": "nak", "error_cause": 503, "attempts": 1, "created_at": "2026-04-13T10:21:00Z", "updated_at": "2026-04-13T10:21:00Z" }""", typeof(ProvisioningJob) },
        { "ticket.commented", """{ "id": "tkt_1", "subject": "No signal", "description": "Down", "status": "open", "priority": "normal", "comment_count": 1, "created_at": "2026-04-13T10:21:00Z", "updated_at": "2026-04-13T10:21:00Z" }""", typeof(Ticket) },
        { "notification.sent", """{ "id": "ntf_1", "subscriber_id": "sub_1", "channel": "email", "template": "welcome", "status": "sent", "created_at": "2026-04-13T10:21:00Z" }""", typeof(Notification) },
    };

    [Theory]
    [MemberData(nameof(TypedFamilies))]
    public void A_verified_event_carries_its_object_as_the_model_of_its_type(string type, string objectJson, Type model)
    {
        var body = EventBody(type, objectJson);

        var evt = _verifier.ConstructEvent(body, Sign(body), Secret);

        evt.Type.Should().Be(type);
        evt.Id.Should().Be("evt_1");
        evt.TenantId.Should().Be("tenant_demo_001");
        evt.CreatedAt.Should().Be(Now);
        evt.Data.Object.Should().BeOfType(model);
        JsonNode.DeepEquals(JsonNode.Parse(evt.Data.RawObject.GetRawText()), JsonNode.Parse(objectJson)).Should().BeTrue("the raw JSON stays available");
    }

    [Fact]
    public void Typed_objects_carry_their_values()
    {
        var body = EventBody("provisioning_job.failed", """{ "id": "job_1", "action": "coa_session", "target_id": "ses_1", "status": "nak", "error_cause": 503, "attempts": 1, "created_at": "2026-04-13T10:21:00Z", "updated_at": "2026-04-13T10:21:00Z" }""");

        var evt = _verifier.ConstructEvent(Encoding.UTF8.GetBytes(body), Sign(body), Secret);

        evt.KnownType.Should().Be(EventType.ProvisioningJobFailed);
        evt.Data.Object.Should().BeOfType<ProvisioningJob>().Which.Should().Match<ProvisioningJob>(job =>
            job.Action == ProvisioningAction.CoaSession && job.Status == ProvisioningJobStatus.Nak && job.ErrorCause == 503);
    }

    [Fact]
    public void The_contracts_webhook_example_reads_as_a_subscriber_created_event()
    {
        var contract = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "wispgate-v1.openapi.json")))!;
        var body = contract["webhooks"]!["event"]!["post"]!["requestBody"]!["content"]!["application/json"]!["examples"]!["example"]!["value"]!.ToJsonString();

        var evt = _verifier.ConstructEvent(body, Sign(body), Secret);

        evt.KnownType.Should().Be(EventType.SubscriberCreated);
        evt.Data.Object.Should().BeOfType<Subscriber>().Which.Should().Match<Subscriber>(subscriber =>
            subscriber.Id == "sub_000184" && subscriber.ExternalId == "crm-23991" && subscriber.Status == SubscriberStatus.Prospect);
    }

    [Fact]
    public void An_unknown_event_type_parses_with_only_the_raw_json()
    {
        var body = EventBody("workflow.triggered", """{ "id": "wfl_1", "steps": [1, 2] }""");

        var evt = _verifier.ConstructEvent(body, Sign(body), Secret);

        evt.Type.Should().Be("workflow.triggered");
        evt.KnownType.Should().Be(EventType.Unknown);
        evt.Data.Object.Should().BeNull();
        evt.Data.RawObject.GetProperty("id").GetString().Should().Be("wfl_1");
    }

    [Fact]
    public void A_ping_has_an_empty_object_and_no_model()
    {
        var body = EventBody("ping", "{}");

        var evt = _verifier.ConstructEvent(body, Sign(body), Secret);

        evt.KnownType.Should().Be(EventType.Ping);
        evt.Data.Object.Should().BeNull();
    }

    [Fact]
    public void An_object_that_does_not_match_its_model_keeps_the_event_readable_through_the_raw_json()
    {
        var body = EventBody("subscriber.updated", """{ "id": "sub_1", "renamed_everything": true }""");

        var evt = _verifier.ConstructEvent(body, Sign(body), Secret);

        evt.KnownType.Should().Be(EventType.SubscriberUpdated);
        evt.Data.Object.Should().BeNull();
        evt.Data.RawObject.GetProperty("renamed_everything").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void A_tampered_body_is_rejected_before_it_is_parsed()
    {
        var body = EventBody("subscriber.created", """{ "id": "sub_1" }""");
        var header = Sign(body);

        var act = () => _verifier.ConstructEvent("{ this is not even JSON", header, Secret);

        act.Should().Throw<WebhookSignatureException>().Which.Failure.Should().Be(WebhookSignatureFailure.SignatureMismatch,
            "the signature is checked first: a tampered body never reaches the JSON reader");
    }

    [Fact]
    public void A_stale_delivery_is_rejected_before_it_is_parsed()
    {
        var body = "not an event at all";
        var header = WebhookSignature.ComputeHeader(body, Now.AddMinutes(-6), Secret);

        var act = () => _verifier.ConstructEvent(body, header, Secret);

        act.Should().Throw<WebhookSignatureException>().Which.Failure.Should().Be(WebhookSignatureFailure.TimestampTooOld);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("""{ "hello": "world" }""")]
    [InlineData("""{ "id": "evt_1", "type": "subscriber.created", "created_at": "yesterday", "tenant_id": "t", "data": { "object": {} } }""")]
    public void A_signed_body_that_is_not_an_event_fails_with_a_clear_reason(string body)
    {
        var act = () => _verifier.ConstructEvent(body, Sign(body), Secret);

        var failure = act.Should().Throw<WebhookSignatureException>().Which;
        failure.Failure.Should().Be(WebhookSignatureFailure.InvalidEvent);
        failure.Message.Should().StartWith("The webhook body is signed correctly but is not a WISPGate event");
    }

    private static string EventBody(string type, string objectJson) =>
        """{"id":"evt_1","type":""" + JsonValue.Create(type).ToJsonString() + ""","created_at":"2026-04-13T10:21:00Z","tenant_id":"tenant_demo_001","data":{"object":""" + objectJson + "}}";

    private static string Sign(string body) => WebhookSignature.ComputeHeader(body, Now, Secret);
}
