namespace WISPGate.Samples.Onboarding;

/// <summary>The "Onboarding" configuration section.</summary>
public sealed class OnboardingOptions
{
    /// <summary>The CSV file to onboard (header: external_id,full_name,email,phone); relative paths are tried in the current directory, then next to the app.</summary>
    public string CsvPath { get; set; } = "subscribers.csv";
}
