using System.Text;
using System.Text.Json;
using WISPGate.Sdk.Http;
using WISPGate.Sdk.Serialization;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.Sdk.Tests.Http;

/// <summary>The response side of <see cref="WispGateContentSerializer"/>: buffered bodies in one pass, streamed ones as a stream.</summary>
public sealed class ContentSerializerTests
{
    private const string SubscriberEnvelope = """
        {"success":true,"data":{"id":"sub_1","external_id":null,"full_name":"Jane Doe","status":"active",
        "billing_profile_id":"bp_001","created_at":"2026-04-13T10:21:00Z","extra":[1,2]},
        "meta":{"request_id":"req_1","api_version":"v1"}}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static WispGateContentSerializer Serializer { get; } = new(WispGateJson.Options);

    [Fact]
    public async Task A_buffered_body_reads_the_same_as_a_streamed_one()
    {
        using var buffered = new ByteArrayContent(Encoding.UTF8.GetBytes(SubscriberEnvelope));
        await buffered.LoadIntoBufferAsync(Ct);
        using var streamed = new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes(SubscriberEnvelope)));

        var fromBuffer = await Serializer.FromHttpContentAsync<ApiEnvelope<Subscriber>>(buffered, Ct);
        var fromStream = await Serializer.FromHttpContentAsync<ApiEnvelope<Subscriber>>(streamed, Ct);

        fromBuffer!.Data!.FullName.Should().Be("Jane Doe");
        fromBuffer.Meta!.RequestId.Should().Be("req_1");
        fromStream!.Data.Should().Be(fromBuffer.Data);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Malformed_json_is_a_JsonException_either_way(bool buffered)
    {
        var bytes = Encoding.UTF8.GetBytes("""{"success":true,"data":{"id":""");
        using HttpContent content = buffered ? new ByteArrayContent(bytes) : new StreamContent(new NonSeekableStream(bytes));

        var read = () => Serializer.FromHttpContentAsync<ApiEnvelope<Subscriber>>(content, Ct);

        await read.Should().ThrowAsync<JsonException>();
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
