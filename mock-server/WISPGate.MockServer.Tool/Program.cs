using WISPGate.MockServer.Hosting;

// The whole command line (flags, usage, signals, exit codes) lives in the library's CommandLineHost.
return await CommandLineHost.RunAsync(args);
