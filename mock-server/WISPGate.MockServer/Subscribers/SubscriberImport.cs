namespace WISPGate.MockServer.Subscribers;

/// <summary>The answer of importSubscribers: one result per row, in request order, and the totals.</summary>
internal sealed record SubscriberImport(IReadOnlyList<ImportRowResult> Results, ImportSummary Summary);
