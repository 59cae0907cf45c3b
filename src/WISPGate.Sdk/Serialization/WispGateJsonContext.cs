using System.Text.Json.Serialization;
using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Http;
using WISPGate.Sdk.Subscribers;

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
internal sealed partial class WispGateJsonContext : JsonSerializerContext;
