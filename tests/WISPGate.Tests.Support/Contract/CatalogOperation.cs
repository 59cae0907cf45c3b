namespace WISPGate.Tests.Support.Contract;

/// <summary>One catalog operation.</summary>
public sealed record CatalogOperation(string Method, string Path, string OperationId, string Tag);
