using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WISPGate.MockServer.Docs;

namespace WISPGate.MockServer.Tests.Docs;

public sealed partial class ApiReferencePagesTests
{
    private static readonly Lazy<ApiReferencePages> Pages = new(() =>
    {
        using var stream = typeof(ApiReferencePages).Assembly.GetManifestResourceStream("WISPGate.MockServer.openapi.json")!;
        return new ApiReferencePages(JsonNode.Parse(stream)!.AsObject());
    });

    public static TheoryData<string> OperationIds => new(Pages.Value.OperationIds);

    [Fact]
    public void The_landing_page_frames_version_auth_pagination_and_envelope_at_the_top()
    {
        var html = Pages.Value.Landing;
        html.Should().Contain("id=\"basics\"").And.Contain("Bearer token").And.Contain("Cursor").And.Contain("Envelope").And.Contain("Rate limits");
        html.IndexOf("id=\"basics\"", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("id=\"domains\"", StringComparison.Ordinal));
    }

    [Fact]
    public void The_landing_page_shows_the_four_domains_the_featured_endpoints_and_the_journey()
    {
        var html = Pages.Value.Landing;
        foreach (var domain in new[] { "Subscribers &amp; CRM", "Billing &amp; Payments", "Network &amp; Provisioning", "Automation &amp; Support" })
        {
            html.Should().Contain($"<div class=\"title\"><a href=\"#domain-", because: "each domain is a card").And.Contain(domain);
        }

        html.Should().Contain("id=\"featured\"").And.Contain("/docs/operations/createSubscriber").And.Contain("/docs/operations/reconcilePayments");
        html.Should().Contain("Understand auth").And.Contain("Browse domain").And.Contain("Open endpoint page");
    }

    [Theory]
    [InlineData("Automation &amp; Support", "listWorkflows", "workflows")]
    [InlineData("Automation &amp; Support", "listWorkflowTemplates", "system-triggered actions")]
    [InlineData("Network &amp; Provisioning", "listProvisioningHooks", "provisioning hooks")]
    public void The_landing_page_lists_the_automation_additions_in_their_domains(string domain, string operationId, string named)
    {
        var html = Pages.Value.Landing;
        var start = html.IndexOf($"><h2>{domain}</h2>", StringComparison.Ordinal);
        start.Should().BePositive($"the landing page has a {domain} section");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        var section = html[start..end];

        section.Should().Contain($"/docs/operations/{operationId}", $"{operationId} is listed under {domain}");
        section.Should().Contain(named, $"the {domain} text names {named}");
    }

    [Fact]
    public void The_create_subscriber_page_follows_the_seed_inner_page()
    {
        var html = Pages.Value.Operation("createSubscriber", tryIt: true)!;
        html.Should().Contain("Create a subscriber").And.Contain("/api/v1/subscribers");
        html.Should().Contain("Create base identity").And.Contain("Sales / onboarding / migration").And.Contain("Bad input creates downstream pain");
        html.Should().Contain("Auth model").And.Contain("X-Idempotency-Key").And.Contain("X-Tenant-ID");
        html.Should().Contain("crm-23991").And.Contain("sub_000184").And.Contain("duplicate_subscriber");
        html.Should().Contain("Request schema").And.Contain("Response schema").And.Contain("Common errors");
        html.Should().Contain("external_id should be used when syncing from another system");
        html.Should().Contain("id=\"related\"");
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Every_operation_has_a_page_with_its_sections_and_no_external_resources(string operationId)
    {
        var html = Pages.Value.Operation(operationId, tryIt: true);
        html.Should().NotBeNull();
        html.Should().Contain("id=\"overview\"").And.Contain("id=\"parameters\"").And.Contain("id=\"responses\"").And.Contain("id=\"errors\"");
        html.Should().Contain("aria-current=\"page\"", because: "the domain navigation marks the current operation");
        ExternalResource().IsMatch(html!).Should().BeFalse("pages load nothing from other hosts");
    }

    [Fact]
    public void Try_it_prefills_each_path_parameter_with_its_documented_example()
    {
        var html = Pages.Value.Operation("deleteSubscriberContact", tryIt: true)!;

        html.Should().Contain("name=\"param-id\" value=\"sub_000184\"").And.Contain("name=\"param-contact_id\" value=\"con_000003\"");
    }

    [Fact]
    public void An_unknown_operation_has_no_page() => Pages.Value.Operation("noSuchOperation", tryIt: true).Should().BeNull();

    [Fact]
    public void Descriptions_are_html_encoded()
    {
        // The contract's text holds "<api_token>"; it must show as text, not become a tag.
        Pages.Value.Landing.Should().Contain("&lt;api_token&gt;").And.NotContain("<api_token>");
    }

    [GeneratedRegex("""(src|href)="(https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalResource();
}
