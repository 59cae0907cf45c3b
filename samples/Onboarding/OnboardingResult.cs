namespace WISPGate.Samples.Onboarding;

/// <summary>What one onboarding run did.</summary>
/// <param name="Created">Rows created by this run.</param>
/// <param name="AlreadyThere">Rows whose external id already existed.</param>
/// <param name="Failed">Rows the API refused or that could not be sent.</param>
public sealed record OnboardingResult(int Created = 0, int AlreadyThere = 0, int Failed = 0);
