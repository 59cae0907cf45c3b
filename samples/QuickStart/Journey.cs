using System.Globalization;
using WISPGate.Sdk;
using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Support;

namespace WISPGate.Samples.QuickStart;

/// <summary>The seed's developer journey, one printed line per call with its request id.</summary>
internal sealed class Journey(IWispGateClient client, TextWriter output)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        output.WriteLine();
        output.WriteLine($"{"step",-30} {"result",-52} request id");
        output.WriteLine(new string('-', 100));
        try
        {
            var subscriber = await CreateSeedSubscriberAsync(cancellationToken);

            var fetched = await client.Subscribers.GetAsync(subscriber.Id, cancellationToken: cancellationToken);
            Line("Fetch the subscriber", $"{fetched.Data.FullName}, status {fetched.Data.Status}", fetched.RequestId);

            var page = await client.Subscribers.ListAsync(new SubscriberListOptions { Limit = 5 }, cancellationToken: cancellationToken);
            Line("List subscribers", $"{page.Items.Count} on the first page, more: {page.HasMore}", page.RequestId);

            var package = await client.ServicePackages.GetAsync("pkg_000001", cancellationToken: cancellationToken);
            Line("Fetch a service package", $"{package.Data.Name}: {package.Data.DownloadKbps / 1000}/{package.Data.UploadKbps / 1000} Mbps, {Money(package.Data.Price.Amount, package.Data.Price.Currency)}", package.RequestId);

            var draft = await client.Invoices.CreateAsync(
                new CreateInvoiceRequest
                {
                    SubscriberId = subscriber.Id,
                    Lines = [new InvoiceLineInput { Description = package.Data.Name, Quantity = 1, UnitAmount = package.Data.Price.Amount }],
                },
                cancellationToken: cancellationToken);
            Line("Create an invoice", $"{draft.Data.Id} draft, total {Money(draft.Data.Total, draft.Data.Currency)}", draft.RequestId);

            var invoice = await client.Invoices.FinalizeAsync(draft.Data.Id, cancellationToken: cancellationToken);
            Line("Finalize it", $"{invoice.Data.Number} {invoice.Data.Status}, due {invoice.Data.DueDate:yyyy-MM-dd}", invoice.RequestId);

            var payment = await client.Payments.CreateAsync(
                new CreatePaymentRequest
                {
                    SubscriberId = subscriber.Id,
                    Amount = invoice.Data.AmountDue,
                    Currency = invoice.Data.Currency,
                    Method = PaymentMethod.Card,
                    AutoApply = true,
                },
                cancellationToken: cancellationToken);
            Line("Record a payment", $"{payment.Data.Id} {Money(payment.Data.Amount, payment.Data.Currency)} applied to {payment.Data.Allocations.Count} invoice(s)", payment.RequestId);

            var balance = await client.Subscribers.GetBalanceAsync(subscriber.Id, cancellationToken: cancellationToken);
            Line("Check the balance", $"balance {Money(balance.Data.Balance, balance.Data.Currency)}, overdue: {balance.Data.HasOverdueInvoice}", balance.RequestId);

            var ticket = await client.Tickets.CreateAsync(
                new CreateTicketRequest
                {
                    Subject = "Install appointment",
                    Description = "Schedule the CPE install for the new subscriber.",
                    SubscriberId = subscriber.Id,
                    Priority = TicketPriority.Normal,
                },
                cancellationToken: cancellationToken);
            Line("Open a ticket", $"{ticket.Data.Id} {ticket.Data.Status}: {ticket.Data.Subject}", ticket.RequestId);

            var events = await client.Events.ListAsync(new EventListOptions { Limit = 5 }, cancellationToken: cancellationToken);
            Line("Read the events", $"latest: {string.Join(", ", events.Items.Select(e => e.Type))}", events.RequestId);

            output.WriteLine();
            output.WriteLine("Done.");
            return 0;
        }
        catch (WispGateApiException exception)
        {
            output.WriteLine($"The API answered {(int)exception.StatusCode} {exception.Code}: {exception.Message} (request {exception.RequestId})");
            return 1;
        }
    }

    private async Task<Subscriber> CreateSeedSubscriberAsync(CancellationToken cancellationToken)
    {
        var request = new CreateSubscriberRequest
        {
            ExternalId = "crm-23991",
            FullName = "Jane Doe",
            Email = "jane@example.com",
            Phone = "+15550001234",
            Status = SubscriberStatus.Prospect,
            BillingProfileId = "bp_001",
            Address = new Address { Line1 = "101 Fiber Street", City = "Austin", State = "TX", PostalCode = "78701" },
            Metadata = new Dictionary<string, string> { ["source"] = "website_signup", ["campaign"] = "spring_launch" },
        };
        try
        {
            var created = await client.Subscribers.CreateAsync(request, cancellationToken: cancellationToken);
            Line("Create the seed's subscriber", $"{created.Data.Id} {created.Data.FullName} ({created.Data.ExternalId})", created.RequestId);
            return created.Data;
        }
        catch (WispGateConflictException conflict) when (conflict.Code == "duplicate_subscriber")
        {
            // Re-running against a real server: the subscriber exists already; find it by external_id.
            var existing = await client.Subscribers.ListAsync(new SubscriberListOptions { ExternalId = "crm-23991" }, cancellationToken: cancellationToken);
            Line("Create the seed's subscriber", $"exists already: {existing.Items[0].Id}", existing.RequestId);
            return existing.Items[0];
        }
    }

    private void Line(string step, string result, string? requestId) =>
        output.WriteLine($"{step,-30} {Fit(result, 52),-52} {requestId}");

    private static string Money(long minorUnits, string currency) =>
        string.Create(CultureInfo.InvariantCulture, $"{currency} {minorUnits / 100m:0.00}");

    private static string Fit(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
