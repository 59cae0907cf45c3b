using Microsoft.AspNetCore.Http;

namespace WISPGate.MockServer.Pipeline;

/// <summary>
/// The HTTP connection behind a request, for the two things a WireMock callback cannot do by itself:
/// drop the connection (fault injection) and notice that the client went away.
/// </summary>
internal sealed class RequestConnection
{
    /// <summary>The <see cref="HttpContext.Items"/> key that marks a body cut at the size limit.</summary>
    public const string OversizedKey = "wispgate.body-too-large";

    private readonly HttpContext? _context;

    /// <summary>Wraps the current ASP.NET Core context (null when there is none).</summary>
    public RequestConnection(HttpContext? context) => _context = context;

    /// <summary>Cancelled when the client disconnects.</summary>
    public CancellationToken Aborted => _context?.RequestAborted ?? CancellationToken.None;

    /// <summary>Whether the request body was cut at the size limit.</summary>
    public bool BodyTooLarge => _context?.Items.ContainsKey(OversizedKey) == true;

    /// <summary>Closes the connection without a response.</summary>
    public void Abort() => _context?.Abort();

    /// <summary>Waits (wall clock: an injected delay); false when the client went away meanwhile.</summary>
    public async Task<bool> DelayAsync(TimeSpan delay)
    {
        if (delay <= TimeSpan.Zero)
        {
            return true;
        }

        try
        {
            await Task.Delay(delay, Aborted);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
