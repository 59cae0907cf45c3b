using System.Globalization;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

// The ceiling for a WireMock-based server: plain static WireMock.Net mappings answering the load script's paths with
// canned bodies (the mock server's own responses, captured by run-load.sh, so the sizes match byte for byte).
// With --admin it also starts WireMock's admin interface (as the mock server does): that isolates what the admin
// mappings cost every request, since WireMock matches each request against all mappings.
// Usage: WISPGate.LoadTests.StaticStub <get-path> <get-body-file> <list-body-file> <create-body-file> [--admin]
if (args.Length is not (4 or 5) || (args.Length == 5 && args[4] != "--admin"))
{
    await Console.Error.WriteLineAsync("Usage: WISPGate.LoadTests.StaticStub <get-path> <get-body-file> <list-body-file> <create-body-file> [--admin]");
    return 2;
}

const string JsonContentType = "application/json; charset=utf-8";
var getBody = await File.ReadAllBytesAsync(args[1]);
var listBody = await File.ReadAllBytesAsync(args[2]);
var createBody = await File.ReadAllBytesAsync(args[3]);

// The same request-log cap as the mock server's default, so both keep the same bounded log.
using var server = WireMockServer.Start(new WireMockServerSettings
{
    Urls = ["http://127.0.0.1:0"],
    MaxRequestLogCount = 1000,
    StartAdminInterface = args.Length == 5,
});
server.Given(Request.Create().WithPath(args[0]).UsingGet())
    .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", JsonContentType).WithBody(getBody));
server.Given(Request.Create().WithPath("/api/v1/subscribers").UsingGet())
    .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", JsonContentType).WithBody(listBody));
server.Given(Request.Create().WithPath("/api/v1/subscribers").UsingPost())
    .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", JsonContentType).WithBody(createBody));
server.Given(Request.Create().WithPath("/health").UsingGet())
    .RespondWith(Response.Create().WithStatusCode(200).WithBody("{\"status\":\"ok\"}"));

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Static stub listening on {server.Url}"));
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
}

return 0;
