namespace WISPGate.Tests.Support.Contract;

/// <summary>
/// The catalog of ../shared/design/wispgate-v1.md as operations: the OpenAPI document must hold
/// every one of these (method, path, operationId, tag). operationIds are stable public names:
/// the SDK maps its methods to them and the docs pages link by them.
/// </summary>
public static class CatalogOperations
{
    public const string Gateway = "API Gateway";
    public const string Subscribers = "Subscribers & CRM";
    public const string Billing = "Billing & Payments";
    public const string Provisioning = "Network & Provisioning";
    public const string Support = "Automation & Support";

    public static readonly IReadOnlyList<CatalogOperation> All =
    [
        // API gateway (no auth)
        new("GET", "/health", "getHealth", Gateway),
        new("GET", "/api/v1/openapi.json", "getOpenApiDocument", Gateway),
        new("GET", "/docs", "getDocsLanding", Gateway),
        new("GET", "/docs/operations/{operation_id}", "getDocsOperationPage", Gateway),

        // API gateway: identity and API keys (bearer auth; key management needs the admin scope)
        new("GET", "/api/v1/me", "getMe", Gateway),
        new("GET", "/api/v1/api-keys", "listApiKeys", Gateway),
        new("POST", "/api/v1/api-keys", "createApiKey", Gateway),
        new("GET", "/api/v1/api-keys/{id}", "getApiKey", Gateway),
        new("POST", "/api/v1/api-keys/{id}/revoke", "revokeApiKey", Gateway),
        new("POST", "/api/v1/api-keys/{id}/roll", "rollApiKey", Gateway),

        // Subscribers & CRM
        new("GET", "/api/v1/subscribers", "listSubscribers", Subscribers),
        new("POST", "/api/v1/subscribers", "createSubscriber", Subscribers),
        new("POST", "/api/v1/subscribers/import", "importSubscribers", Subscribers),
        new("GET", "/api/v1/subscribers/{id}", "getSubscriber", Subscribers),
        new("PATCH", "/api/v1/subscribers/{id}", "updateSubscriber", Subscribers),
        new("DELETE", "/api/v1/subscribers/{id}", "deleteSubscriber", Subscribers),
        new("POST", "/api/v1/subscribers/{id}/activate", "activateSubscriber", Subscribers),
        new("POST", "/api/v1/subscribers/{id}/suspend", "suspendSubscriber", Subscribers),
        new("POST", "/api/v1/subscribers/{id}/reactivate", "reactivateSubscriber", Subscribers),
        new("POST", "/api/v1/subscribers/{id}/cancel", "cancelSubscriber", Subscribers),
        new("GET", "/api/v1/subscribers/{id}/contacts", "listSubscriberContacts", Subscribers),
        new("POST", "/api/v1/subscribers/{id}/contacts", "createSubscriberContact", Subscribers),
        new("DELETE", "/api/v1/subscribers/{id}/contacts/{contact_id}", "deleteSubscriberContact", Subscribers),
        new("GET", "/api/v1/subscribers/{id}/balance", "getSubscriberBalance", Subscribers),
        new("GET", "/api/v1/services", "listServices", Subscribers),
        new("POST", "/api/v1/services", "createService", Subscribers),
        new("GET", "/api/v1/services/{id}", "getService", Subscribers),
        new("PATCH", "/api/v1/services/{id}", "updateService", Subscribers),

        // Billing & Payments
        new("GET", "/api/v1/billing-profiles", "listBillingProfiles", Billing),
        new("POST", "/api/v1/billing-profiles", "createBillingProfile", Billing),
        new("GET", "/api/v1/billing-profiles/{id}", "getBillingProfile", Billing),
        new("GET", "/api/v1/subscriptions", "listSubscriptions", Billing),
        new("POST", "/api/v1/subscriptions", "createSubscription", Billing),
        new("GET", "/api/v1/subscriptions/{id}", "getSubscription", Billing),
        new("POST", "/api/v1/subscriptions/{id}/cancel", "cancelSubscription", Billing),
        new("POST", "/api/v1/subscriptions/{id}/invoice-now", "invoiceSubscriptionNow", Billing),
        new("GET", "/api/v1/invoices", "listInvoices", Billing),
        new("POST", "/api/v1/invoices", "createInvoice", Billing),
        new("GET", "/api/v1/invoices/{id}", "getInvoice", Billing),
        new("POST", "/api/v1/invoices/{id}/finalize", "finalizeInvoice", Billing),
        new("POST", "/api/v1/invoices/{id}/void", "voidInvoice", Billing),
        new("POST", "/api/v1/invoices/{id}/mark-uncollectible", "markInvoiceUncollectible", Billing),
        new("GET", "/api/v1/payments", "listPayments", Billing),
        new("POST", "/api/v1/payments", "createPayment", Billing),
        new("GET", "/api/v1/payments/{id}", "getPayment", Billing),
        new("POST", "/api/v1/payments/{id}/apply", "applyPayment", Billing),
        new("POST", "/api/v1/payments/{id}/refund", "refundPayment", Billing),
        new("POST", "/api/v1/payments/reconcile", "reconcilePayments", Billing),
        new("GET", "/api/v1/reconciliation-runs", "listReconciliationRuns", Billing),
        new("GET", "/api/v1/reconciliation-runs/{id}", "getReconciliationRun", Billing),
        new("GET", "/api/v1/credit-notes", "listCreditNotes", Billing),
        new("POST", "/api/v1/credit-notes", "createCreditNote", Billing),
        new("GET", "/api/v1/credit-notes/{id}", "getCreditNote", Billing),
        new("POST", "/api/v1/credit-notes/{id}/void", "voidCreditNote", Billing),
        new("GET", "/api/v1/transactions", "listTransactions", Billing),

        // Network & Provisioning
        new("GET", "/api/v1/service-packages", "listServicePackages", Provisioning),
        new("POST", "/api/v1/service-packages", "createServicePackage", Provisioning),
        new("GET", "/api/v1/service-packages/{id}", "getServicePackage", Provisioning),
        new("PATCH", "/api/v1/service-packages/{id}", "updateServicePackage", Provisioning),
        new("POST", "/api/v1/service-packages/{id}/archive", "archiveServicePackage", Provisioning),
        new("POST", "/api/v1/services/{id}/activate", "activateService", Provisioning),
        new("POST", "/api/v1/services/{id}/suspend", "suspendService", Provisioning),
        new("POST", "/api/v1/services/{id}/resume", "resumeService", Provisioning),
        new("POST", "/api/v1/services/{id}/terminate", "terminateService", Provisioning),
        new("POST", "/api/v1/services/{id}/change-package", "changeServicePackage", Provisioning),
        new("GET", "/api/v1/services/{id}/aaa", "getServiceAaa", Provisioning),
        new("POST", "/api/v1/services/{id}/devices", "bindServiceDevice", Provisioning),
        new("DELETE", "/api/v1/services/{id}/devices/{device_id}", "unbindServiceDevice", Provisioning),
        new("GET", "/api/v1/sessions", "listSessions", Provisioning),
        new("GET", "/api/v1/sessions/{id}", "getSession", Provisioning),
        new("POST", "/api/v1/sessions/{id}/disconnect", "disconnectSession", Provisioning),
        new("POST", "/api/v1/sessions/{id}/coa", "sendSessionCoa", Provisioning),
        new("GET", "/api/v1/provisioning-jobs", "listProvisioningJobs", Provisioning),
        new("GET", "/api/v1/provisioning-jobs/{id}", "getProvisioningJob", Provisioning),
        new("POST", "/api/v1/provisioning-jobs/{id}/ack", "ackProvisioningJob", Provisioning),
        new("POST", "/api/v1/provisioning-jobs/{id}/nak", "nakProvisioningJob", Provisioning),
        new("GET", "/api/v1/provisioning-hooks", "listProvisioningHooks", Provisioning),
        new("POST", "/api/v1/provisioning-hooks", "createProvisioningHook", Provisioning),
        new("GET", "/api/v1/provisioning-hooks/{id}", "getProvisioningHook", Provisioning),
        new("PATCH", "/api/v1/provisioning-hooks/{id}", "updateProvisioningHook", Provisioning),
        new("DELETE", "/api/v1/provisioning-hooks/{id}", "deleteProvisioningHook", Provisioning),
        new("GET", "/api/v1/devices", "listDevices", Provisioning),
        new("POST", "/api/v1/devices", "createDevice", Provisioning),
        new("GET", "/api/v1/devices/{id}", "getDevice", Provisioning),
        new("PATCH", "/api/v1/devices/{id}", "updateDevice", Provisioning),
        new("GET", "/api/v1/enforcement/shaped-devices", "listShapedDevices", Provisioning),
        new("POST", "/api/libreqos/shaped-devices", "exportLibreQosShapedDevices", Provisioning),

        // Automation & Support
        new("GET", "/api/v1/tickets", "listTickets", Support),
        new("POST", "/api/v1/tickets", "createTicket", Support),
        new("GET", "/api/v1/tickets/{id}", "getTicket", Support),
        new("PATCH", "/api/v1/tickets/{id}", "updateTicket", Support),
        new("GET", "/api/v1/tickets/{id}/comments", "listTicketComments", Support),
        new("POST", "/api/v1/tickets/{id}/comments", "createTicketComment", Support),
        new("GET", "/api/v1/events", "listEvents", Support),
        new("GET", "/api/v1/events/{id}", "getEvent", Support),
        new("GET", "/api/v1/webhook-endpoints", "listWebhookEndpoints", Support),
        new("POST", "/api/v1/webhook-endpoints", "createWebhookEndpoint", Support),
        new("GET", "/api/v1/webhook-endpoints/{id}", "getWebhookEndpoint", Support),
        new("PATCH", "/api/v1/webhook-endpoints/{id}", "updateWebhookEndpoint", Support),
        new("DELETE", "/api/v1/webhook-endpoints/{id}", "deleteWebhookEndpoint", Support),
        new("POST", "/api/v1/webhook-endpoints/{id}/rotate-secret", "rotateWebhookEndpointSecret", Support),
        new("POST", "/api/v1/webhook-endpoints/{id}/test", "testWebhookEndpoint", Support),
        new("GET", "/api/v1/webhook-endpoints/{id}/deliveries", "listWebhookDeliveries", Support),
        new("POST", "/api/v1/webhook-deliveries/{id}/retry", "retryWebhookDelivery", Support),
        new("GET", "/api/v1/notifications", "listNotifications", Support),
        new("POST", "/api/v1/notifications", "createNotification", Support),
        new("GET", "/api/v1/notifications/{id}", "getNotification", Support),
        new("GET", "/api/v1/workflows", "listWorkflows", Support),
        new("POST", "/api/v1/workflows", "createWorkflow", Support),
        new("GET", "/api/v1/workflows/{id}", "getWorkflow", Support),
        new("PATCH", "/api/v1/workflows/{id}", "updateWorkflow", Support),
        new("DELETE", "/api/v1/workflows/{id}", "deleteWorkflow", Support),
        new("POST", "/api/v1/workflows/{id}/enable", "enableWorkflow", Support),
        new("POST", "/api/v1/workflows/{id}/disable", "disableWorkflow", Support),
        new("POST", "/api/v1/workflows/{id}/test", "testWorkflow", Support),
        new("GET", "/api/v1/workflow-runs", "listWorkflowRuns", Support),
        new("GET", "/api/v1/workflow-runs/{id}", "getWorkflowRun", Support),
        new("POST", "/api/v1/workflow-runs/{id}/cancel", "cancelWorkflowRun", Support),
        new("GET", "/api/v1/workflow-templates", "listWorkflowTemplates", Support),
    ];
}
