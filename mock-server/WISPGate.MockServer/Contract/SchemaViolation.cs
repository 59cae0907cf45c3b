namespace WISPGate.MockServer.Contract;

/// <summary>One way an instance breaks its schema, in the terms of the error envelope.</summary>
/// <param name="Field">The field (<c>address.city</c>), empty for the whole body.</param>
/// <param name="Code">The detail code: the failing keyword in snake_case (<c>enum</c>, <c>min_length</c>, <c>required</c>, ...).</param>
/// <param name="Message">A sentence a developer can act on.</param>
internal sealed record SchemaViolation(string Field, string Code, string Message)
{
    /// <summary>Whether this is a required field that is absent (400) rather than a present, invalid value (422).</summary>
    public bool IsMissingField => Code == MissingCode;

    /// <summary>The code of a missing required field.</summary>
    public const string MissingCode = "required";
}
