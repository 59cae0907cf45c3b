using System.Net;
using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Provisioning;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.IntegrationTests.Conformance;

/// <summary>Every Subscribers &amp; CRM operation through the SDK, with typed results.</summary>
public sealed class SubscribersConformanceTests
{
    [Fact]
    public async Task Every_subscriber_contact_and_service_operation_answers_typed_results()
    {
        await using var harness = await SdkAgainstMock.StartAsync();
        await WalkAsync(harness, TestContext.Current.CancellationToken);
    }

    internal static async Task WalkAsync(SdkAgainstMock harness, CancellationToken ct)
    {
        var client = harness.Client;

        var page = await client.Subscribers.ListAsync(new SubscriberListOptions { Limit = 2 }, cancellationToken: ct);
        page.Items.Should().HaveCount(2);
        page.HasMore.Should().BeTrue();
        page.NextCursor.Should().NotBeNullOrEmpty();

        var externalId = Unique.Id("crm");
        var created = await client.Subscribers.CreateAsync(
            new CreateSubscriberRequest { ExternalId = externalId, FullName = "Walk Subscriber", Status = SubscriberStatus.Prospect, BillingProfileId = "bp_001" },
            cancellationToken: ct);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        created.Data.Id.Should().StartWith("sub_");
        created.Data.ExternalId.Should().Be(externalId);
        created.Data.Status.Should().Be(SubscriberStatus.Prospect);
        var id = created.Data.Id;

        (await client.Subscribers.GetAsync(id, cancellationToken: ct)).Data.FullName.Should().Be("Walk Subscriber");
        (await client.Subscribers.UpdateAsync(id, new UpdateSubscriberRequest { Email = "walk@example.com" }, cancellationToken: ct))
            .Data.Email.Should().Be("walk@example.com");

        (await client.Subscribers.ActivateAsync(id, cancellationToken: ct)).Data.Status.Should().Be(SubscriberStatus.Active);
        (await client.Subscribers.SuspendAsync(id, new SuspendSubscriberRequest { Reason = "non_payment" }, cancellationToken: ct))
            .Data.Status.Should().Be(SubscriberStatus.Suspended);
        (await client.Subscribers.ReactivateAsync(id, cancellationToken: ct)).Data.Status.Should().Be(SubscriberStatus.Active);

        var contact = await client.Subscribers.AddContactAsync(
            id, new CreateContactRequest { Name = "Billing Person", Email = "billing@example.com", Roles = [ContactRole.Billing] }, cancellationToken: ct);
        contact.Data.SubscriberId.Should().Be(id);
        contact.Data.Roles.Should().Equal(ContactRole.Billing);
        (await client.Subscribers.ListContactsAsync(id, cancellationToken: ct)).Items.Select(c => c.Id).Should().Contain(contact.Data.Id);
        (await client.Subscribers.RemoveContactAsync(id, contact.Data.Id, cancellationToken: ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await client.Subscribers.ListContactsAsync(id, cancellationToken: ct)).Items.Should().NotContain(c => c.Id == contact.Data.Id);

        var balance = await client.Subscribers.GetBalanceAsync("sub_000178", cancellationToken: ct);
        balance.Data.SubscriberId.Should().Be("sub_000178");
        balance.Data.Currency.Should().Be("USD");

        var service = await client.Services.CreateAsync(new CreateServiceRequest { SubscriberId = id, ServicePackageId = "pkg_000001" }, cancellationToken: ct);
        service.Data.Id.Should().StartWith("svc_");
        service.Data.SubscriberId.Should().Be(id);
        service.Data.Status.Should().Be(ServiceStatus.Pending);
        (await client.Services.GetAsync(service.Data.Id, cancellationToken: ct)).Data.ServicePackageId.Should().Be("pkg_000001");
        var address = new Address { Line1 = "1 Tower Road", City = "Austin", State = "TX", PostalCode = "78701" };
        (await client.Services.UpdateAsync(service.Data.Id, new UpdateServiceRequest { ServiceAddress = address }, cancellationToken: ct))
            .Data.ServiceAddress!.Line1.Should().Be("1 Tower Road");
        (await client.Services.ListAsync(new ServiceListOptions { SubscriberId = id }, cancellationToken: ct)).Items.Should().Contain(s => s.Id == service.Data.Id);

        // A subscriber with live services cannot be cancelled: the service is terminated when its job is acked.
        var termination = (await client.Services.TerminateAsync(service.Data.Id, cancellationToken: ct)).Data;
        harness.Server.Clock.Advance(TimeSpan.FromSeconds(2));
        (await client.ProvisioningJobs.WaitForCompletionAsync(termination.Id, cancellationToken: ct)).Data.Status.Should().Be(ProvisioningJobStatus.Acked);
        (await client.Services.GetAsync(service.Data.Id, cancellationToken: ct)).Data.Status.Should().Be(ServiceStatus.Terminated);
        (await client.Subscribers.CancelAsync(id, cancellationToken: ct)).Data.Status.Should().Be(SubscriberStatus.Cancelled);

        var doomed = await client.Subscribers.CreateAsync(new CreateSubscriberRequest { FullName = "To Delete", Status = SubscriberStatus.Prospect }, cancellationToken: ct);
        (await client.Subscribers.DeleteAsync(doomed.Data.Id, cancellationToken: ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var fetchDeleted = () => client.Subscribers.GetAsync(doomed.Data.Id, cancellationToken: ct);
        await fetchDeleted.Should().ThrowAsync<WispGateNotFoundException>();
    }
}
