namespace WISPGate.Sdk;

/// <summary>Placeholder until the SDK core lands.</summary>
public static class WispGateSdkInfo
{
    /// <summary>The API version this SDK speaks.</summary>
    public const string ApiVersion = "v1";
}
