global using System.Net;
global using System.Text.Json;
global using WISPGate.MockServer;
global using WISPGate.MockServer.Tests.Infrastructure;
