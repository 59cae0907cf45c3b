using System.Text;

namespace WISPGate.MockServer.Tests.Support;

/// <summary>
/// Every Network &amp; Provisioning and Automation &amp; Support operation of the contract has a handler that answers
/// the documented status: lists and the export answer 200, an empty create body is refused by validation (400 <c>missing_required_field</c>), and an
/// id that does not exist is 404 <c>not_found</c> (the handler looked it up; an unimplemented operation is 501).
/// </summary>
public sealed class ImplementedOperationsTests
{
    private const string NoSuchPackage = "/api/v1/service-packages/pkg_000999";
    private const string NoSuchService = "/api/v1/services/svc_000999";
    private const string NoSuchSession = "/api/v1/sessions/ses_000999";
    private const string NoSuchTicket = "/api/v1/tickets/tkt_000999";
    private const string NoSuchEndpoint = "/api/v1/webhook-endpoints/whe_000999";
    private const string NoSuchWorkflow = "/api/v1/workflows/wf_000999";

    /// <summary>method, contract template, path, JSON body (or null), expected status, expected error code (or null).</summary>
    public static TheoryData<string, string, string, string?, int, string?> Operations => new()
    {
        // Network & Provisioning
        { "GET", "/api/v1/service-packages", "/api/v1/service-packages", null, 200, null },
        { "POST", "/api/v1/service-packages", "/api/v1/service-packages", "{}", 400, "missing_required_field" },
        { "GET", "/api/v1/service-packages/{id}", NoSuchPackage, null, 404, "not_found" },
        { "PATCH", "/api/v1/service-packages/{id}", NoSuchPackage, """{"name":"Renamed"}""", 404, "not_found" },
        { "POST", "/api/v1/service-packages/{id}/archive", $"{NoSuchPackage}/archive", null, 404, "not_found" },
        { "POST", "/api/v1/services/{id}/activate", $"{NoSuchService}/activate", "{}", 404, "not_found" },
        { "POST", "/api/v1/services/{id}/suspend", $"{NoSuchService}/suspend", "{}", 404, "not_found" },
        { "POST", "/api/v1/services/{id}/resume", $"{NoSuchService}/resume", "{}", 404, "not_found" },
        { "POST", "/api/v1/services/{id}/terminate", $"{NoSuchService}/terminate", "{}", 404, "not_found" },
        { "POST", "/api/v1/services/{id}/change-package", $"{NoSuchService}/change-package", """{"service_package_id":"pkg_000001"}""", 404, "not_found" },
        { "GET", "/api/v1/services/{id}/aaa", $"{NoSuchService}/aaa", null, 404, "not_found" },
        { "POST", "/api/v1/services/{id}/devices", $"{NoSuchService}/devices", """{"device_id":"dev_000001"}""", 404, "not_found" },
        { "DELETE", "/api/v1/services/{id}/devices/{device_id}", $"{NoSuchService}/devices/dev_000999", null, 404, "not_found" },
        { "GET", "/api/v1/sessions", "/api/v1/sessions", null, 200, null },
        { "GET", "/api/v1/sessions/{id}", NoSuchSession, null, 404, "not_found" },
        { "POST", "/api/v1/sessions/{id}/disconnect", $"{NoSuchSession}/disconnect", null, 404, "not_found" },
        { "POST", "/api/v1/sessions/{id}/coa", $"{NoSuchSession}/coa", """{"attributes":{"Mikrotik-Rate-Limit":"1M/1M"}}""", 404, "not_found" },
        { "GET", "/api/v1/provisioning-jobs", "/api/v1/provisioning-jobs", null, 200, null },
        { "GET", "/api/v1/provisioning-jobs/{id}", "/api/v1/provisioning-jobs/job_000999", null, 404, "not_found" },
        { "POST", "/api/v1/provisioning-jobs/{id}/ack", "/api/v1/provisioning-jobs/job_000999/ack", null, 404, "not_found" },
        { "POST", "/api/v1/provisioning-jobs/{id}/nak", "/api/v1/provisioning-jobs/job_000999/nak", """{"error_cause":404}""", 404, "not_found" },
        { "GET", "/api/v1/provisioning-hooks", "/api/v1/provisioning-hooks", null, 200, null },
        { "POST", "/api/v1/provisioning-hooks", "/api/v1/provisioning-hooks", "{}", 400, "missing_required_field" },
        { "GET", "/api/v1/provisioning-hooks/{id}", "/api/v1/provisioning-hooks/prh_000999", null, 404, "not_found" },
        { "PATCH", "/api/v1/provisioning-hooks/{id}", "/api/v1/provisioning-hooks/prh_000999", """{"enabled":false}""", 404, "not_found" },
        { "DELETE", "/api/v1/provisioning-hooks/{id}", "/api/v1/provisioning-hooks/prh_000999", null, 404, "not_found" },
        { "GET", "/api/v1/devices", "/api/v1/devices", null, 200, null },
        { "POST", "/api/v1/devices", "/api/v1/devices", "{}", 400, "missing_required_field" },
        { "GET", "/api/v1/devices/{id}", "/api/v1/devices/dev_000999", null, 404, "not_found" },
        { "PATCH", "/api/v1/devices/{id}", "/api/v1/devices/dev_000999", """{"name":"renamed"}""", 404, "not_found" },
        { "GET", "/api/v1/enforcement/shaped-devices", "/api/v1/enforcement/shaped-devices", null, 200, null },
        { "POST", "/api/libreqos/shaped-devices", "/api/libreqos/shaped-devices", null, 200, null },

        // Automation & Support
        { "GET", "/api/v1/tickets", "/api/v1/tickets", null, 200, null },
        { "POST", "/api/v1/tickets", "/api/v1/tickets", "{}", 400, "missing_required_field" },
        { "GET", "/api/v1/tickets/{id}", NoSuchTicket, null, 404, "not_found" },
        { "PATCH", "/api/v1/tickets/{id}", NoSuchTicket, """{"status":"open"}""", 404, "not_found" },
        { "GET", "/api/v1/tickets/{id}/comments", $"{NoSuchTicket}/comments", null, 404, "not_found" },
        { "POST", "/api/v1/tickets/{id}/comments", $"{NoSuchTicket}/comments", """{"author":"noc","body":"hello"}""", 404, "not_found" },
        { "GET", "/api/v1/events", "/api/v1/events", null, 200, null },
        { "GET", "/api/v1/events/{id}", "/api/v1/events/evt_000999", null, 404, "not_found" },
        { "GET", "/api/v1/webhook-endpoints", "/api/v1/webhook-endpoints", null, 200, null },
        { "POST", "/api/v1/webhook-endpoints", "/api/v1/webhook-endpoints", "{}", 400, "missing_required_field" },
        { "GET", "/api/v1/webhook-endpoints/{id}", NoSuchEndpoint, null, 404, "not_found" },
        { "PATCH", "/api/v1/webhook-endpoints/{id}", NoSuchEndpoint, """{"enabled":false}""", 404, "not_found" },
        { "POST", "/api/v1/webhook-endpoints/{id}/rotate-secret", $"{NoSuchEndpoint}/rotate-secret", null, 404, "not_found" },
        { "DELETE", "/api/v1/webhook-endpoints/{id}", NoSuchEndpoint, null, 404, "not_found" },
        { "POST", "/api/v1/webhook-endpoints/{id}/test", $"{NoSuchEndpoint}/test", null, 404, "not_found" },
        { "GET", "/api/v1/webhook-endpoints/{id}/deliveries", $"{NoSuchEndpoint}/deliveries", null, 404, "not_found" },
        { "POST", "/api/v1/webhook-deliveries/{id}/retry", "/api/v1/webhook-deliveries/whd_000999/retry", null, 404, "not_found" },
        { "GET", "/api/v1/notifications", "/api/v1/notifications", null, 200, null },
        { "POST", "/api/v1/notifications", "/api/v1/notifications", "{}", 400, "missing_required_field" },
        { "GET", "/api/v1/notifications/{id}", "/api/v1/notifications/ntf_000999", null, 404, "not_found" },
        { "GET", "/api/v1/workflows", "/api/v1/workflows", null, 200, null },
        { "POST", "/api/v1/workflows", "/api/v1/workflows", "{}", 400, "missing_required_field" },
        { "GET", "/api/v1/workflows/{id}", NoSuchWorkflow, null, 404, "not_found" },
        { "PATCH", "/api/v1/workflows/{id}", NoSuchWorkflow, """{"name":"Renamed"}""", 404, "not_found" },
        { "DELETE", "/api/v1/workflows/{id}", NoSuchWorkflow, null, 404, "not_found" },
        { "POST", "/api/v1/workflows/{id}/enable", $"{NoSuchWorkflow}/enable", null, 404, "not_found" },
        { "POST", "/api/v1/workflows/{id}/disable", $"{NoSuchWorkflow}/disable", null, 404, "not_found" },
        { "POST", "/api/v1/workflows/{id}/test", $"{NoSuchWorkflow}/test", """{"event_id":"evt_000999"}""", 404, "not_found" },
        { "GET", "/api/v1/workflow-runs", "/api/v1/workflow-runs", null, 200, null },
        { "GET", "/api/v1/workflow-runs/{id}", "/api/v1/workflow-runs/wfr_000999", null, 404, "not_found" },
        { "POST", "/api/v1/workflow-runs/{id}/cancel", "/api/v1/workflow-runs/wfr_000999/cancel", null, 404, "not_found" },
        { "GET", "/api/v1/workflow-templates", "/api/v1/workflow-templates", null, 200, null },
    };

    [Fact]
    public void The_table_covers_every_network_and_support_operation_of_the_contract()
    {
        var documented = new List<string>();
        foreach (var path in ContractFile.Root.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "patch" or "delete"))
            {
                if (operation.Value.GetProperty("tags")[0].GetString() is "Network & Provisioning" or "Automation & Support")
                {
                    documented.Add($"{operation.Name.ToUpperInvariant()} {path.Name}");
                }
            }
        }

        Operations.Select(row => $"{row.Data.Item1} {row.Data.Item2}").Should().BeEquivalentTo(documented);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task The_operation_is_implemented_and_answers_the_documented_status(
        string method, string template, string path, string? body, int status, string? errorCode)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        HttpContent? content = template.StartsWith("/api/libreqos", StringComparison.Ordinal)
            ? new StringContent("api_token=wgk_test_readonly", Encoding.UTF8, "application/x-www-form-urlencoded")
            : ApiClient.Json(body);

        var response = await api.SendAsync(new HttpMethod(method), path, content);

        response.Code.Should().Be(status, $"{method} {template} answers {status}: {response.Body}");
        if (errorCode is not null)
        {
            response.ErrorCode.Should().Be(errorCode);
        }
    }
}
