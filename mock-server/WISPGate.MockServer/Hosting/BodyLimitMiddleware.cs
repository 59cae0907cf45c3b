using Microsoft.AspNetCore.Http;
using WISPGate.MockServer.Pipeline;

namespace WISPGate.MockServer.Hosting;

/// <summary>
/// Runs before WireMock reads the body: a body over the limit is never buffered. It is cut at the limit and
/// flagged, so the pipeline answers 413 with the contract's envelope instead of the server failing.
/// </summary>
internal static class BodyLimitMiddleware
{
    /// <summary>Caps the body of one request.</summary>
    public static Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        // A state snapshot (PUT /__admin/wispgate/state) may be larger than an API body.
        var limit = SecretRedactionMiddleware.IsStateImport(context.Request) ? BodyLimits.MaxStateBytes : BodyLimits.MaxBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            context.Items[RequestConnection.OversizedKey] = true;
            context.Request.Body = Stream.Null;
        }
        else if (context.Request.ContentLength is null)
        {
            context.Request.Body = new CappedStream(context.Request.Body, limit, () => context.Items[RequestConnection.OversizedKey] = true);
        }

        return next();
    }

    /// <summary>Reads at most <c>limit</c> bytes, then reports the end of the stream and flags the rest.</summary>
    private sealed class CappedStream(Stream inner, long limit, Action onOverflow) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_read > limit)
            {
                return 0;
            }

            var allowed = (int)Math.Min(buffer.Length, limit + 1 - _read);
            var count = await inner.ReadAsync(buffer[..allowed], cancellationToken);
            _read += count;
            if (_read > limit)
            {
                onOverflow();
                return 0;
            }

            return count;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
