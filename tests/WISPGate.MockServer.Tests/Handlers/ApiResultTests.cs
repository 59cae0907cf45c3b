using WISPGate.MockServer.Handlers;

namespace WISPGate.MockServer.Tests.Handlers;

/// <summary>
/// The answers that no request of the suite provokes on purpose (a bug of the server, a number past 64 bits after the
/// schema), and <see cref="ApiResult.IsSuccess"/> (what the workflow engine branches on), at their edges.
/// </summary>
public sealed class ApiResultTests
{
    [Theory]
    [InlineData(199, false)]
    [InlineData(200, true)]
    [InlineData(204, true)]
    [InlineData(299, true)]
    [InlineData(300, false)]
    [InlineData(404, false)]
    public void Only_2xx_is_success(int status, bool success) =>
        ApiResult.Failure(status, "any", "any").IsSuccess.Should().Be(success);

    [Fact]
    public void Successes_are_success()
    {
        ApiResult.Ok(new { }).IsSuccess.Should().BeTrue();
        ApiResult.Created(new { }, "/x").IsSuccess.Should().BeTrue();
        ApiResult.NoContent().IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void A_bug_of_the_server_is_500_internal_error_naming_only_the_exception_type()
    {
        var result = ApiResult.InternalError(new InvalidOperationException("secret detail /home/runner/path"));

        result.Status.Should().Be(500);
        result.Error!.Code.Should().Be("internal_error");
        result.Error.Message.Should().Be("The mock server failed to handle the request: InvalidOperationException.");
    }

    [Fact]
    public void A_value_past_its_type_is_422_invalid_value_on_the_field_the_serializer_names()
    {
        var result = ApiResult.OutOfRange(new JsonException("too big", "$.amount", null, null));

        result.Status.Should().Be(422);
        result.Error!.Field.Should().Be("amount");
        result.Error.Message.Should().Be("The value of 'amount' is out of the supported range.");
        result.Error.Details.Should().ContainSingle().Which.Should().Be(new ErrorDetail("amount", "invalid_value", "The value of 'amount' is out of the supported range."));
    }
}
