using System.Net;
using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.Sdk.Support;

namespace WISPGate.IntegrationTests.Conformance;

/// <summary>Every Automation &amp; Support operation (tickets, events, notifications) through the SDK, with typed results.</summary>
public sealed class SupportConformanceTests
{
    [Fact]
    public async Task Every_ticket_event_and_notification_operation_answers_typed_results()
    {
        await using var harness = await SdkAgainstMock.StartAsync();
        await WalkAsync(harness, TestContext.Current.CancellationToken);
    }

    internal static async Task WalkAsync(SdkAgainstMock harness, CancellationToken ct)
    {
        var client = harness.Client;

        var ticket = await client.Tickets.CreateAsync(
            new CreateTicketRequest { Subject = "No link", Description = "CPE shows no signal.", SubscriberId = "sub_000178", Priority = TicketPriority.High },
            cancellationToken: ct);
        ticket.StatusCode.Should().Be(HttpStatusCode.Created);
        ticket.Data.Status.Should().Be(TicketStatus.New);
        ticket.Data.Priority.Should().Be(TicketPriority.High);
        (await client.Tickets.GetAsync(ticket.Data.Id, cancellationToken: ct)).Data.Subject.Should().Be("No link");
        (await client.Tickets.UpdateAsync(ticket.Data.Id, new UpdateTicketRequest { Status = TicketStatus.Open, Assignee = "tech-1" }, cancellationToken: ct))
            .Data.Should().Match<Ticket>(t => t.Status == TicketStatus.Open && t.Assignee == "tech-1");
        (await client.Tickets.ListAsync(new TicketListOptions { SubscriberId = "sub_000178" }, cancellationToken: ct)).Items.Should().Contain(t => t.Id == ticket.Data.Id);
        var comment = await client.Tickets.AddCommentAsync(ticket.Data.Id, new CreateTicketCommentRequest { Author = "tech-1", Body = "Realigned the dish.", Public = true }, cancellationToken: ct);
        comment.Data.TicketId.Should().Be(ticket.Data.Id);
        comment.Data.Public.Should().BeTrue();
        (await client.Tickets.ListCommentsAsync(ticket.Data.Id, cancellationToken: ct)).Items.Should().ContainSingle(c => c.Id == comment.Data.Id);

        var events = await client.Events.ListAsync(new EventListOptions { Type = [EventType.TicketCreated] }, cancellationToken: ct);
        events.Items.Should().NotBeEmpty().And.OnlyContain(e => e.Type == "ticket.created");
        var fetched = await client.Events.GetAsync(events.Items[0].Id, cancellationToken: ct);
        fetched.Data.Id.Should().Be(events.Items[0].Id);
        fetched.Data.TenantId.Should().Be("tenant_demo_001");

        var notification = await client.Notifications.CreateAsync(
            new CreateNotificationRequest { SubscriberId = "sub_000178", Channel = NotificationChannel.Email, Template = "payment_received", Variables = new Dictionary<string, string> { ["amount"] = "$10.00" } },
            cancellationToken: ct);
        notification.Data.Channel.Should().Be(NotificationChannel.Email);
        notification.Data.SubscriberId.Should().Be("sub_000178");
        (await client.Notifications.GetAsync(notification.Data.Id, cancellationToken: ct)).Data.Template.Should().Be("payment_received");
        (await client.Notifications.ListAsync(new NotificationListOptions { SubscriberId = "sub_000178" }, cancellationToken: ct)).Items.Should().Contain(n => n.Id == notification.Data.Id);
    }
}
