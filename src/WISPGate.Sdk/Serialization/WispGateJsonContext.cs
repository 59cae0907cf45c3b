using System.Text.Json.Serialization;
using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Http;
using WISPGate.Sdk.Identity;
using WISPGate.Sdk.Provisioning;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Support;
using WISPGate.Sdk.Webhooks;

namespace WISPGate.Sdk.Serialization;

/// <summary>
/// The source-generated JSON metadata of every type the SDK sends or receives (trim/AOT safe, no
/// reflection): snake_case names, unset properties left out (a PATCH sends only what changes),
/// unknown fields ignored. Enums read unknown values as <c>Unknown</c> through their
/// <see cref="TolerantEnumConverter{TEnum}"/>. A new area adds its envelopes and requests here.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(ApiEnvelope<Subscriber>))]
[JsonSerializable(typeof(ListEnvelope<Subscriber>))]
[JsonSerializable(typeof(ApiEnvelope<Contact>))]
[JsonSerializable(typeof(ListEnvelope<Contact>))]
[JsonSerializable(typeof(ApiEnvelope<SubscriberBalance>))]
[JsonSerializable(typeof(ApiEnvelope<Service>))]
[JsonSerializable(typeof(ListEnvelope<Service>))]
[JsonSerializable(typeof(CreateSubscriberRequest))]
[JsonSerializable(typeof(UpdateSubscriberRequest))]
[JsonSerializable(typeof(SuspendSubscriberRequest))]
[JsonSerializable(typeof(CancelSubscriberRequest))]
[JsonSerializable(typeof(CreateContactRequest))]
[JsonSerializable(typeof(CreateServiceRequest))]
[JsonSerializable(typeof(UpdateServiceRequest))]
// Network & Provisioning, Automation & Support (one partial declaration only: the generator does not merge attributes across partials)
[JsonSerializable(typeof(ApiEnvelope<ServicePackage>))]
[JsonSerializable(typeof(ListEnvelope<ServicePackage>))]
[JsonSerializable(typeof(CreateServicePackageRequest))]
[JsonSerializable(typeof(UpdateServicePackageRequest))]
[JsonSerializable(typeof(ServiceActionRequest))]
[JsonSerializable(typeof(ChangeServicePackageRequest))]
[JsonSerializable(typeof(BindDeviceRequest))]
[JsonSerializable(typeof(ApiEnvelope<AaaAccount>))]
[JsonSerializable(typeof(ApiEnvelope<ProvisioningJob>))]
[JsonSerializable(typeof(ListEnvelope<ProvisioningJob>))]
[JsonSerializable(typeof(ApiEnvelope<Session>))]
[JsonSerializable(typeof(ListEnvelope<Session>))]
[JsonSerializable(typeof(SessionCoaRequest))]
[JsonSerializable(typeof(ApiEnvelope<Device>))]
[JsonSerializable(typeof(ListEnvelope<Device>))]
[JsonSerializable(typeof(CreateDeviceRequest))]
[JsonSerializable(typeof(UpdateDeviceRequest))]
[JsonSerializable(typeof(ListEnvelope<ShapedDevice>))]
[JsonSerializable(typeof(List<LibreQosShapedDevice>))]
[JsonSerializable(typeof(IReadOnlyList<LibreQosShapedDevice>))]
[JsonSerializable(typeof(ApiEnvelope<ShapedDevice>))]
[JsonSerializable(typeof(ApiEnvelope<Ticket>))]
[JsonSerializable(typeof(ListEnvelope<Ticket>))]
[JsonSerializable(typeof(CreateTicketRequest))]
[JsonSerializable(typeof(UpdateTicketRequest))]
[JsonSerializable(typeof(ApiEnvelope<TicketComment>))]
[JsonSerializable(typeof(ListEnvelope<TicketComment>))]
[JsonSerializable(typeof(CreateTicketCommentRequest))]
[JsonSerializable(typeof(Event))]
[JsonSerializable(typeof(ApiEnvelope<Event>))]
[JsonSerializable(typeof(ListEnvelope<Event>))]
[JsonSerializable(typeof(ApiEnvelope<Notification>))]
[JsonSerializable(typeof(ListEnvelope<Notification>))]
[JsonSerializable(typeof(CreateNotificationRequest))]
[JsonSerializable(typeof(ApiEnvelope<WebhookEndpoint>))]
[JsonSerializable(typeof(ListEnvelope<WebhookEndpoint>))]
[JsonSerializable(typeof(CreateWebhookEndpointRequest))]
[JsonSerializable(typeof(ApiEnvelope<WebhookDelivery>))]
[JsonSerializable(typeof(ListEnvelope<WebhookDelivery>))]
// Billing & Payments
[JsonSerializable(typeof(ApiEnvelope<BillingProfile>))]
[JsonSerializable(typeof(ListEnvelope<BillingProfile>))]
[JsonSerializable(typeof(ApiEnvelope<Subscription>))]
[JsonSerializable(typeof(ListEnvelope<Subscription>))]
[JsonSerializable(typeof(ApiEnvelope<Invoice>))]
[JsonSerializable(typeof(ListEnvelope<Invoice>))]
[JsonSerializable(typeof(ApiEnvelope<Payment>))]
[JsonSerializable(typeof(ListEnvelope<Payment>))]
[JsonSerializable(typeof(ApiEnvelope<Refund>))]
[JsonSerializable(typeof(ApiEnvelope<ReconciliationRun>))]
[JsonSerializable(typeof(ApiEnvelope<CreditNote>))]
[JsonSerializable(typeof(ListEnvelope<CreditNote>))]
[JsonSerializable(typeof(ListEnvelope<ReconciliationRun>))]
[JsonSerializable(typeof(ApiEnvelope<Transaction>))]
[JsonSerializable(typeof(ListEnvelope<Transaction>))]
[JsonSerializable(typeof(CreateBillingProfileRequest))]
[JsonSerializable(typeof(CreateSubscriptionRequest))]
[JsonSerializable(typeof(CreateInvoiceRequest))]
[JsonSerializable(typeof(CreatePaymentRequest))]
[JsonSerializable(typeof(ApplyPaymentRequest))]
[JsonSerializable(typeof(RefundPaymentRequest))]
[JsonSerializable(typeof(ReconcilePaymentsRequest))]
[JsonSerializable(typeof(CreateCreditNoteRequest))]
// Identity, API keys, bulk import, webhook endpoint changes
[JsonSerializable(typeof(ApiEnvelope<Me>))]
[JsonSerializable(typeof(ApiEnvelope<ApiKey>))]
[JsonSerializable(typeof(ListEnvelope<ApiKey>))]
[JsonSerializable(typeof(CreateApiKeyRequest))]
[JsonSerializable(typeof(RollApiKeyRequest))]
[JsonSerializable(typeof(ApiEnvelope<SubscriberImport>))]
[JsonSerializable(typeof(ImportSubscribersRequest))]
[JsonSerializable(typeof(UpdateWebhookEndpointRequest))]
[JsonSerializable(typeof(RotateWebhookSecretRequest))]
internal sealed partial class WispGateJsonContext : JsonSerializerContext;
