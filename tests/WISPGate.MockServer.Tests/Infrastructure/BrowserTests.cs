namespace WISPGate.MockServer.Tests.Infrastructure;

/// <summary>What the browser tests share.</summary>
public static class BrowserTests
{
    /// <summary>
    /// CI installs Chromium (.ci/run), so there the browser tests always run (and fail without it); a developer machine
    /// without it skips them.
    /// </summary>
    public static void SkipWithoutChromium()
    {
        if (HeadlessChromium.Executable is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Assert.Skip("Chromium is not installed (apt-get install chromium).");
        }
    }
}
