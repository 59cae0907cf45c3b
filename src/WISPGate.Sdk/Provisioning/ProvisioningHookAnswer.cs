using System.Text.Json;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Provisioning;

/// <summary>
/// What a provisioning hook answers with <c>200</c> to finish a job at once: <see cref="Acked"/> or
/// <see cref="Nak(int, string?)"/>, written with <see cref="ToJson"/>. To answer later, reply <c>202</c> and call
/// <see cref="IProvisioningJobsClient.AckAsync"/> or <see cref="IProvisioningJobsClient.NakAsync"/>.
/// </summary>
public sealed partial record ProvisioningHookAnswer
{
    /// <summary>The content type of the answer body, <c>application/json</c>.</summary>
    public const string ContentType = "application/json";

    /// <summary><see cref="ProvisioningHookAnswerStatus.Acked"/> (done) or <see cref="ProvisioningHookAnswerStatus.Nak"/> (refused).</summary>
    public required partial ProvisioningHookAnswerStatus Status { get; init; }

    /// <summary>
    /// <see cref="Status"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Status"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? StatusRaw { get; init; }

    /// <summary>With <c>nak</c>: the RFC 5176 Error-Cause, 400–599 (required then); otherwise <see langword="null"/>.</summary>
    public int? ErrorCause { get; init; }

    /// <summary>What went wrong, in words (kept on the job; 1–500 characters); <see langword="null"/> for none.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The answer that acks the job: <c>{"status":"acked"}</c>.</summary>
    /// <returns>The answer.</returns>
    public static ProvisioningHookAnswer Acked() => new() { Status = ProvisioningHookAnswerStatus.Acked };

    /// <summary>The answer that refuses the job: <c>{"status":"nak","error_cause":…,"error_message":…}</c>.</summary>
    /// <param name="errorCause">The RFC 5176 Error-Cause, 400–599 (e.g. 404 Invalid-Request, 503 Session-Context-Not-Found).</param>
    /// <param name="errorMessage">What went wrong, 1–500 characters; <see langword="null"/> for none.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The cause is outside 400–599 or the message is empty or longer than 500 characters.</exception>
    public static ProvisioningHookAnswer Nak(int errorCause, string? errorMessage = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(errorCause, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(errorCause, 599);
        if (errorMessage is not null)
        {
            ArgumentOutOfRangeException.ThrowIfZero(errorMessage.Length, nameof(errorMessage));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(errorMessage.Length, 500, nameof(errorMessage));
        }

        return new() { Status = ProvisioningHookAnswerStatus.Nak, ErrorCause = errorCause, ErrorMessage = errorMessage };
    }

    /// <summary>The answer body as WISPGate reads it (snake_case JSON, unset fields left out).</summary>
    /// <returns>e.g. <c>{"status":"acked"}</c>.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, WispGateJson.Options.GetTypeInfo(typeof(ProvisioningHookAnswer)));
}
