using System.Collections.Concurrent;
using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Support;

namespace WISPGate.Sdk.AspNetCore.Tests.Infrastructure;

/// <summary>What the handlers of a test received, in order (thread-safe).</summary>
internal sealed class Recorder
{
    private readonly ConcurrentQueue<(string Handler, Event Event, object? Data)> _calls = new();

    public IReadOnlyList<(string Handler, Event Event, object? Data)> Calls => [.. _calls];

    public Task Record(string handler, Event webhookEvent, object? data = null)
    {
        _calls.Enqueue((handler, webhookEvent, data));
        return Task.CompletedTask;
    }
}

/// <summary>An <see cref="IWispGateEventHandler{TData}"/> from dependency injection that records invoice events.</summary>
internal sealed class RecordingInvoiceHandler(Recorder recorder) : IWispGateEventHandler<Invoice>
{
    public Task HandleAsync(Event webhookEvent, Invoice data, CancellationToken cancellationToken) =>
        recorder.Record(nameof(RecordingInvoiceHandler), webhookEvent, data);
}
