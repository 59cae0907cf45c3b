using WISPGate.MockServer.Hosting;

return await CommandLineHost.RunAsync(args);
