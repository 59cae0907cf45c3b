using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace WISPGate.Sdk.Tests;

public sealed class OptionsTests
{
    private static readonly Uri s_baseUrl = new("http://127.0.0.1:5080");

    [Fact]
    public void Missing_base_url_and_token_fail_at_creation_with_messages_naming_the_options()
    {
        var create = () => WispGateClient.Create(new WispGateClientOptions());

        var failure = create.Should().Throw<OptionsValidationException>().Which;
        failure.Message.Should().Contain("WispGateClientOptions.BaseUrl is required")
            .And.Contain("WispGateClientOptions.ApiToken or WispGateClientOptions.ApiTokenProvider is required");
    }

    public static TheoryData<Action<WispGateClientOptions>, string> InvalidOptions => new()
    {
        { o => o.BaseUrl = new Uri("/relative", UriKind.Relative), "WispGateClientOptions.BaseUrl must be an absolute http or https URL" },
        { o => o.BaseUrl = new Uri("ftp://127.0.0.1/"), "WispGateClientOptions.BaseUrl must be an absolute http or https URL" },
        { o => o.ApiTokenProvider = _ => ValueTask.FromResult("t"), "Set only one of WispGateClientOptions.ApiToken and WispGateClientOptions.ApiTokenProvider" },
        { o => o.ApiToken = "two words", "WispGateClientOptions.ApiToken must be a non-blank token" },
        { o => o.TenantId = " ", "WispGateClientOptions.TenantId must be a non-blank tenant id" },
        { o => o.Timeout = TimeSpan.Zero, "WispGateClientOptions.Timeout must be between" },
        { o => o.AttemptTimeout = TimeSpan.FromMinutes(5), "WispGateClientOptions.AttemptTimeout must not exceed WispGateClientOptions.Timeout" },
        { o => o.MaxRetries = 11, "WispGateClientOptions.MaxRetries must be between 0 and 10" },
        { o => o.MaxRetries = -1, "WispGateClientOptions.MaxRetries must be between 0 and 10" },
        { o => o.RetryBaseDelay = TimeSpan.FromSeconds(-1), "WispGateClientOptions.RetryBaseDelay must be between 0 and 1 day" },
        { o => o.UserAgentSuffix = "bad\r\nX-Injected: 1", "WispGateClientOptions.UserAgentSuffix must be printable" },
        { o => o.CircuitBreaker.FailureRatio = 0, "WispGateClientOptions.CircuitBreaker.FailureRatio" },
        { o => o.CircuitBreaker.MinimumThroughput = 1, "WispGateClientOptions.CircuitBreaker.MinimumThroughput must be at least 2" },
        { o => o.CircuitBreaker.BreakDuration = TimeSpan.FromMilliseconds(10), "WispGateClientOptions.CircuitBreaker.BreakDuration must be between" },
        { o => o.CircuitBreaker = null!, "WispGateClientOptions.CircuitBreaker must not be null" },
        { o => o.BaseUrl = new Uri("http://127.0.0.1:5080/api/v1"), "WispGateClientOptions.BaseUrl must be the root URL without /api/v1 (configuration key WispGate:BaseUrl): the SDK adds /api/v1/... itself. Use http://127.0.0.1:5080 instead" },
        { o => o.BaseUrl = new Uri("https://gw.example.net/wisp/api/v1/"), "Use https://gw.example.net/wisp instead" },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Each_invalid_option_is_named_in_the_failure(Action<WispGateClientOptions> breakIt, string message)
    {
        var options = new WispGateClientOptions { BaseUrl = s_baseUrl, ApiToken = "secret-token" };
        breakIt(options);

        var create = () => WispGateClient.Create(options);

        create.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(message).And.NotContain("secret-token");
    }

    [Fact]
    public void The_container_path_fails_on_first_use_with_the_same_messages()
    {
        var services = new ServiceCollection();
        services.AddWispGate(options => options.BaseUrl = s_baseUrl);
        using var provider = services.BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<IWispGateClient>();

        resolve.Should().Throw<OptionsValidationException>().WithMessage("*WispGateClientOptions.ApiToken*");
    }

    [Fact]
    public void The_WispGate_configuration_section_binds_every_setting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WispGate:BaseUrl"] = "http://127.0.0.1:5080",
            ["WispGate:ApiToken"] = "from-config",
            ["WispGate:TenantId"] = "tenant_demo_001",
            ["WispGate:Timeout"] = "00:00:45",
            ["WispGate:AttemptTimeout"] = "00:00:05",
            ["WispGate:MaxRetries"] = "5",
            ["WispGate:RetryBaseDelay"] = "00:00:00.250",
            ["WispGate:UserAgentSuffix"] = "acme-crm/2.3",
            ["WispGate:AutomaticIdempotencyKeys"] = "false",
            ["WispGate:CircuitBreaker:FailureRatio"] = "0.5",
            ["WispGate:CircuitBreaker:MinimumThroughput"] = "20",
            ["WispGate:CircuitBreaker:SamplingDuration"] = "00:01:00",
            ["WispGate:CircuitBreaker:BreakDuration"] = "00:00:15",
        }).Build();
        var services = new ServiceCollection();

        services.AddWispGate(configuration.GetSection(WispGateClientOptions.SectionName));

        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<WispGateClientOptions>>().Value;
        options.BaseUrl.Should().Be(s_baseUrl);
        options.ApiToken.Should().Be("from-config");
        options.TenantId.Should().Be("tenant_demo_001");
        options.Timeout.Should().Be(TimeSpan.FromSeconds(45));
        options.AttemptTimeout.Should().Be(TimeSpan.FromSeconds(5));
        options.MaxRetries.Should().Be(5);
        options.RetryBaseDelay.Should().Be(TimeSpan.FromMilliseconds(250));
        options.UserAgentSuffix.Should().Be("acme-crm/2.3");
        options.AutomaticIdempotencyKeys.Should().BeFalse();
        options.CircuitBreaker.Should().BeEquivalentTo(new WispGateCircuitBreakerOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = 20,
            SamplingDuration = TimeSpan.FromMinutes(1),
            BreakDuration = TimeSpan.FromSeconds(15),
        });
        provider.GetRequiredService<IWispGateClient>().Should().NotBeNull();
    }

    [Fact]
    public void Create_copies_every_setting()
    {
        var source = new WispGateClientOptions();
        var target = new WispGateClientOptions();
        foreach (var property in typeof(WispGateClientOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            property.GetValue(source).Should().BeEquivalentTo(property.GetValue(target), $"{property.Name} starts equal");
        }

        source.BaseUrl = s_baseUrl;
        source.ApiToken = "t";
        source.ApiTokenProvider = _ => ValueTask.FromResult("p");
        source.TenantId = "tenant";
        source.Timeout = TimeSpan.FromSeconds(99);
        source.AttemptTimeout = TimeSpan.FromSeconds(9);
        source.MaxRetries = 7;
        source.RetryBaseDelay = TimeSpan.FromSeconds(3);
        source.UserAgentSuffix = "suffix";
        source.AutomaticIdempotencyKeys = false;
        source.CircuitBreaker = new WispGateCircuitBreakerOptions { FailureRatio = 0.9, MinimumThroughput = 3, SamplingDuration = TimeSpan.FromSeconds(9), BreakDuration = TimeSpan.FromSeconds(8) };

        source.CopyTo(target);

        foreach (var property in typeof(WispGateClientOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            property.GetValue(target).Should().BeEquivalentTo(property.GetValue(source), $"{property.Name} is copied");
        }

        target.CircuitBreaker.Should().NotBeSameAs(source.CircuitBreaker);
    }

    [Fact]
    public void The_local_mock_server_preset_binds_url_and_token_with_millisecond_retries()
    {
        var options = WispGateClientOptions.ForLocalMockServer("http://127.0.0.1:5080", "wgk_test_demo");

        options.BaseUrl.Should().Be(new Uri("http://127.0.0.1:5080"));
        options.ApiToken.Should().Be("wgk_test_demo");
        options.RetryBaseDelay.Should().BeLessThanOrEqualTo(TimeSpan.FromMilliseconds(10));
        options.MaxRetries.Should().Be(3);
        options.CircuitBreaker.BreakDuration.Should().BeLessThanOrEqualTo(TimeSpan.FromMilliseconds(500));
        using var client = WispGateClient.Create(options);
        client.Should().NotBeNull("the preset passes the options validation");
        var relative = () => WispGateClientOptions.ForLocalMockServer("not a url", "t");
        relative.Should().Throw<ArgumentException>().WithMessage("*absolute URL*");
    }
}
