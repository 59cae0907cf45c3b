using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WISPGate.Sdk.AspNetCore.Tests.Infrastructure;

namespace WISPGate.Sdk.AspNetCore.Tests;

/// <summary>AddWispGateWebhooks: options from configuration, checked at start-up with messages that name the option.</summary>
public sealed class WebhookOptionsTests
{
    [Fact]
    public async Task Without_a_signing_secret_the_app_fails_to_start_naming_the_option_and_its_configuration_key()
    {
        var start = () => WebhookApp.StartAsync();

        var failure = (await start.Should().ThrowAsync<OptionsValidationException>()).Which;
        failure.Message.Should().Contain("WispGateWebhookOptions.SigningSecrets").And.Contain("WispGateWebhooks:SigningSecrets:0");
    }

    [Fact]
    public async Task Invalid_values_fail_start_up_each_with_its_own_message_and_never_the_secret()
    {
        var start = () => WebhookApp.StartAsync(o =>
        {
            o.SigningSecrets.Add("whsec_valid_but_not_printed");
            o.SigningSecrets.Add(" ");
            o.Tolerance = TimeSpan.FromSeconds(-1);
            o.MaxRequestBodySize = 0;
            o.DeduplicationWindow = TimeSpan.Zero;
            o.DeduplicationCapacity = 0;
        });

        var failure = (await start.Should().ThrowAsync<OptionsValidationException>()).Which;
        failure.Failures.Should().HaveCount(5);
        failure.Message.Should().Contain("SigningSecrets[1] is blank").And.Contain("Tolerance").And.Contain("MaxRequestBodySize")
            .And.Contain("DeduplicationWindow").And.Contain("DeduplicationCapacity").And.NotContain("whsec_valid_but_not_printed");
    }

    [Fact]
    public async Task Options_bind_from_the_WispGateWebhooks_section()
    {
        await using var app = await WebhookApp.StartAsync(settings: new Dictionary<string, string?>
        {
            ["WispGateWebhooks:SigningSecrets:0"] = "whsec_new",
            ["WispGateWebhooks:SigningSecrets:1"] = "whsec_old",
            ["WispGateWebhooks:Tolerance"] = "00:01:00",
            ["WispGateWebhooks:MaxRequestBodySize"] = "4096",
            ["WispGateWebhooks:DeduplicationWindow"] = "1.00:00:00",
            ["WispGateWebhooks:DeduplicationCapacity"] = "50",
        });

        var options = app.Services.GetRequiredService<IOptionsMonitor<WispGateWebhookOptions>>().CurrentValue;

        options.SigningSecrets.Should().Equal("whsec_new", "whsec_old");
        options.Tolerance.Should().Be(TimeSpan.FromMinutes(1));
        options.MaxRequestBodySize.Should().Be(4096);
        options.DeduplicationWindow.Should().Be(TimeSpan.FromDays(1));
        options.DeduplicationCapacity.Should().Be(50);
    }

    [Fact]
    public async Task With_AllowNoSigningSecret_the_app_starts_and_answers_503_until_a_secret_arrives()
    {
        await using var app = await WebhookApp.StartAsync(settings: new Dictionary<string, string?> { ["WispGateWebhooks:AllowNoSigningSecret"] = "true" });
        var body = Deliveries.InvoiceOverdue("evt_000701");

        using var early = await app.DeliverAsync(body, Deliveries.Header(body, DateTimeOffset.UtcNow, "whsec_later"));
        app.Configuration["WispGateWebhooks:SigningSecrets:0"] = "whsec_later";
        app.Configuration.Reload();
        using var later = await app.DeliverAsync(body, Deliveries.Header(body, DateTimeOffset.UtcNow, "whsec_later"));

        early.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "WISPGate retries a delivery that got no 2xx");
        later.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public void Mapping_without_AddWispGateWebhooks_fails_with_a_message_that_says_what_to_call()
    {
        var app = WebApplication.CreateSlimBuilder().Build();

        var map = () => app.MapWispGateWebhooks("/webhooks/wispgate");

        map.Should().Throw<InvalidOperationException>().WithMessage("*AddWispGateWebhooks*");
    }
}
