using WISPGate.MockServer.Handlers;

namespace WISPGate.MockServer.Tests.Handlers;

/// <summary>
/// An <see cref="ApiException"/> carries the answer a handler ends with; the general-purpose constructors (there for
/// the exception conventions) answer 500 <c>internal_error</c> with their message, never an empty error.
/// </summary>
public sealed class ApiExceptionTests
{
    [Fact]
    public void The_result_constructor_carries_that_answer_and_its_message()
    {
        var exception = new ApiException(ApiResult.NotFound("invoice", "inv_1"));

        exception.Result.Status.Should().Be(404);
        exception.Message.Should().Be("No invoice with id 'inv_1' exists.");
    }

    [Fact]
    public void The_general_constructors_answer_500_internal_error_with_their_message()
    {
        var inner = new InvalidOperationException("inner");
        var answers = new[] { new ApiException(), new ApiException("Broke."), new ApiException("Broke inside.", inner) };

        answers.Should().AllSatisfy(e =>
        {
            e.Result.Status.Should().Be(500);
            e.Result.Error!.Code.Should().Be("internal_error");
            e.Result.Error.Message.Should().Be(e.Message);
        });
        answers.Select(e => e.Message).Should().Equal("Unexpected error.", "Broke.", "Broke inside.");
        answers[2].InnerException.Should().BeSameAs(inner);
    }
}
