namespace WISPGate.Samples.Onboarding;

/// <summary>One line of the CSV file.</summary>
/// <param name="LineNumber">The 1-based line in the file, for messages.</param>
/// <param name="ExternalId">The id in your CRM; it makes onboarding idempotent.</param>
/// <param name="FullName">The subscriber's name.</param>
/// <param name="Email">E-mail address, optional.</param>
/// <param name="Phone">Phone number (E.164), optional.</param>
public sealed record SubscriberRow(int LineNumber, string ExternalId, string FullName, string? Email, string? Phone);
