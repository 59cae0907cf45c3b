using WireMock.Server;
using WireMock.Settings;

var server = WireMockServer.Start(new WireMockServerSettings { Port = 0 });
Console.WriteLine(server.Url);
server.Stop();
