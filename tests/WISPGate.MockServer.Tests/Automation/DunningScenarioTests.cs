using WISPGate.MockServer.Tests.Billing;

namespace WISPGate.MockServer.Tests.Automation;

/// <summary>
/// The headline scenario of issue #18 over HTTP: the dunning template suspends a subscriber whose invoice stays unpaid
/// 15 days after it went overdue — through the same operations the API has (a provisioning job disables the RADIUS
/// account, the service leaves the shaper export) — and the reactivation template brings everything back when a payment
/// clears the balance. Paying within the 15 days ends the dunning run <c>skipped</c> with nothing suspended.
/// Time moves only by the server clock.
/// </summary>
public sealed class DunningScenarioTests
{
    [Fact]
    public async Task An_invoice_unpaid_15_days_after_it_went_overdue_suspends_the_subscriber_and_a_clearing_payment_reactivates_everything()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var automation = new AutomationApi(api);
        var dunning = await automation.EnableTemplateAsync("dunning");
        var reactivation = await automation.EnableTemplateAsync("reactivate_on_payment");
        var (subscriber, service, subscription) = await automation.ConnectedSubscriberAsync(server);
        var invoice = (await api.PostAsync($"/api/v1/subscriptions/{subscription}/invoice-now")).DataString("id");   // due 2026-04-27

        server.Clock.Advance(TimeSpan.FromDays(15));   // 2026-04-28: overdue
        var waiting = await automation.SingleRunAsync(dunning);
        var notification = waiting.Items("steps")[0].GetProperty("result").Text("id");

        waiting.Text("status").Should().Be("waiting");
        waiting.GetProperty("subject").Text("id").Should().Be(invoice);
        waiting.Text("resume_at").Should().Be("2026-05-13T10:21:05Z", "15 days after the run started");
        waiting.Items("steps").Select(s => s.Text("status")).Should().Equal("succeeded", "running", "pending", "pending", "pending");
        var sent = await automation.GetAsync($"/api/v1/notifications/{notification}");
        sent.Text("subscriber_id").Should().Be(subscriber);
        sent.Text("template").Should().Be("dunning_reminder");
        sent.GetProperty("variables").Text("body").Should().Contain("Jane Doe").And.Contain((await automation.GetAsync($"/api/v1/invoices/{invoice}")).Text("number"));
        (await automation.GetAsync($"/api/v1/subscribers/{subscriber}")).Text("status").Should().Be("active", "nothing happens during the wait");

        server.Clock.Advance(TimeSpan.FromDays(15));   // the wait is over: the invoice is still open
        var finished = await automation.GetAsync($"/api/v1/workflow-runs/{waiting.Text("id")}");
        server.Clock.Advance(TimeSpan.FromSeconds(5));  // the suspension job is answered

        finished.Text("status").Should().Be("succeeded");
        finished.Items("steps").Select(s => s.Text("status")).Should().Equal("succeeded", "succeeded", "succeeded", "succeeded", "succeeded");
        var job = finished.Items("steps")[4].GetProperty("result");
        job.Text("type").Should().Be("provisioning_job");
        (await automation.GetAsync($"/api/v1/provisioning-jobs/{job.Text("id")}")).Text("status").Should().Be("acked");
        (await automation.GetAsync($"/api/v1/subscribers/{subscriber}")).Text("status").Should().Be("suspended");
        (await automation.GetAsync($"/api/v1/services/{service}")).Text("status").Should().Be("suspended");
        (await automation.GetAsync($"/api/v1/services/{service}/aaa")).Flag("enabled").Should().BeFalse("the job disabled the RADIUS account");
        (await automation.ShapedCircuitsAsync()).Should().NotContain(service, "a suspended service is not shaped");
        var events = await automation.EventsAsync();
        events.Should().Contain(("subscriber.suspended", subscriber, waiting.Text("id")), "the run's suspension carries caused_by");
        events.Should().Contain(("service.suspended", service, waiting.Text("id")));
        events.Should().Contain(("workflow_run.succeeded", waiting.Text("id"), waiting.Text("id")));

        var owed = (await automation.GetAsync($"/api/v1/subscribers/{subscriber}/balance")).Long("outstanding");
        await new BillingApi(api).PayAsync(new { subscriber_id = subscriber, amount = owed, currency = "USD", method = "card", auto_apply = true });
        var reactivated = await automation.SingleRunAsync(reactivation);
        server.Clock.Advance(TimeSpan.FromSeconds(5));  // the resume job is answered

        reactivated.Text("status").Should().Be("succeeded");
        reactivated.Items("steps").Select(s => s.Text("type")).Should().Equal("check", "check", "reactivate_subscriber", "resume_services");
        (await automation.GetAsync($"/api/v1/subscribers/{subscriber}")).Text("status").Should().Be("active");
        (await automation.GetAsync($"/api/v1/services/{service}")).Text("status").Should().Be("active");
        (await automation.GetAsync($"/api/v1/services/{service}/aaa")).Flag("enabled").Should().BeTrue();
        (await automation.ShapedCircuitsAsync()).Should().Contain(service);
        (await automation.EventsAsync()).Should().Contain(("subscriber.reactivated", subscriber, reactivated.Text("id")));
    }

    [Fact]
    public async Task Paying_on_day_10_of_the_wait_ends_the_dunning_run_skipped_with_nothing_suspended()
    {
        var (server, _) = await MockServers.StartWithFakeTimeAsync();
        await using var _server = server;
        using var api = new ApiClient(server);
        var automation = new AutomationApi(api);
        var dunning = await automation.EnableTemplateAsync("dunning");
        var reactivation = await automation.EnableTemplateAsync("reactivate_on_payment");
        var (subscriber, service, subscription) = await automation.ConnectedSubscriberAsync(server);
        var invoice = await api.PostAsync($"/api/v1/subscriptions/{subscription}/invoice-now");
        server.Clock.Advance(TimeSpan.FromDays(15));   // overdue: the run waits
        var run = (await automation.SingleRunAsync(dunning)).Text("id");

        server.Clock.Advance(TimeSpan.FromDays(10));
        await new BillingApi(api).PayAsync(new { subscriber_id = subscriber, amount = invoice.Data.Long("amount_due"), currency = "USD", method = "card", auto_apply = true });
        var stillWaiting = await automation.GetAsync($"/api/v1/workflow-runs/{run}");
        server.Clock.Advance(TimeSpan.FromDays(5) + TimeSpan.FromSeconds(10));

        stillWaiting.Text("status").Should().Be("waiting");
        var skipped = await automation.GetAsync($"/api/v1/workflow-runs/{run}");
        skipped.Text("status").Should().Be("skipped");
        skipped.Items("steps").Select(s => s.Text("status")).Should().Equal("succeeded", "succeeded", "succeeded", "skipped", "skipped");
        (await automation.SingleRunAsync(reactivation)).Text("status").Should().Be("skipped", "the subscriber was never suspended");
        (await automation.GetAsync($"/api/v1/subscribers/{subscriber}")).Text("status").Should().Be("active");
        (await automation.GetAsync($"/api/v1/services/{service}")).Text("status").Should().Be("active");
        (await automation.GetAsync($"/api/v1/services/{service}/aaa")).Flag("enabled").Should().BeTrue();
        (await automation.ShapedCircuitsAsync()).Should().Contain(service);
        (await automation.RunsAsync("status=skipped")).Select(r => r.Text("id")).Should().Contain(run);
        (await automation.EventsAsync("type=workflow_run.skipped")).Select(e => e.ObjectId).Should().Contain(run);
        (await automation.EventsAsync("type=subscriber.suspended,service.suspended")).Should().BeEmpty();
    }
}
