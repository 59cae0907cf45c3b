using WISPGate.MockServer.Tests.Billing;

namespace WISPGate.MockServer.Tests.Automation;

/// <summary>
/// Workflows as resources: templates and their instantiation, the secret shown once, the rules beyond the schema
/// (422 with the field), the status toggles and filters, delete cancelling unfinished runs, and the demo seed's
/// disabled example per template.
/// </summary>
public sealed class WorkflowResourceTests
{
    private static readonly string[] TemplateIds = ["dunning", "reactivate_on_payment", "welcome", "escalate_provisioning_failures"];

    [Fact]
    public async Task The_four_templates_are_listed_in_order_and_page_by_cursor()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var all = await api.GetAsync("/api/v1/workflow-templates");
        var first = await api.GetAsync("/api/v1/workflow-templates?limit=3");
        var rest = await api.GetAsync("/api/v1/workflow-templates?limit=3&cursor=" + Uri.EscapeDataString(first.Meta.GetProperty("pagination").Text("next_cursor")!));
        var bad = await api.GetAsync("/api/v1/workflow-templates?cursor=nope");

        all.Ids.Should().Equal(TemplateIds);
        first.Ids.Should().Equal(TemplateIds[..3]);
        rest.Ids.Should().Equal(TemplateIds[3]);
        rest.Meta.GetProperty("pagination").Flag("has_more").Should().BeFalse();
        bad.ErrorCode.Should().Be("invalid_cursor");
    }

    [Fact]
    public async Task The_templates_are_the_ones_the_contract_documents()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var documented = ContractFile.Root.GetProperty("paths").GetProperty("/api/v1/workflow-templates").GetProperty("get").GetProperty("responses")
            .GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("examples").GetProperty("example")
            .GetProperty("value").GetProperty("data");

        var served = (await api.GetAsync("/api/v1/workflow-templates")).Data;

        JsonSerializer.Serialize(served).Should().Be(JsonSerializer.Serialize(documented));
    }

    [Fact]
    public async Task A_template_instance_starts_disabled_with_the_template_actions_and_shows_its_secret_once()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        var template = (await api.GetAsync("/api/v1/workflow-templates")).Data[0];

        var created = await api.PostAsync("/api/v1/workflows", new { template_id = "dunning", overrides = new { name = "Collections" } });
        var read = await api.GetAsync(created.Header("Location")!);

        created.Status.Should().Be(HttpStatusCode.Created);
        created.DataString("secret").Should().StartWith("whsec_");
        created.DataString("status").Should().Be("disabled");
        created.DataString("name").Should().Be("Collections");
        created.DataString("template_id").Should().Be("dunning");
        created.Data.GetProperty("actions").GetRawText().Should().Be(template.GetProperty("actions").GetRawText());
        read.Data.TryGetProperty("secret", out _).Should().BeFalse();
        (await api.GetAsync("/api/v1/workflows?template_id=dunning&status=disabled&limit=100")).Ids.Should().Contain(created.DataString("id")!);
    }

    [Fact]
    public async Task The_demo_seed_has_one_disabled_example_per_template()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var seeded = (await api.GetAsync("/api/v1/workflows?limit=100")).Data.EnumerateArray().Reverse().ToList();

        seeded.Select(w => w.Text("template_id")).Should().Equal(TemplateIds);
        seeded.Select(w => w.Text("status")).Should().AllBe("disabled");
        (await api.GetAsync("/api/v1/workflow-runs")).Data.GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("""{"template_id":"collections"}""", 422, "template_id")]
    [InlineData("""{"name":"No trigger","actions":[{"type":"reactivate_subscriber"}]}""", 400, "trigger")]
    [InlineData("""{"name":"x","trigger":{"type":"event","event_type":"invoice.overdue"},"actions":[{"type":"wait","duration":"P400D"}]}""", 422, "actions[0].duration")]
    [InlineData("""{"name":"x","trigger":{"type":"event","event_type":"invoice.overdue"},"actions":[{"type":"wait","duration":"P1M"}]}""", 422, "actions[0]")]
    [InlineData("""{"name":"x","trigger":{"type":"event","event_type":"invoice.overdue"},"actions":[{"type":"call_webhook","url":"http://127.0.0.1:1/__admin/mappings"}]}""", 422, "actions[0].url")]
    [InlineData("""{"name":"x","trigger":{"type":"event","event_type":"invoice.overdue"},"actions":[{"type":"launch_rocket"}]}""", 422, "actions[0]")]
    [InlineData("""{"name":"x","trigger":{"type":"event","event_type":"invoice.overdue","conditions":[{"type":"field","field":"status","operator":"in","value":"open"}]},"actions":[{"type":"reactivate_subscriber"}]}""", 422, "trigger.conditions[0].value")]
    [InlineData("""{"name":"x","trigger":{"type":"event","event_type":"invoice.overdue"},"actions":[{"type":"check","field":"status","operator":"eq"}]}""", 422, "actions[0].value")]
    public async Task A_workflow_that_breaks_a_rule_is_refused_with_the_field(string body, int status, string field)
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);

        var response = await api.PostAsync("/api/v1/workflows", body);

        response.Code.Should().Be(status, response.Body);
        response.ErrorField.Should().StartWith(field);
        (await api.GetAsync("/api/v1/workflows?limit=100")).Data.GetArrayLength().Should().Be(4, "nothing was stored");
    }

    [Fact]
    public async Task Enable_disable_and_patch_change_the_workflow_and_delete_cancels_its_waiting_runs()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var automation = new AutomationApi(api);
        var id = (await automation.CreateAsync(new
        {
            name = "Wait then ticket",
            trigger = new { type = "event", event_type = "subscriber.updated" },
            actions = new object[] { new { type = "wait", duration = "P1D" }, new { type = "create_ticket", subject = "Later" } },
        })).Text("id")!;

        var enabled = await api.PostAsync($"/api/v1/workflows/{id}/enable");
        var enabledAgain = await api.PostAsync($"/api/v1/workflows/{id}/enable");
        var patched = await api.PatchAsync($"/api/v1/workflows/{id}", new { name = "Renamed", description = "Tuned" });
        var badPatch = await api.PatchAsync($"/api/v1/workflows/{id}", new { actions = new object[] { new { type = "wait", duration = "P999D" } } });
        var subscriber = await automation.SubscriberAsync();
        await api.PatchAsync($"/api/v1/subscribers/{subscriber}", new { phone = "+15550001111" });
        var run = (await automation.SingleRunAsync(id)).Text("id");
        var deleted = await api.DeleteAsync($"/api/v1/workflows/{id}");

        enabled.Data.Text("status").Should().Be("enabled");
        enabledAgain.Data.Text("updated_at").Should().Be(enabled.Data.Text("updated_at"), "enabling an enabled workflow changes nothing");
        patched.Data.Text("name").Should().Be("Renamed");
        patched.Data.Text("description").Should().Be("Tuned");
        patched.Data.TryGetProperty("secret", out _).Should().BeFalse();
        badPatch.ErrorField.Should().Be("actions[0].duration");
        deleted.Status.Should().Be(HttpStatusCode.NoContent);
        (await api.GetAsync($"/api/v1/workflows/{id}")).Status.Should().Be(HttpStatusCode.NotFound);
        (await automation.GetAsync($"/api/v1/workflow-runs/{run}")).Text("status").Should().Be("cancelled");
        server.Clock.Advance(TimeSpan.FromDays(2));
        (await api.GetAsync($"/api/v1/tickets?subscriber_id={subscriber}")).Ids.Should().BeEmpty();
    }

    [Fact]
    public async Task Reset_removes_workflows_and_runs_made_since_the_seed()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var automation = new AutomationApi(api);
        var id = await automation.EnabledAsync("ticket.created", [new { type = "wait", duration = "P1D" }]);
        await api.PostAsync("/api/v1/tickets", new { subject = "Outage", description = "Tower 3 is down." });
        (await automation.RunsAsync("workflow_id=" + id)).Should().ContainSingle();

        using var reset = await api.Http.PostAsync("/__admin/wispgate/reset", null, TestContext.Current.CancellationToken);
        server.Clock.Advance(TimeSpan.FromDays(2));

        reset.StatusCode.Should().Be(HttpStatusCode.OK);
        (await api.GetAsync($"/api/v1/workflows/{id}")).Status.Should().Be(HttpStatusCode.NotFound);
        (await api.GetAsync("/api/v1/workflow-runs")).Data.GetArrayLength().Should().Be(0);
        (await api.GetAsync("/api/v1/workflows?limit=100")).Data.GetArrayLength().Should().Be(4, "the seed's examples are back");
    }
}
