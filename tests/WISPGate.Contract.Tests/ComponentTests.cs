using System.Text.Json.Nodes;

namespace WISPGate.Contract.Tests;

/// <summary>The named schemas other parts rely on exist, with the shapes the conventions give them.</summary>
public sealed class ComponentTests
{
    public static TheoryData<string> ResourceSchemas => new(
    [
        "Money", "Address", "Subscriber", "Contact", "SubscriberBalance", "Service", "BillingProfile", "Subscription", "Invoice",
        "InvoiceLine", "Payment", "PaymentAllocation", "Refund", "ReconciliationRun", "ReconciliationMatch", "CreditNote", "Transaction",
        "ServicePackage", "AaaAccount", "Session", "ProvisioningJob", "Device", "ShapedDevice", "LibreQosShapedDevice", "Ticket",
        "TicketComment", "Event", "WebhookEndpoint", "WebhookDelivery", "Notification", "Health", "ProvisioningHook",
        "Me", "MeToken", "MeTenant", "MeRateLimit",
        "ApiKey", "SubscriberImport", "ImportRowResult", "ImportSummary",
        "Workflow", "WorkflowRun", "WorkflowRunStep", "WorkflowSubject", "WorkflowStepResult", "WorkflowTemplate", "WorkflowTestResult",
    ]);

    /// <summary>Value types, bare bodies and list-only resources (no operation returns one alone): no response envelope of their own.</summary>
    private static readonly string[] s_unenveloped = ["Money", "Address", "InvoiceLine", "PaymentAllocation", "ReconciliationMatch", "LibreQosShapedDevice", "Health", "ShapedDevice", "Transaction", "MeToken", "MeTenant", "MeRateLimit", "ImportRowResult", "ImportSummary", "WorkflowRunStep", "WorkflowSubject", "WorkflowStepResult", "WorkflowTemplate"];

    public static TheoryData<string> EnvelopedResourceSchemas => new(ResourceSchemas.Select(row => row.Data).Except(s_unenveloped));

    public static TheoryData<string> UnenvelopedResourceSchemas => new(s_unenveloped);

    public static TheoryData<string> RequestSchemas => new(
    [
        "CreateSubscriberRequest", "UpdateSubscriberRequest", "SuspendSubscriberRequest", "CancelSubscriberRequest", "CreateContactRequest",
        "CreateServiceRequest", "UpdateServiceRequest", "CreateBillingProfileRequest", "CreateSubscriptionRequest", "CreateInvoiceRequest",
        "InvoiceLineInput", "CreatePaymentRequest", "ApplyPaymentRequest", "RefundPaymentRequest", "ReconcilePaymentsRequest",
        "CreateCreditNoteRequest", "CreateServicePackageRequest", "UpdateServicePackageRequest", "ChangeServicePackageRequest",
        "ServiceActionRequest", "BindDeviceRequest", "CreateDeviceRequest", "UpdateDeviceRequest", "SessionCoaRequest",
        "CreateTicketRequest", "UpdateTicketRequest", "CreateTicketCommentRequest", "CreateWebhookEndpointRequest", "CreateNotificationRequest",
        "CreateProvisioningHookRequest", "UpdateProvisioningHookRequest", "NakProvisioningJobRequest",
        "CreateApiKeyRequest", "RollApiKeyRequest", "UpdateWebhookEndpointRequest", "RotateWebhookSecretRequest", "ImportSubscribersRequest",
        "CreateWorkflowRequest", "UpdateWorkflowRequest", "WorkflowOverrides", "TestWorkflowRequest", "WorkflowTestEvent",
    ]);

    public static TheoryData<string, string[]> Enums => new()
    {
        { "SubscriberStatus", ["prospect", "active", "suspended", "cancelled"] },
        { "ContactRole", ["billing", "technical", "primary"] },
        { "ServiceStatus", ["pending", "active", "suspended", "terminated"] },
        { "SubscriptionInterval", ["monthly", "quarterly", "yearly"] },
        { "SubscriptionStatus", ["active", "cancelled"] },
        { "InvoiceStatus", ["draft", "open", "paid", "void", "uncollectible"] },
        { "PaymentMethod", ["card", "ach", "cash", "check", "bank_transfer"] },
        { "PaymentStatus", ["succeeded", "refunded", "partially_refunded"] },
        { "CreditNoteStatus", ["issued", "void"] },
        { "TransactionType", ["debit", "credit"] },
        { "TransactionSource", ["invoice", "payment", "credit_note", "refund", "adjustment"] },
        { "ProvisioningJobStatus", ["queued", "sent", "acked", "nak", "failed"] },
        { "ProvisioningAction", ["activate_service", "suspend_service", "resume_service", "terminate_service", "change_package", "disconnect_session", "coa_session"] },
        { "SessionStatus", ["active", "closed"] },
        { "DeviceStatus", ["in_stock", "assigned", "returned", "faulty"] },
        { "TicketStatus", ["new", "open", "pending", "resolved", "closed"] },
        { "TicketPriority", ["low", "normal", "high", "urgent"] },
        { "NotificationChannel", ["email", "sms"] },
        { "NotificationStatus", ["queued", "sent", "failed"] },
        { "ReconciliationRunStatus", ["queued", "running", "completed", "failed"] },
        { "ApiKeyScope", ["read", "write", "admin"] },
        { "ApiKeyEnvironment", ["test", "live"] },
        { "ImportMode", ["create_only", "upsert"] },
        { "ImportRowStatus", ["created", "updated", "unchanged", "failed"] },
        { "WorkflowStatus", ["enabled", "disabled"] },
        { "WorkflowRunStatus", ["running", "waiting", "succeeded", "failed", "skipped", "cancelled"] },
        { "WorkflowStepStatus", ["pending", "running", "succeeded", "failed", "skipped"] },
        { "WorkflowConditionOperator", ["eq", "neq", "gt", "gte", "lt", "lte", "in", "exists"] },
    };

    private static JsonObject Schema(string name) =>
        ContractDocument.Raw["components"]!["schemas"]![name]?.AsObject() ?? throw new InvalidOperationException($"no schema {name}");

    [Theory]
    [MemberData(nameof(ResourceSchemas))]
    public void Resource_schema_exists_with_snake_case_properties_and_an_id_or_required_list(string name)
    {
        var schema = Schema(name);

        schema["type"]!.GetValue<string>().Should().Be("object");
        schema["required"]!.AsArray().Should().NotBeEmpty();
        if (name != "LibreQosShapedDevice")
        {
            schema["properties"]!.AsObject().Select(p => p.Key).Should().OnlyContain(k => k == k.ToLowerInvariant() && !k.Contains(' ', StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(EnvelopedResourceSchemas))]
    public void Resource_schema_has_a_response_envelope(string name)
    {
        var envelope = Schema($"{name}Response");
        envelope["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("success", "data", "meta");
        envelope["properties"]!["success"]!["const"]!.GetValue<bool>().Should().BeTrue();
        envelope["properties"]!["data"]!["$ref"]!.GetValue<string>().Should().Be($"#/components/schemas/{name}");
        envelope["properties"]!["meta"]!["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/ResponseMeta");
    }

    [Theory]
    [MemberData(nameof(UnenvelopedResourceSchemas))]
    public void Value_types_and_bare_bodies_have_no_envelope(string name)
    {
        Schema(name).Should().NotBeNull();
        ContractDocument.Raw["components"]!["schemas"]!.AsObject().Should().NotContainKey($"{name}Response");
    }

    [Theory]
    [MemberData(nameof(RequestSchemas))]
    public void Request_schema_exists_and_stays_open_to_unknown_properties(string name)
    {
        var schema = Schema(name);

        schema["type"]!.GetValue<string>().Should().Be("object");
        schema.ContainsKey("additionalProperties").Should().BeFalse("requests are forward compatible");
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void Enum_schema_exists_with_its_values(string name, string[] values)
    {
        var schema = Schema(name);

        schema["type"]!.GetValue<string>().Should().Be("string");
        schema["enum"]!.AsArray().Select(n => n!.GetValue<string>()).Should().BeEquivalentTo(values);
        schema["description"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void EventType_lists_the_event_types_of_the_design_and_ping()
    {
        var types = Schema("EventType")["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();

        types.Should().Contain(
        [
            "subscriber.created", "subscriber.updated", "subscriber.activated", "subscriber.suspended", "subscriber.reactivated", "subscriber.cancelled",
            "invoice.created", "invoice.finalized", "invoice.paid", "invoice.voided", "invoice.overdue",
            "payment.received", "payment.applied", "payment.refunded", "reconciliation.completed", "session.disconnected",
            "provisioning_job.completed", "provisioning_job.failed", "ticket.created", "ticket.updated", "ticket.commented", "ping",
        ]);
        types.Should().Contain(t => t.StartsWith("service.", StringComparison.Ordinal));
    }

    [Fact]
    public void ErrorCode_lists_and_describes_the_documented_codes_while_ApiError_code_accepts_any_string()
    {
        var codes = Schema("ErrorCode")["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        string[] documented =
        [
            "unauthorized", "insufficient_scope", "tenant_forbidden", "not_found", "method_not_allowed", "unsupported_media_type",
            "payload_too_large", "malformed_json", "missing_required_field", "validation_error", "invalid_parameter", "invalid_cursor",
            "duplicate_subscriber", "duplicate_device", "invalid_state_transition", "idempotency_key_reused", "idempotency_key_in_use",
            "rate_limited", "internal_error", "token_revoked", "token_expired", "wrong_environment",
        ];

        codes.Should().Contain(documented);
        Schema("ErrorCode")["description"]!.GetValue<string>().Should().ContainAll(codes.Select(c => $"`{c}`"));
        // One of the documented codes, or any string: a code added later never breaks a reader.
        var code = Schema("ApiError")["properties"]!["code"]!.AsObject();
        var alternatives = code["anyOf"]!.AsArray().Select(a => a!.AsObject()).ToList();
        alternatives.Should().ContainSingle(a => a["$ref"] != null && a["$ref"]!.GetValue<string>() == "#/components/schemas/ErrorCode");
        alternatives.Should().ContainSingle(a => a.Count == 1 && a["type"] != null && a["type"]!.GetValue<string>() == "string");
        code.ContainsKey("enum").Should().BeFalse();
        code.ContainsKey("$ref").Should().BeFalse();
    }

    [Fact]
    public void ErrorDetailCode_lists_and_describes_the_field_level_codes_while_ErrorDetail_code_accepts_any_string()
    {
        var codes = Schema("ErrorDetailCode")["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();

        codes.Should().Contain(["required", "type", "format", "enum", "pattern", "min_length", "max_length", "minimum", "maximum", "unknown_reference", "archived", "unchanged", "out_of_range"]);
        codes.Should().OnlyHaveUniqueItems();
        Schema("ErrorDetailCode")["description"]!.GetValue<string>().Should().ContainAll(codes.Select(c => $"`{c}`"));
        var code = Schema("ErrorDetail")["properties"]!["code"]!.AsObject();
        var alternatives = code["anyOf"]!.AsArray().Select(a => a!.AsObject()).ToList();
        alternatives.Should().ContainSingle(a => a["$ref"] != null && a["$ref"]!.GetValue<string>() == "#/components/schemas/ErrorDetailCode");
        alternatives.Should().ContainSingle(a => a.Count == 1 && a["type"] != null && a["type"]!.GetValue<string>() == "string");
        code.ContainsKey("enum").Should().BeFalse();
    }

    [Fact]
    public void Every_property_of_every_schema_has_a_description()
    {
        var missing = new List<string>();
        foreach (var (name, schema) in ContractDocument.Raw["components"]!["schemas"]!.AsObject())
        {
            CollectUndescribed(name, schema!, missing);
        }

        ContractDocument.Raw["components"]!["schemas"]!.AsObject().Should().NotBeEmpty();
        missing.Should().BeEmpty("the reference pages give every field a line: what it is for, its format or unit, when it is null");
    }

    /// <summary>*_id properties that are not a reference to one kind of resource, with the reason.</summary>
    private static readonly Dictionary<string, string> s_idsWithoutPrefix = new(StringComparer.Ordinal)
    {
        ["CreateSubscriberRequest.external_id"] = "the integrator's own id",
        ["Subscriber.external_id"] = "the integrator's own id",
        ["UpdateSubscriberRequest.external_id"] = "the integrator's own id",
        ["Session.acct_session_id"] = "a RADIUS attribute",
        ["Session.calling_station_id"] = "a RADIUS attribute",
        ["ResponseMeta.request_id"] = "the client's X-Request-ID or a generated one",
        ["ListMeta.request_id"] = "the client's X-Request-ID or a generated one",
        ["CreateWorkflowRequest.template_id"] = "workflow template ids are names (`dunning`), not prefixed ids",
        ["Workflow.template_id"] = "workflow template ids are names (`dunning`), not prefixed ids",
        ["Transaction.source_id"] = "an invoice, payment, credit note, refund or adjustment: `source` says which",
    };

    [Fact]
    public void Every_foreign_key_id_carries_its_id_pattern()
    {
        var withoutPattern = new List<string>();
        foreach (var (name, schema) in ContractDocument.Raw["components"]!["schemas"]!.AsObject())
        {
            foreach (var (property, value) in schema!["properties"]?.AsObject() ?? [])
            {
                if (property.EndsWith("_id", StringComparison.Ordinal) && value!["pattern"] is null && !s_idsWithoutPrefix.ContainsKey($"{name}.{property}"))
                {
                    withoutPattern.Add($"{name}.{property}");
                }
            }
        }

        Schema("CreateSubscriberRequest")["properties"]!["billing_profile_id"]!["pattern"]!.GetValue<string>()
            .Should().Be(Schema("Subscriber")["properties"]!["billing_profile_id"]!["pattern"]!.GetValue<string>());
        withoutPattern.Should().BeEmpty("an id that refers to another resource carries that resource's id pattern (`^bp_[A-Za-z0-9]+$`), in requests and responses");
    }

    private static void CollectUndescribed(string path, JsonNode schema, List<string> missing)
    {
        if (schema is not JsonObject node)
        {
            return;
        }

        foreach (var (property, value) in node["properties"]?.AsObject() ?? [])
        {
            if (value is JsonObject propertySchema && propertySchema["description"] is null)
            {
                missing.Add($"{path}.{property}");
            }

            CollectUndescribed($"{path}.{property}", value!, missing);
        }

        if (node["items"] is { } items)
        {
            CollectUndescribed(path + "[]", items, missing);
        }

        foreach (var keyword in new[] { "allOf", "oneOf", "anyOf" })
        {
            foreach (var alternative in node[keyword]?.AsArray() ?? [])
            {
                CollectUndescribed(path, alternative!, missing);
            }
        }
    }

    [Fact]
    public void CreateSubscriberRequest_requires_full_name_and_status_as_the_seed_says()
    {
        Schema("CreateSubscriberRequest")["required"]!.AsArray().Select(n => n!.GetValue<string>())
            .Should().Equal("full_name", "status");
    }

    [Fact]
    public void Money_is_integer_minor_units_plus_an_ISO_4217_currency()
    {
        var money = Schema("Money")["properties"]!;

        money["amount"]!["type"]!.GetValue<string>().Should().Be("integer");
        money["amount"]!["format"]!.GetValue<string>().Should().Be("int64");
        money["currency"]!["pattern"]!.GetValue<string>().Should().Be("^[A-Z]{3}$");
    }

    [Fact]
    public void Invoice_amounts_are_integers_with_one_currency()
    {
        var properties = Schema("Invoice")["properties"]!;

        foreach (var field in new[] { "subtotal", "tax", "total", "amount_paid", "amount_due" })
        {
            properties[field]!["type"]!.GetValue<string>().Should().Be("integer", field);
        }

        properties["currency"]!["pattern"]!.GetValue<string>().Should().Be("^[A-Z]{3}$");
        Schema("ServicePackage")["properties"]!["price"]!["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/Money");
    }

    [Fact]
    public void LibreQosShapedDevice_has_exactly_the_shaper_column_names()
    {
        var schema = Schema("LibreQosShapedDevice");
        string[] columns =
        [
            "Circuit ID", "Parent Node", "Download Min Mbps", "Upload Min Mbps", "Download Max Mbps", "Upload Max Mbps",
            "IPv4", "IPv6", "MAC", "Device Name",
        ];

        schema["properties"]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo(columns);
        schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().BeEquivalentTo(columns);
        schema["additionalProperties"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public void Field_rules_the_mock_server_enforces_are_in_the_schemas()
    {
        var billingDay = Schema("CreateBillingProfileRequest")["properties"]!["billing_day"]!;
        billingDay["minimum"]!.GetValue<int>().Should().Be(1);
        billingDay["maximum"]!.GetValue<int>().Should().Be(28);
        Schema("CreateBillingProfileRequest")["properties"]!["tax_rate_bps"]!["maximum"]!.GetValue<int>().Should().Be(10000);
        Schema("InvoiceLineInput")["properties"]!["quantity"]!["minimum"]!.GetValue<int>().Should().Be(1);
        Schema("CreateSubscriberRequest")["properties"]!["email"]!["format"]!.GetValue<string>().Should().Be("email");
        Schema("CreateSubscriberRequest")["properties"]!["phone"]!["pattern"]!.GetValue<string>().Should().Be(@"^\+?[0-9]{6,15}$");
        Schema("CreateSubscriberRequest")["properties"]!["status"]!["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/SubscriberStatus");
    }

    [Fact]
    public void The_reusable_error_responses_use_the_error_envelope()
    {
        var responses = ContractDocument.Raw["components"]!["responses"]!.AsObject();

        responses.Select(r => r.Key).Should().Contain(
        [
            "BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict", "UnsupportedMediaType", "PayloadTooLarge",
            "UnprocessableEntity", "TooManyRequests",
        ]);
        responses.Should().OnlyContain(r =>
            r.Value!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>() == "#/components/schemas/ErrorResponse");
    }

    [Fact]
    public void Retry_after_is_an_integer_number_of_seconds_and_the_idempotency_key_is_1_to_255_characters()
    {
        ContractDocument.Raw["components"]!["headers"]!["Retry-After"]!["schema"]!["type"]!.GetValue<string>().Should().Be("integer");
        var key = ContractDocument.Raw["components"]!["parameters"]!["IdempotencyKey"]!;
        key["name"]!.GetValue<string>().Should().Be("X-Idempotency-Key");
        key["schema"]!["minLength"]!.GetValue<int>().Should().Be(1);
        key["schema"]!["maxLength"]!.GetValue<int>().Should().Be(255);
    }
}
