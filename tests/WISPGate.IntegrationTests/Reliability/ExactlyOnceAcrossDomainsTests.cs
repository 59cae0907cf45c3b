using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.MockServer;
using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Provisioning;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.IntegrationTests.Reliability;

/// <summary>
/// Lost response after commit beyond Subscribers: an invoice, a payment and a service action whose first answer is
/// dropped after the server committed are retried with the same idempotency key and exist exactly once (by listing).
/// </summary>
public sealed class ExactlyOnceAcrossDomainsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<Subscriber> NewSubscriberAsync(SdkAgainstMock harness) =>
        (await harness.Client.Subscribers.CreateAsync(
            new CreateSubscriberRequest { FullName = "Lost Response", Status = SubscriberStatus.Active, BillingProfileId = "bp_001" }, cancellationToken: Ct)).Data;

    [Fact]
    public async Task An_invoice_whose_response_is_lost_after_commit_exists_once()
    {
        await using var harness = await SdkAgainstMock.StartAsync();
        var subscriber = await NewSubscriberAsync(harness);
        harness.Server.Faults.Add(new FaultRule { Method = "POST", Path = "/api/v1/invoices", DropAfterCommit = true });

        var created = await harness.Client.Invoices.CreateAsync(
            new CreateInvoiceRequest { SubscriberId = subscriber.Id, Lines = [new InvoiceLineInput { Description = "Install", UnitAmount = 9_900 }] }, cancellationToken: Ct);

        created.Attempts.Should().Be(2);
        created.IdempotentReplayed.Should().BeTrue();
        var invoices = await harness.Client.Invoices.ListAsync(new InvoiceListOptions { SubscriberId = subscriber.Id }, cancellationToken: Ct);
        invoices.Items.Should().ContainSingle().Which.Id.Should().Be(created.Data.Id);
    }

    [Fact]
    public async Task A_payment_whose_response_is_lost_after_commit_exists_once()
    {
        await using var harness = await SdkAgainstMock.StartAsync();
        var subscriber = await NewSubscriberAsync(harness);
        harness.Server.Faults.Add(new FaultRule { Method = "POST", Path = "/api/v1/payments", DropAfterCommit = true });

        var created = await harness.Client.Payments.CreateAsync(
            new CreatePaymentRequest { SubscriberId = subscriber.Id, Amount = 5_000, Currency = "USD", Method = PaymentMethod.Cash }, cancellationToken: Ct);

        created.Attempts.Should().Be(2);
        created.IdempotentReplayed.Should().BeTrue();
        var payments = await harness.Client.Payments.ListAsync(new PaymentListOptions { SubscriberId = subscriber.Id }, cancellationToken: Ct);
        payments.Items.Should().ContainSingle().Which.Id.Should().Be(created.Data.Id);
        (await harness.Client.Subscribers.GetBalanceAsync(subscriber.Id, cancellationToken: Ct)).Data.Balance.Should().Be(-5_000, "the money was recorded once");
    }

    [Fact]
    public async Task A_service_activation_whose_response_is_lost_after_commit_starts_one_job()
    {
        await using var harness = await SdkAgainstMock.StartAsync();
        var subscriber = await NewSubscriberAsync(harness);
        var service = (await harness.Client.Services.CreateAsync(new CreateServiceRequest { SubscriberId = subscriber.Id, ServicePackageId = "pkg_000001" }, cancellationToken: Ct)).Data;
        harness.Server.Faults.Add(new FaultRule { Method = "POST", Path = "/api/v1/services/{id}/activate", DropAfterCommit = true });

        var job = await harness.Client.Services.ActivateAsync(service.Id, cancellationToken: Ct);

        job.Attempts.Should().Be(2);
        job.IdempotentReplayed.Should().BeTrue("a second activation would have been a 409: the first one is in flight");
        var jobs = await harness.Client.ProvisioningJobs.ListAsync(new ProvisioningJobListOptions { TargetId = service.Id }, cancellationToken: Ct);
        jobs.Items.Should().ContainSingle().Which.Id.Should().Be(job.Data.Id);
        jobs.Items[0].Action.Should().Be(ProvisioningAction.ActivateService);
    }
}
