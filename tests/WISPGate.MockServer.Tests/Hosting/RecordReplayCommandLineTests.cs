using WISPGate.MockServer.Hosting;

namespace WISPGate.MockServer.Tests.Hosting;

/// <summary>The record-and-replay flags of <c>wispgate-mock</c>: what they set, and bad combinations as usage errors (exit code 2).</summary>
public sealed class RecordReplayCommandLineTests
{
    [Fact]
    public void Proxy_record_and_replay_flags_set_the_server_options()
    {
        var replay = Directory.CreateTempSubdirectory("wispgate-replay-").FullName;
        try
        {
            var parsed = CommandLineOptions.Parse(["--proxy-to", "https://api.wispgate.example/", "--record", "--record-dir", "out", $"--replay={replay}"], out var error);
            var defaultDirectory = CommandLineOptions.Parse(["--proxy-to=http://127.0.0.1:8080", "--record"], out _);

            error.Should().BeEmpty();
            parsed!.Server.ProxyTo.Should().Be("https://api.wispgate.example/");
            parsed.Server.RecordDirectory.Should().Be("out");
            parsed.Server.ReplayDirectory.Should().Be(replay);
            defaultDirectory!.Server.RecordDirectory.Should().Be("recordings");
            CommandLineOptions.Usage.Should().Contain("--proxy-to").And.Contain("--record-dir").And.Contain("--replay");
        }
        finally
        {
            Directory.Delete(replay);
        }
    }

    [Theory]
    [InlineData("needs --proxy-to", "--record")]
    [InlineData("needs --proxy-to", "--record-dir", "out")]
    [InlineData("add --record", "--proxy-to", "http://127.0.0.1:8080", "--record-dir", "out")]
    [InlineData("no such directory", "--replay", "/no/such/recordings")]
    [InlineData("admin API", "--proxy-to", "http://127.0.0.1:5080/__admin/mappings")]
    [InlineData("absolute http or https", "--proxy-to", "not-a-url")]
    public void Bad_combinations_are_refused_with_a_reason(string reason, params string[] args)
    {
        CommandLineOptions.Parse(args, out var error).Should().BeNull();

        error.Should().Contain(reason);
    }

    [Theory]
    [InlineData("--record")]
    [InlineData("--replay", "/no/such/recordings")]
    public async Task The_host_exits_with_code_2_and_the_usage_on_a_bad_combination(params string[] args)
    {
        using var host = ToolHost.Start(args);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(ToolHost.Patience);

        var error = await host.StandardError.ReadToEndAsync(timeout.Token);
        await host.WaitForExitAsync(timeout.Token);

        host.ExitCode.Should().Be(CommandLineHost.UsageError);
        error.Should().Contain("Usage:");
    }
}
