using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.Sdk.Paging;
using WISPGate.Sdk.Provisioning;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Support;
using WISPGate.Sdk.Webhooks;

namespace WISPGate.IntegrationTests.Samples;

/// <summary>README's "Calling each area" snippets (Subscribers, Provisioning, Support, Webhook endpoints) as written, against the mock server.</summary>
public sealed class ReadmeAreaExamplesTests
{
    [Fact]
    public async Task The_calling_each_area_snippets_work_against_the_mock_server()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await SdkAgainstMock.StartAsync();
        var wispGate = harness.Client;

        // Subscribers & CRM
        var created = await wispGate.Subscribers.CreateAsync(
            new CreateSubscriberRequest { ExternalId = "crm-23991", FullName = "Jane Doe", Status = SubscriberStatus.Prospect, BillingProfileId = "bp_001" },
            cancellationToken: ct);
        Subscriber jane = created.Data;
        await wispGate.Subscribers.ActivateAsync(jane.Id, cancellationToken: ct);
        await wispGate.Subscribers.SuspendAsync(jane.Id, new SuspendSubscriberRequest { Reason = "non_payment" }, cancellationToken: ct);
        await wispGate.Subscribers.UpdateAsync(jane.Id, new UpdateSubscriberRequest { Email = "jane@example.com", Phone = null }, cancellationToken: ct);
        SubscriberBalance balance = (await wispGate.Subscribers.GetBalanceAsync(jane.Id, cancellationToken: ct)).Data;
        Service service = (await wispGate.Services.CreateAsync(new CreateServiceRequest { SubscriberId = jane.Id, ServicePackageId = "pkg_000001" }, cancellationToken: ct)).Data;
        balance.Balance.Should().Be(0);
        service.SubscriberId.Should().Be(jane.Id);

        // Network & Provisioning
        ProvisioningJob job = (await wispGate.Services.ActivateAsync("svc_000004", cancellationToken: ct)).Data;
        harness.Server.Clock.Advance(TimeSpan.FromSeconds(3));
        job = await wispGate.ProvisioningJobs.WaitForCompletionAsync(job.Id, cancellationToken: ct);
        job.Status.Should().Be(ProvisioningJobStatus.Acked);
        AaaAccount aaa = (await wispGate.Services.GetAaaAsync("svc_000004", cancellationToken: ct)).Data;
        aaa.Username.Should().Be("svc_000004@wisp.example");

        // Automation & Support
        Ticket ticket = (await wispGate.Tickets.CreateAsync(
            new CreateTicketRequest { Subject = "No link since the storm", Description = "CPE shows no signal", SubscriberId = "sub_000178", Priority = TicketPriority.High },
            cancellationToken: ct)).Data;
        await wispGate.Tickets.AddCommentAsync(ticket.Id, new CreateTicketCommentRequest { Author = "noc", Body = "Realigned", Public = true }, cancellationToken: ct);
        (await wispGate.Tickets.GetAsync(ticket.Id, cancellationToken: ct)).Data.CommentCount.Should().Be(1);

        // Webhook endpoints (the receiver need not exist: the ping's attempt is recorded whatever happens)
        WebhookEndpoint endpoint = (await wispGate.WebhookEndpoints.CreateAsync(
            new CreateWebhookEndpointRequest { Url = "http://127.0.0.1:9/hooks/wispgate", Events = [WebhookEndpoint.AllEvents] },
            cancellationToken: ct)).Data;
        string secret = endpoint.Secret!;
        await wispGate.WebhookEndpoints.TestAsync(endpoint.Id, cancellationToken: ct);
        Page<WebhookDelivery> deliveries = await wispGate.WebhookEndpoints.ListDeliveriesAsync(endpoint.Id, cancellationToken: ct);
        secret.Should().StartWith("whsec_");
        deliveries.Items.Should().NotBeEmpty();
    }
}
