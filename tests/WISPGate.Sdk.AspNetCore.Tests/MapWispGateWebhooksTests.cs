using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WISPGate.Sdk.AspNetCore.Tests.Infrastructure;
using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Support;

namespace WISPGate.Sdk.AspNetCore.Tests;

/// <summary>
/// <c>MapWispGateWebhooks</c> over real HTTP (Kestrel on 127.0.0.1, port 0), the clock a <see cref="FakeTimeProvider"/>
/// in dependency injection: valid, forged, unsigned, stale, duplicate, rotated-secret, oversized deliveries and failing
/// handlers.
/// </summary>
public sealed class MapWispGateWebhooksTests
{
    private const string Secret = "whsec_endpoint_test_current";
    private const string PreviousSecret = "whsec_endpoint_test_previous";

    private readonly FakeTimeProvider _clock = new(Deliveries.Now);
    private readonly Recorder _recorder = new();

    private Task<WebhookApp> StartAsync(Action<WispGateWebhookOptions>? configure = null, Action<WispGateWebhookHandlers>? handlers = null, Action<IServiceCollection>? services = null) =>
        WebhookApp.StartAsync(
            configure ?? (o => o.SigningSecrets.Add(Secret)),
            handlers ?? (h => h.OnInvoiceOverdue((e, invoice, _) => _recorder.Record("OnInvoiceOverdue", e, invoice))),
            s =>
            {
                s.AddSingleton<TimeProvider>(_clock);
                s.AddSingleton(_recorder);
                services?.Invoke(s);
            });

    [Fact]
    public async Task A_valid_delivery_is_answered_200_and_dispatched_once_to_the_fluent_and_the_DI_typed_handler()
    {
        await using var app = await StartAsync(services: s => s.AddWispGateEventHandler<Invoice, RecordingInvoiceHandler>());
        var body = Deliveries.InvoiceOverdue("evt_000601");

        using var response = await app.DeliverAsync(body, Deliveries.Header(body, _clock.GetUtcNow(), Secret));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var receipt = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        receipt.RootElement.GetProperty("received").GetString().Should().Be("evt_000601");
        _recorder.Calls.Select(c => c.Handler).Should().Equal("OnInvoiceOverdue", nameof(RecordingInvoiceHandler));
        _recorder.Calls.Should().OnlyContain(c => c.Event.Id == "evt_000601" && c.Event.KnownType == EventType.InvoiceOverdue);
        _recorder.Calls.Select(c => c.Data).Should().AllBeOfType<Invoice>();
        _recorder.Calls.Select(c => (Invoice)c.Data!).Should().OnlyContain(i => i.Number == "INV-2026-0501" && i.AmountDue == 2900);
    }

    [Fact]
    public async Task A_forged_delivery_is_answered_400_naming_the_check_and_dispatches_nothing()
    {
        await using var app = await StartAsync();
        var body = Deliveries.InvoiceOverdue();
        var tampered = body.Replace("\"amount_due\":2900", "\"amount_due\":0", StringComparison.Ordinal);

        using var tamperedResponse = await app.DeliverAsync(tampered, Deliveries.Header(body, _clock.GetUtcNow(), Secret));
        using var wrongSecret = await app.DeliverAsync(body, Deliveries.Header(body, _clock.GetUtcNow(), "whsec_attacker"));

        foreach (var response in new[] { tamperedResponse, wrongSecret })
        {
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            var problem = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            problem.Should().Contain("Invalid webhook signature").And.Contain("No v1 signature").And.NotContain(Secret);
        }

        _recorder.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task An_unsigned_or_malformed_delivery_is_answered_400()
    {
        await using var app = await StartAsync();
        var body = Deliveries.InvoiceOverdue();

        using var unsigned = await app.DeliverAsync(body, signatureHeader: null);
        using var malformed = await app.DeliverAsync(body, "v1=abc");

        unsigned.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await unsigned.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("header is missing");
        malformed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await malformed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("malformed");
        _recorder.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task A_stale_delivery_is_answered_400_on_the_clock_from_dependency_injection()
    {
        await using var app = await StartAsync(o =>
        {
            o.SigningSecrets.Add(Secret);
            o.Tolerance = TimeSpan.FromMinutes(5);
        });
        var body = Deliveries.InvoiceOverdue("evt_000602");
        var signedAt = _clock.GetUtcNow();

        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        using var stale = await app.DeliverAsync(body, Deliveries.Header(body, signedAt, Secret));
        using var future = await app.DeliverAsync(body, Deliveries.Header(body, _clock.GetUtcNow().AddMinutes(6), Secret));
        using var fresh = await app.DeliverAsync(body, Deliveries.Header(body, _clock.GetUtcNow(), Secret));

        stale.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await stale.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("Stale webhook delivery").And.Contain("301 s old");
        future.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await future.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("in the future");
        fresh.StatusCode.Should().Be(HttpStatusCode.OK, "the same body signed now is accepted");
        _recorder.Calls.Should().ContainSingle().Which.Event.Id.Should().Be("evt_000602");
    }

    [Fact]
    public async Task A_duplicate_delivery_of_the_same_event_is_answered_200_and_dispatched_once()
    {
        await using var app = await StartAsync();
        var body = Deliveries.InvoiceOverdue("evt_000603");

        using var first = await app.DeliverAsync(body, Deliveries.Header(body, _clock.GetUtcNow(), Secret));
        _clock.Advance(TimeSpan.FromSeconds(30));
        // A retry is signed again, with a new timestamp.
        using var retry = await app.DeliverAsync(body, Deliveries.Header(body, _clock.GetUtcNow(), Secret));

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        retry.StatusCode.Should().Be(HttpStatusCode.OK);
        (await retry.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be("""{"received":"evt_000603","duplicate":true}""");
        _recorder.Calls.Should().ContainSingle();
    }

    [Fact]
    public async Task During_a_rotation_both_configured_secrets_are_accepted_alone_or_as_two_v1_signatures()
    {
        await using var app = await StartAsync(o =>
        {
            o.SigningSecrets.Add(Secret);
            o.SigningSecrets.Add(PreviousSecret);
        });
        var now = _clock.GetUtcNow();
        var withPrevious = Deliveries.InvoiceOverdue("evt_000611");
        var withCurrent = Deliveries.InvoiceOverdue("evt_000612");
        var withBoth = Deliveries.InvoiceOverdue("evt_000613");
        var withNeither = Deliveries.InvoiceOverdue("evt_000614");

        using var previous = await app.DeliverAsync(withPrevious, Deliveries.Header(withPrevious, now, PreviousSecret));
        using var current = await app.DeliverAsync(withCurrent, Deliveries.Header(withCurrent, now, Secret));
        using var both = await app.DeliverAsync(withBoth, Deliveries.Header(withBoth, now, PreviousSecret, Secret));
        using var neither = await app.DeliverAsync(withNeither, Deliveries.Header(withNeither, now, "whsec_someone_else"));

        previous.StatusCode.Should().Be(HttpStatusCode.OK);
        current.StatusCode.Should().Be(HttpStatusCode.OK);
        both.StatusCode.Should().Be(HttpStatusCode.OK);
        neither.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        _recorder.Calls.Select(c => c.Event.Id).Should().Equal("evt_000611", "evt_000612", "evt_000613");
    }

    [Fact]
    public async Task A_receiver_that_knows_only_the_new_secret_accepts_a_delivery_signed_with_both()
    {
        await using var app = await StartAsync();
        var body = Deliveries.InvoiceOverdue("evt_000615");

        using var response = await app.DeliverAsync(body, Deliveries.Header(body, _clock.GetUtcNow(), PreviousSecret, Secret));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        _recorder.Calls.Should().ContainSingle().Which.Event.Id.Should().Be("evt_000615");
    }

    [Fact]
    public async Task A_secret_added_by_a_configuration_reload_applies_to_the_next_delivery_without_a_restart()
    {
        await using var app = await WebhookApp.StartAsync(
            handlers: h => h.OnInvoiceOverdue((e, invoice, _) => _recorder.Record("OnInvoiceOverdue", e, invoice)),
            services: s => s.AddSingleton<TimeProvider>(_clock),
            settings: new Dictionary<string, string?> { ["WispGateWebhooks:SigningSecrets:0"] = PreviousSecret });
        var body = Deliveries.InvoiceOverdue("evt_000616");

        using var before = await app.DeliverAsync(body, Deliveries.Header(body, _clock.GetUtcNow(), Secret));
        app.Configuration["WispGateWebhooks:SigningSecrets:0"] = Secret;
        app.Configuration.Reload();
        using var after = await app.DeliverAsync(body, Deliveries.Header(body, _clock.GetUtcNow(), Secret));

        before.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        after.StatusCode.Should().Be(HttpStatusCode.OK);
        _recorder.Calls.Should().ContainSingle();
    }

    [Fact]
    public async Task A_throwing_handler_answers_500_without_recording_the_event_and_the_retry_is_dispatched()
    {
        var attempts = 0;
        await using var app = await StartAsync(handlers: h => h.OnInvoiceOverdue((e, invoice, _) =>
        {
            attempts++;
            return attempts == 1 ? throw new InvalidOperationException("the ledger is down") : _recorder.Record("OnInvoiceOverdue", e, invoice);
        }));
        var body = Deliveries.InvoiceOverdue("evt_000621");

        using var failed = await app.DeliverAsync(body, Deliveries.Header(body, _clock.GetUtcNow(), Secret));
        using var retried = await app.DeliverAsync(body, Deliveries.Header(body, _clock.GetUtcNow(), Secret));
        using var again = await app.DeliverAsync(body, Deliveries.Header(body, _clock.GetUtcNow(), Secret));

        failed.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await failed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().NotContain("ledger", "exception details stay in the log");
        retried.StatusCode.Should().Be(HttpStatusCode.OK);
        (await retried.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().NotContain("duplicate");
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("\"duplicate\":true");
        attempts.Should().Be(2, "the failed delivery did not mark the event handled, the successful retry did");
        _recorder.Calls.Should().ContainSingle();
        app.Logs.Should().Contain(r => r.Level == Microsoft.Extensions.Logging.LogLevel.Error && r.Message.Contains("evt_000621", StringComparison.Ordinal) && r.Exception is InvalidOperationException);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_over_the_limit_is_answered_413_with_or_without_a_content_length(bool chunked)
    {
        await using var app = await StartAsync(o =>
        {
            o.SigningSecrets.Add(Secret);
            o.MaxRequestBodySize = 1024;
        });
        var body = Deliveries.SubscriberCreated("evt_000631", fullName: new string('x', 3000));
        var bytes = Encoding.UTF8.GetBytes(body);

        using var response = await app.DeliverBytesAsync(bytes, Deliveries.Header(body, _clock.GetUtcNow(), Secret), chunked);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        _recorder.Calls.Should().BeEmpty();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_at_the_limit_is_accepted(bool chunked)
    {
        var body = Deliveries.InvoiceOverdue("evt_000632");
        await using var app = await StartAsync(o =>
        {
            o.SigningSecrets.Add(Secret);
            o.MaxRequestBodySize = Encoding.UTF8.GetByteCount(body);
        });

        using var response = await app.DeliverBytesAsync(Encoding.UTF8.GetBytes(body), Deliveries.Header(body, _clock.GetUtcNow(), Secret), chunked);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        _recorder.Calls.Should().ContainSingle();
    }

    [Fact]
    public async Task A_signed_body_that_is_not_an_event_is_answered_400()
    {
        await using var app = await StartAsync();
        const string body = """{"hello":"world"}""";

        using var response = await app.DeliverAsync(body, Deliveries.Header(body, _clock.GetUtcNow(), Secret));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("Invalid webhook event");
    }

    [Fact]
    public async Task An_unknown_event_type_reaches_the_fallback_handler_and_one_by_wire_type_its_own_handler()
    {
        await using var app = await StartAsync(handlers: h => h
            .On("subscriber.merged", (e, _) => _recorder.Record("On(subscriber.merged)", e))
            .OnUnhandled((e, _) => _recorder.Record("OnUnhandled", e))
            .OnInvoiceOverdue((e, invoice, _) => _recorder.Record("OnInvoiceOverdue", e, invoice)));
        var unknown = Deliveries.OfType("router.rebooted", "evt_000641");
        var merged = Deliveries.OfType("subscriber.merged", "evt_000642");

        using var unknownResponse = await app.DeliverAsync(unknown, Deliveries.Header(unknown, _clock.GetUtcNow(), Secret));
        using var mergedResponse = await app.DeliverAsync(merged, Deliveries.Header(merged, _clock.GetUtcNow(), Secret));

        unknownResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        mergedResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        _recorder.Calls.Select(c => (c.Handler, c.Event.Id)).Should().Equal(("OnUnhandled", "evt_000641"), ("On(subscriber.merged)", "evt_000642"));
        _recorder.Calls[0].Event.KnownType.Should().Be(EventType.Unknown);
    }

    [Fact]
    public async Task An_event_without_a_handler_is_acknowledged_and_logged_with_its_id_and_type_only()
    {
        await using var app = await StartAsync();
        var body = Deliveries.SubscriberCreated("evt_000651", fullName: "Private Person");

        using var response = await app.DeliverAsync(body, Deliveries.Header(body, _clock.GetUtcNow(), Secret));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        app.Logs.Should().Contain(r => r.Message == "Webhook event evt_000651 (subscriber.created) has no handler; acknowledged");
        _recorder.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task The_log_never_holds_a_secret_a_signature_or_a_body()
    {
        await using var app = await StartAsync(handlers: h => h.OnSubscriberCreated((_, _, _) => throw new InvalidOperationException("boom")));
        var body = Deliveries.SubscriberCreated("evt_000652", fullName: "Private Person");
        var header = Deliveries.Header(body, _clock.GetUtcNow(), Secret);

        using var failing = await app.DeliverAsync(body, header);
        using var forged = await app.DeliverAsync(body, Deliveries.Header(body, _clock.GetUtcNow(), "whsec_attacker"));
        using var malformed = await app.DeliverAsync(body, "t=abc,v1=" + Deliveries.Signature(body, Secret, _clock.GetUtcNow()));

        failing.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        malformed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var logged = string.Join('\n', app.Logs.Select(r => r.Message + " " + string.Join(' ', r.StructuredState?.Select(kv => kv.Value) ?? [])));
        logged.Should().Contain("evt_000652");
        logged.Should().NotContain(Secret).And.NotContain("whsec_attacker").And.NotContain("Private Person")
            .And.NotContain(Deliveries.Signature(body, Secret, _clock.GetUtcNow()));
    }

    [Fact]
    public async Task A_second_delivery_while_the_first_is_being_handled_is_answered_409_and_the_event_runs_once()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = await StartAsync(handlers: h => h.OnInvoiceOverdue(async (e, invoice, _) =>
        {
            entered.TrySetResult();
            await release.Task.WaitAsync(TimeSpan.FromMinutes(1));
            await _recorder.Record("OnInvoiceOverdue", e, invoice);
        }));
        var body = Deliveries.InvoiceOverdue("evt_000661");

        var first = app.DeliverAsync(body, Deliveries.Header(body, _clock.GetUtcNow(), Secret));
        await entered.Task.WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        using var second = await app.DeliverAsync(body, Deliveries.Header(body, _clock.GetUtcNow(), Secret));
        release.SetResult();
        using var firstResponse = await first.WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        second.StatusCode.Should().Be(HttpStatusCode.Conflict);
        firstResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        _recorder.Calls.Should().ContainSingle();
    }

    [Fact]
    public async Task Only_POST_is_mapped()
    {
        await using var app = await StartAsync();

        using var response = await app.Http.GetAsync(new Uri(WebhookApp.Route, UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task The_returned_convention_builder_composes_RequireHost()
    {
        await using var app = await WebhookApp.StartAsync(
            o => o.SigningSecrets.Add(Secret),
            services: s => s.AddSingleton<TimeProvider>(_clock),
            map: endpoints => endpoints.MapWispGateWebhooks(WebhookApp.Route).RequireHost("hooks.example.net"));
        var body = Deliveries.InvoiceOverdue("evt_000671");

        using var response = await app.DeliverAsync(body, Deliveries.Header(body, _clock.GetUtcNow(), Secret));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound, "the endpoint answers only for the required host");
    }
}
