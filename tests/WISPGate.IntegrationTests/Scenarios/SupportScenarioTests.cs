using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.Sdk.Support;

namespace WISPGate.IntegrationTests.Scenarios;

/// <summary>A support case: ticket → comments → the event log tells the story.</summary>
public sealed class SupportScenarioTests
{
    [Fact]
    public async Task A_ticket_and_its_comments_appear_in_the_event_log_typed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await SdkAgainstMock.StartAsync();
        var client = harness.Client;

        var ticket = (await client.Tickets.CreateAsync(
            new CreateTicketRequest { Subject = "Slow evenings", Description = "Speed drops after 8pm.", SubscriberId = "sub_000179" }, cancellationToken: ct)).Data;
        await client.Tickets.AddCommentAsync(ticket.Id, new CreateTicketCommentRequest { Author = "agent-7", Body = "Checking the sector load." }, cancellationToken: ct);
        await client.Tickets.AddCommentAsync(ticket.Id, new CreateTicketCommentRequest { Author = "agent-7", Body = "Moved to a quieter channel.", Public = true }, cancellationToken: ct);

        var comments = await client.Tickets.ListCommentsAsync(ticket.Id, cancellationToken: ct);
        comments.Items.Should().HaveCount(2).And.OnlyContain(c => c.TicketId == ticket.Id);
        (await client.Tickets.GetAsync(ticket.Id, cancellationToken: ct)).Data.CommentCount.Should().Be(2);

        var events = new List<Event>();
        await foreach (var e in client.Events.ListAllAsync(new EventListOptions { Type = [EventType.TicketCreated, EventType.TicketCommented] }, cancellationToken: ct))
        {
            events.Add(e);
        }

        events.Where(e => e.Type == "ticket.created").Should().ContainSingle();
        events.Where(e => e.Type == "ticket.commented").Should().HaveCount(2);
        events.Should().OnlyContain(e => e.TenantId == "tenant_demo_001");
    }
}
