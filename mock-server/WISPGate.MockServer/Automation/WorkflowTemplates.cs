using System.Text.Json;

namespace WISPGate.MockServer.Automation;

/// <summary>
/// The built-in system-triggered actions (listWorkflowTemplates), instantiated with createWorkflow
/// <c>{template_id, overrides}</c>: dunning, reactivation on payment, welcome, escalation of provisioning failures.
/// The same text is the contract's example of listWorkflowTemplates (a test keeps them equal).
/// </summary>
internal static class WorkflowTemplates
{
    /// <summary>The templates, in their fixed order.</summary>
    public static readonly IReadOnlyList<JsonElement> All = JsonDocument.Parse(
        """
        [
          {
            "id": "dunning",
            "name": "Dunning",
            "description": "On `invoice.overdue`: e-mail the subscriber, wait 15 days, and if the invoice is still open suspend the subscriber and their services.",
            "trigger": {
              "type": "event",
              "event_type": "invoice.overdue",
              "conditions": [
                {
                  "type": "field",
                  "field": "status",
                  "operator": "eq",
                  "value": "open"
                }
              ]
            },
            "actions": [
              {
                "type": "send_notification",
                "channel": "email",
                "template": "dunning_reminder",
                "body": "Dear {{subscriber.full_name}}, invoice {{number}} is overdue."
              },
              {
                "type": "wait",
                "duration": "P15D"
              },
              {
                "type": "check",
                "field": "status",
                "operator": "eq",
                "value": "open"
              },
              {
                "type": "suspend_subscriber",
                "reason": "non_payment"
              },
              {
                "type": "suspend_services",
                "reason": "non_payment"
              }
            ]
          },
          {
            "id": "reactivate_on_payment",
            "name": "Reactivate on payment",
            "description": "On `payment.received`: when the subscriber is suspended and owes nothing any more, reactivate them and resume their services.",
            "trigger": {
              "type": "event",
              "event_type": "payment.received",
              "conditions": [
                {
                  "type": "field",
                  "field": "subscriber_id",
                  "operator": "exists"
                }
              ]
            },
            "actions": [
              {
                "type": "check",
                "field": "subscriber.status",
                "operator": "eq",
                "value": "suspended"
              },
              {
                "type": "check",
                "field": "subscriber.balance.outstanding",
                "operator": "lte",
                "value": 0
              },
              {
                "type": "reactivate_subscriber"
              },
              {
                "type": "resume_services",
                "reason": "payment_received"
              }
            ]
          },
          {
            "id": "welcome",
            "name": "Welcome",
            "description": "On `service.activated`: e-mail the subscriber a welcome message.",
            "trigger": {
              "type": "event",
              "event_type": "service.activated",
              "conditions": []
            },
            "actions": [
              {
                "type": "send_notification",
                "channel": "email",
                "template": "welcome",
                "body": "Welcome aboard, {{subscriber.full_name}}!"
              }
            ]
          },
          {
            "id": "escalate_provisioning_failures",
            "name": "Escalate provisioning failures",
            "description": "On `provisioning_job.failed`: open an urgent ticket for the NOC.",
            "trigger": {
              "type": "event",
              "event_type": "provisioning_job.failed",
              "conditions": []
            },
            "actions": [
              {
                "type": "create_ticket",
                "subject": "Provisioning failed: {{action}} on {{target_id}}",
                "description": "Job {{id}} ended {{status}}: {{error_message}}",
                "priority": "urgent"
              }
            ]
          }
        ]
        """).RootElement.EnumerateArray().Select(t => t.Clone()).ToList();

    /// <summary>A template by id, or null.</summary>
    public static JsonElement? Find(string? id) =>
        All.Where(t => t.GetProperty("id").ValueEquals(id)).Select(t => (JsonElement?)t).FirstOrDefault();
}
